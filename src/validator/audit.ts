// The audit: parse once, walk once (contract check on entering the program, blocked constructs and
// `db` chains on the way down), then compile the schemas. Pure: source in, report out.
import { COLLECTION_RE, normalizeCapabilities, riskOf } from "../contract/index.js";
import type { AuditContext } from "./context.js";
import type { ActionSite } from "./contract.js";
import { FindingSink } from "./findings.js";
import { createFoldMemo } from "./fold.js";
import { parseSkillSource, walk } from "./parse.js";
import { schemaProblem } from "../json-schema/index.js";
import { AUDIT_VISITOR } from "./visitor.js";
import type { AuditInput, AuditReport } from "./types.js";

export function auditSkill(input: AuditInput): AuditReport {
  const source = typeof input.source === "string" ? input.source : "";
  const findings = new FindingSink();
  const parsed = parseSkillSource(source);
  if (!parsed.ok) {
    findings.addAt("syntax", parsed.message, parsed.line, parsed.column);
    return { ok: false, findings: findings.finish(source), capabilities: [], risk: "low" };
  }
  const ctx: AuditContext = {
    source,
    findings,
    capabilities: new Set(),
    memo: createFoldMemo(),
    candidates: new Set(),
    ambient: new Set(),
    enums: new Set(),
    enumMembers: new Map(),
    taint: new Map(),
    returnTaint: new Map(),
    contained: new Map(),
    containedNodes: new Map(),
    thisFields: new Map(),
    methodFunctions: new Set(),
    actionSites: [],
  };
  try {
    walk(parsed.ast, AUDIT_VISITOR, ctx);
  } catch (err) {
    // Babel's scope analysis throws on some invalid programs (duplicate declarations): fail closed.
    const message = err instanceof Error ? err.message.split("\n")[0]! : String(err);
    findings.addAt("syntax", `scope analysis failed: ${message}`, 1, 0);
  }
  checkSchemas(ctx.actionSites, input, findings);
  const capabilities = normalizeCapabilities(ctx.capabilities);
  const report: AuditReport = {
    ok: findings.size === 0,
    findings: findings.finish(source),
    capabilities,
    risk: riskOf(capabilities),
  };
  if (ctx.slug !== undefined) report.slug = ctx.slug;
  if (ctx.actions !== undefined) report.actions = ctx.actions;
  return report;
}

// The same compiler (src/json-schema) the sandbox validates params with: what passes here compiles there.
function checkSchemas(sites: ActionSite[], input: AuditInput, findings: FindingSink): void {
  for (const { action, node } of sites) {
    const error = schemaProblem(action.params_schema);
    if (error) findings.add("contract-params-schema", `params_schema of "${action.slug}" does not compile: ${error}`, node);
  }
  if (input.configSchema !== undefined) {
    const error = schemaProblem(input.configSchema);
    if (error) findings.addAt("config-schema", `config schema does not compile: ${error}`, 1, 0);
  }
  for (const [name, schema] of Object.entries(input.collectionSchemas ?? {})) {
    if (!COLLECTION_RE.test(name)) {
      findings.addAt("collection-schema", `collection schema for ${JSON.stringify(name)}: not a valid collection name`, 1, 0);
      continue;
    }
    const error = schemaProblem(schema);
    if (error) findings.addAt("collection-schema", `collection schema for "${name}" does not compile: ${error}`, 1, 0);
  }
}
