// `skillforge generate "<request>"`: detect → generate → audit → trial, one progress line per
// stage on stderr, the result on stdout. Stops at "ready for approval" (approval and registration
// of a pending version are the next stages). Opens no database: trials run in memory.
import { parseCommandArgs } from "../args.js";
import { EXIT_OK, EXIT_REFUSED, UsageError, type Command } from "../types.js";
import { withRoot } from "../storage-session.js";
import type { GenerateResult, ProgressEvent } from "../../../generator/index.js";

const USAGE = `skillforge generate "<request>" [--tenant <id>] [--json]`;
const MAX_REQUEST = 4000;

function progressLine(e: ProgressEvent): string {
  const attempt = e.attempt !== undefined ? ` (attempt ${e.attempt})` : "";
  return `${e.stage}${attempt}: ${e.ok ? "ok" : "failed"} in ${e.ms} ms${e.detail ? ` — ${e.detail}` : ""}`;
}

function summary(r: GenerateResult): string[] {
  if (!r.draft) return [`not generated: ${r.error?.message ?? "unknown"}`];
  const lines = [
    `${r.ok ? "ready for approval" : "failed"}: ${r.draft.manifest.slug} (${r.draft.meta.provider}/${r.draft.meta.model}, ${r.draft.meta.promptVersion}, ${r.attempts.length} attempt(s))`,
    `capabilities: ${r.audit?.capabilities.join(", ") || "(none)"}`,
    `collections: ${Object.keys(r.draft.collections).join(", ")}`,
  ];
  for (const f of r.audit?.findings ?? []) lines.push(`  ${f.line}:${f.column} ${f.rule} ${f.message}`);
  for (const s of r.trial?.steps.filter((x) => !x.ok) ?? []) lines.push(`  trial ${s.method}${s.action ? ` ${s.action}` : ""}: ${s.error}`);
  if (!r.ok && r.error) lines.push(r.error.message);
  return lines;
}

export const command: Command = {
  summary: "Write a skill for a request: detect, generate, audit and trial it (stops at ready for approval)",
  usage: USAGE,
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(args, { json: { type: "boolean" }, tenant: { type: "string" } }, USAGE);
    if (positionals.length !== 1 || positionals[0]!.trim() === "") throw new UsageError(`expected one request in quotes (usage: ${USAGE})`);
    const text = positionals[0]!;
    if (text.length > MAX_REQUEST) throw new UsageError(`the request is longer than ${MAX_REQUEST} characters`);
    if (values.tenant !== undefined && !/^[A-Za-z0-9_-]{1,64}$/.test(values.tenant)) throw new UsageError("--tenant must be an id of letters, digits, - and _");
    return withRoot(io, undefined, async (root) => {
      const generate = await root.generator();
      const result = await generate({ text, tenantId: values.tenant ?? "local" }, (e) => io.err(progressLine(e)));
      if (values.json) io.out(JSON.stringify(result, null, 2));
      else io.out(summary(result).join("\n"));
      return result.ok ? EXIT_OK : EXIT_REFUSED;
    });
  },
};
