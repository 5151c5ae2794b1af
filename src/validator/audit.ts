// The audit: parse once, walk once (contract check on entering the program, blocked constructs and
// `db` chains on the way down), then compile the schemas. Pure: source in, report out.
import { createHash } from "node:crypto";
import { COLLECTION_RE, normalizeCapabilities, riskOf } from "../contract/index.js";
import type { AuditContext } from "./context.js";
import type { ActionSite } from "./contract.js";
import { FindingSink } from "./findings.js";
import { AUDIT_SOURCE_MAX_CHARS, AuditBudgetExceeded, createWorkBudget } from "./budget.js";
import { createFoldMemo } from "./fold.js";
import { buildArtifact, compareWithSource } from "./artifact.js";
import { parseSkillSource, walk, type t } from "./parse.js";
import { schemaProblem, skillSchemaProblem } from "../json-schema/index.js";
import { AUDIT_VISITOR } from "./visitor.js";
import type { RuleId } from "./rules.js";
import type { AuditInput, AuditReport } from "./types.js";

export function auditSkill(input: AuditInput): AuditReport {
  const source = typeof input.source === "string" ? input.source : "";
  const findings = new FindingSink();
  const oversize = oversizeReport(source);
  if (oversize) return oversize;
  const parsed = parseSkillSource(source);
  if (!parsed.ok) {
    findings.addAt("syntax", parsed.message, parsed.line, parsed.column);
    return { ok: false, findings: findings.finish(source), capabilities: [], risk: "low" };
  }
  const ctx = newContext(source, findings);
  walkAll(parsed.ast, ctx);
  const artifactSha256 = checkArtifact(parsed.ast, ctx);
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
  if (ctx.actionsAtTrial) report.actionsAtTrial = true;
  if (artifactSha256 !== undefined) report.artifactSha256 = artifactSha256;
  return report;
}

/** A source over the size limit is refused before anyone parses it (or sends it to a worker). */
export function oversizeReport(source: string): AuditReport | undefined {
  if (source.length <= AUDIT_SOURCE_MAX_CHARS) return undefined;
  return refusedReport("audit-budget", `the source is longer than ${AUDIT_SOURCE_MAX_CHARS} characters: not read`);
}

/** A report that refuses the whole source with one finding (no capabilities). */
export function refusedReport(rule: RuleId, message: string): AuditReport {
  const findings = new FindingSink();
  findings.addAt(rule, message, 1, 0);
  return { ok: false, findings: findings.finish(""), capabilities: [], risk: "low" };
}

function newContext(source: string, findings: FindingSink): AuditContext {
  return {
    source,
    findings,
    capabilities: new Set(),
    memo: createFoldMemo(createWorkBudget()),
    candidates: new Set(),
    ambient: new Set(),
    enums: new Set(),
    enumMembers: new Map(),
    taint: new Map(),
    selfStored: new Set(),
    returnTaint: new Map(),
    contained: new Map(),
    containedNodes: new Map(),
    thisFields: new Map(),
    methodFunctions: new Set(),
    actionSites: [],
    literalHolders: [],
    literalNodes: new Set(),
  };
}

function walkAll(ast: t.File, ctx: AuditContext): void {
  try {
    walk(ast, AUDIT_VISITOR, ctx);
  } catch (err) {
    if (err instanceof AuditBudgetExceeded) {
      const message = `the audit's work budget ran out (nested folds, callbacks or \`.map\` bodies over literals multiply): write the value out or split it into named constants`;
      ctx.findings.addAt("audit-budget", message, 1, 0);
      return;
    }
    // Babel's scope analysis throws on some invalid programs (duplicate declarations): fail closed.
    const message = err instanceof Error ? err.message.split("\n")[0]! : String(err);
    ctx.findings.addAt("syntax", `scope analysis failed: ${message}`, 1, 0);
  }
}

/**
 * Rules whose answer needs the TypeScript view (enums, the contract's reading of the export): they
 * are taken from the source's walk only. Everything else is checked on both, so a construct the
 * transpiled script holds is refused even if the source's reading hid it.
 */
const SOURCE_ONLY = new Set<string>(["db-collection", "db-collection-name"]);

/** The same rules over the script the isolate runs (see artifact.ts); its capabilities must be the source's. */
function checkArtifact(source: t.File, ctx: AuditContext): string | undefined {
  const artifact = buildArtifact(ctx.source);
  const found = artifact.ok ? compareWithSource(source, artifact.file) : artifact;
  if (found && !found.ok) {
    ctx.findings.addAt(found.rule, found.message, found.line, found.column);
    return undefined;
  }
  if (!artifact.ok) return undefined;
  const executed = newContext(ctx.source, new FindingSink());
  walkAll(artifact.file, executed);
  for (const f of executed.findings.finish("")) {
    if (!SOURCE_ONLY.has(f.rule) && !f.rule.startsWith("contract-"))
      ctx.findings.addAt(f.rule as RuleId, f.message, f.line, f.column);
  }
  for (const c of executed.capabilities) {
    if (!ctx.capabilities.has(c))
      ctx.findings.addAt("artifact-mismatch", `the transpiled script uses ${c}, which the source's reading does not show`, 1, 0);
  }
  return createHash("sha256").update(artifact.script, "utf8").digest("hex");
}

// The same compiler (src/json-schema) the sandbox validates params with: what passes here compiles there.
function checkSchemas(sites: ActionSite[], input: AuditInput, findings: FindingSink): void {
  for (const { action, node } of sites) {
    const error = skillSchemaProblem(action.params_schema);
    if (error) findings.add("contract-params-schema", `params_schema of "${action.slug}" does not compile: ${error}`, node);
  }
  if (input.configSchema !== undefined) {
    const error = skillSchemaProblem(input.configSchema);
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
