// `skillforge generate "<request>"`: detect → generate → audit → trial → a pending version → its
// approval request with the first code sent; one progress line per stage on stderr, the result on
// stdout. `--draft-only` stops at "ready for approval" and opens no database (trials run in memory).
import { SKILL_SLUG_RE, UUID_RE } from "../../../contract/index.js";
import type { GenerateResult } from "../../../generator/index.js";
import type { JourneyEvent, JourneyResult } from "../../journey.js";
import { parseCommandArgs } from "../args.js";
import { withBackend } from "../backend-session.js";
import { withRoot } from "../storage-session.js";
import { EXIT_OK, EXIT_REFUSED, UsageError, type Command } from "../types.js";

/** With --draft-only and no --tenant, drafts are trialled as a stand-alone tenant, in memory. */
const LOCAL_TENANT = "00000000-0000-4000-8000-000000000000";

const USAGE = `skillforge generate "<request>" [--skill <slug>] [--tenant <id>] [--json] [--draft-only] [--data-dir DIR]`;
const MAX_REQUEST = 4000;

function progressLine(e: JourneyEvent): string {
  const attempt = e.attempt !== undefined ? ` (attempt ${e.attempt})` : "";
  return `${e.stage}${attempt}: ${e.ok ? "ok" : "failed"} in ${Math.round(e.ms)} ms${e.detail ? ` — ${e.detail}` : ""}`;
}

function summary(r: GenerateResult & Partial<Pick<JourneyResult, "version" | "approval" | "change">>): string[] {
  if (!r.draft) return [`not generated: ${r.error?.message ?? "unknown"}`];
  const change = r.ok && r.change ? changeLines(r.change) : [];
  const lines = [
    `${r.ok ? (r.approval ? "awaiting approval" : "ready for approval") : "failed"}: ${r.version?.tag ?? r.draft.manifest.slug} (${r.draft.meta.provider}/${r.draft.meta.model}, ${r.draft.meta.promptVersion}, ${r.attempts.length} attempt(s))`,
    `capabilities: ${r.audit?.capabilities.join(", ") || "(none)"}`,
    `collections: ${Object.keys(r.draft.collections).join(", ")}`,
    ...change,
  ];
  for (const f of r.audit?.findings ?? []) lines.push(`  ${f.line}:${f.column} ${f.rule} ${f.message}`);
  for (const s of r.trial?.steps.filter((x) => !x.ok) ?? [])
    lines.push(`  trial ${s.method}${s.action ? ` ${s.action}` : ""}: ${s.error}`);
  if (!r.ok && r.error) lines.push(r.error.message);
  if (r.approval) {
    lines.push(
      `approval ${r.approval.id}, fingerprint ${r.approval.fingerprint}: codes go by ${r.approval.channels.join(", then ")}`,
      `  page: ${r.approval.pageUrl}`,
      `  next: skillforge outbox, then skillforge approve ${r.approval.id} --channel ${r.approval.channels[0]} --code <code>`,
    );
  }
  return lines;
}

function changeLines(c: NonNullable<JourneyResult["change"]>): string[] {
  const lines = [`changes ${c.from.tag}${c.bump ? ` (${c.bump})` : ""}`];
  if (c.fieldsAdded.length) lines.push(`  fields added: ${c.fieldsAdded.join(", ")}`);
  if (c.capabilitiesAdded.length) lines.push(`  capabilities added: ${c.capabilitiesAdded.join(", ")}`);
  if (c.capabilitiesRemoved.length) lines.push(`  capabilities removed: ${c.capabilitiesRemoved.join(", ")}`);
  if (c.bump === "major") lines.push("  some stored data no longer fits the new version's collections");
  return lines;
}

export const command: Command = {
  summary:
    "Write a skill for a request (or, with --skill, its next version): detect, generate, audit, trial, register it and ask for approval",
  usage: USAGE,
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(
      args,
      {
        json: { type: "boolean" },
        tenant: { type: "string" },
        skill: { type: "string" },
        "draft-only": { type: "boolean" },
        "data-dir": { type: "string" },
      },
      USAGE,
    );
    if (positionals.length !== 1 || positionals[0]!.trim() === "")
      throw new UsageError(`expected one request in quotes (usage: ${USAGE})`);
    const text = positionals[0]!;
    if (text.length > MAX_REQUEST) throw new UsageError(`the request is longer than ${MAX_REQUEST} characters`);
    if (values.tenant !== undefined && !UUID_RE.test(values.tenant))
      throw new UsageError(`--tenant: expected a tenant id (uuid), got ${JSON.stringify(values.tenant)}`);
    if (values.skill !== undefined && !SKILL_SLUG_RE.test(values.skill))
      throw new UsageError(`--skill: expected a skill slug like custom-water-tracker, got ${JSON.stringify(values.skill)}`);
    if (values.skill !== undefined && values["draft-only"])
      throw new UsageError("--skill changes a stored skill, so it cannot be combined with --draft-only");
    const report = (result: GenerateResult & Partial<Pick<JourneyResult, "version" | "approval" | "change">>) => {
      if (values.json) io.out(JSON.stringify(result, null, 2));
      else io.out(summary(result).join("\n"));
      return result.ok ? EXIT_OK : EXIT_REFUSED;
    };
    // A draft needs no store, so it never goes through a service.
    if (values["draft-only"])
      return withRoot(io, values["data-dir"], async (root) =>
        report(await (await root.generator())({ text, tenantId: values.tenant ?? LOCAL_TENANT }, (e) => io.err(progressLine(e)))),
      );
    return withBackend(io, "generate", values["data-dir"], async (backend) => {
      const tenantId = await backend.tenant(values.tenant, "create-demo");
      return report(await backend.generate(tenantId, text, (e) => io.err(progressLine(e)), values.skill));
    });
  },
};
