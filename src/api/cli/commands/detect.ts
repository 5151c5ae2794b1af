// `skillforge detect`: reads messages as JSON on standard input and prints the skill needs the
// detector finds. Never opens a database; the detector is loaded only when the command runs.
import { parseCommandArgs } from "../args.js";
import { EXIT_OK, UsageError, type Command } from "../types.js";
import type { SkillNeed } from "../../../detector/index.js";

const USAGE = "skillforge detect [--json] [--installed a,b] [--now ISO] < messages.json";

function describe(need: SkillNeed): string {
  const parts = [`${need.kind.padEnd(7)} ${need.subject}`, `(${need.language}, confidence ${need.confidence})`];
  if (need.unit) parts.push(`unit ${need.unit}`);
  if (need.fields) parts.push(`fields ${need.fields.join(", ")}`);
  parts.push(`evidence: ${need.evidence.join(", ")}`);
  return parts.join("  ");
}

export const command: Command = {
  summary: "Find skill needs (requests, repeated mentions, gaps) in messages read as JSON from standard input",
  usage: USAGE,
  async run(args, io) {
    const { values } = parseCommandArgs(
      args,
      {
        json: { type: "boolean" },
        installed: { type: "string" },
        now: { type: "string" },
      },
      USAGE,
    );
    const raw = await io.readStdin();
    if (raw.trim() === "") throw new UsageError(`no input: pipe messages as JSON (usage: ${USAGE})`);
    let input: unknown;
    try {
      input = JSON.parse(raw);
    } catch {
      throw new UsageError("input is not valid JSON");
    }
    const { detectNeeds, parseMessages } = await import("../../../detector/index.js");
    const parsed = parseMessages(input);
    if (!parsed.ok) throw new UsageError(`malformed input: ${parsed.error}`);
    if (values.now !== undefined && Number.isNaN(Date.parse(values.now)))
      throw new UsageError("--now must be an ISO 8601 date-time");
    const installed =
      values.installed
        ?.split(",")
        .map((s) => s.trim())
        .filter(Boolean) ?? [];
    const needs = detectNeeds(parsed.messages, { installed, ...(values.now ? { now: values.now } : {}) });
    if (values.json) io.out(JSON.stringify({ needs }, null, 2));
    else io.out(needs.length === 0 ? "no skill needs found" : needs.map(describe).join("\n"));
    return EXIT_OK;
  },
};
