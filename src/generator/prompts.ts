// The prompt files (prompts/<purpose>.v<N>.md), loaded at run time and filled from the contract
// tables in src/contract, so the rules the model reads and the rules the audit applies cannot
// drift. The version is recorded on every draft.
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { CAPABILITY_TABLE, COLLECTION_RE, DEFAULT_SANDBOX_LIMITS, SKILL_SLUG_RE } from "../contract/index.js";
import type { RepairNotes } from "./types.js";

export const PROMPT_VERSION = "v1";

export interface Prompts {
  /** `prompts-v1`: recorded on each draft as `promptVersion`. */
  version: string;
  system: string;
  repair: string;
  /** The turn that asks for a skill's next version from its current source. */
  change: string;
}

const DB_API = [
  "| call | meaning | capability |",
  "|---|---|---|",
  "| `await db.from(c).select(fields?)` | rows of collection `c` (an array) | `data.read:c` |",
  "| `.eq(field, value)` · `.order(field, { ascending })` · `.limit(n)` | filter, sort, cap; chain after `select`, then `await` | — |",
  "| `await db.from(c).insert(row)` | add one row (a plain JSON object); returns the stored row with `id` | `data.write:c` |",
  "| `await db.from(c).update(patch).eq(field, value)` | change matching rows | `data.write:c` |",
].join("\n");

function capabilityLines(): string {
  return Object.entries(CAPABILITY_TABLE)
    .map(
      ([kind, rule]) => `- \`${kind}:<collection>\` — "${rule.wording.replace("{target}", "<collection>")}" (risk: ${rule.risk})`,
    )
    .join("\n");
}

function limitLines(): string {
  const l = DEFAULT_SANDBOX_LIMITS;
  return [
    `- ${l.callTimeoutMs / 1000} s wall clock, ${l.memoryMb} MB memory`,
    `- ${l.dbCallsPerCall} \`db\` calls; ${l.rowsPerSelect} rows per select (always \`.limit()\` reads)`,
    `- ${l.rowBytes / 1024} KB per row, ${l.resultBytes / 1024 / 1024} MB per result, ${l.consoleBytes / 1024} KB of console output`,
  ].join("\n");
}

/** `{{name}}` → value; a placeholder left unfilled is a bug in the prompt file, so it throws. */
export function fillTemplate(template: string, values: Readonly<Record<string, string>>): string {
  return template.replace(/\{\{(\w+)\}\}/g, (_, key: string) => {
    if (!Object.hasOwn(values, key)) throw new Error(`prompt placeholder {{${key}}} has no value`);
    return values[key]!;
  });
}

export async function loadPrompts(dir: string, version = PROMPT_VERSION): Promise<Prompts> {
  const read = (name: string) => readFile(join(dir, name), "utf8");
  const [system, repair, change, water, mood] = await Promise.all([
    read(`generate-skill.${version}.md`),
    read(`repair-skill.${version}.md`),
    read(`change-skill.${version}.md`),
    read(`example-water.${version}.js`),
    read(`example-mood.${version}.js`),
  ]);
  return {
    version: `prompts-${version}`,
    system: fillTemplate(system, {
      slug_re: SKILL_SLUG_RE.source,
      collection_re: COLLECTION_RE.source,
      db_api: DB_API,
      capabilities: capabilityLines(),
      limits: limitLines(),
      example_water: water.trim(),
      example_mood: mood.trim(),
    }),
    repair,
    change,
  };
}

/**
 * The change turn: the current source as one JSON string inside its tags, with `<` escaped
 * (`\u003c`), so no text in the source can close the tags or open new ones.
 */
export function changeMessage(prompts: Prompts, current: { source: string }): string {
  return fillTemplate(prompts.change, { source: tagData(current.source) });
}

/**
 * The request as data: one JSON value inside its tags with `<` escaped, so no text the user wrote
 * (or the detector quoted as evidence) can close the tags, open new ones or pose as rules.
 */
export function requestMessage(need: unknown, request: string | undefined): string {
  const parts = [`<need>${tagData(need)}</need>`];
  if (request) parts.push(`<request>${tagData(request)}</request>`);
  parts.push("Write the skill for this need and submit it with submit_skill.");
  return parts.join("\n");
}

/** A value as JSON with every `<` written `\u003c`: still the same JSON value, but never a tag. */
function tagData(value: unknown): string {
  return JSON.stringify(value).replace(/</g, "\\u003c");
}

const MAX_EXCERPT = 200;
const MAX_ITEMS = 30;

export function repairMessage(prompts: Prompts, notes: RepairNotes): string {
  const findings =
    notes.findings
      .slice(0, MAX_ITEMS)
      .map(
        (f) =>
          `- ${f.rule} (line ${f.line}): ${f.message}${f.excerpt ? ` — ${JSON.stringify(f.excerpt.slice(0, MAX_EXCERPT))}` : ""}`,
      )
      .join("\n") || "(none)";
  const failures =
    notes.failures
      .slice(0, MAX_ITEMS)
      .map(
        (s) =>
          `- ${s.method}${s.action ? ` ${s.action}` : ""}${s.invalidParams ? " (invalid params)" : ""}: ${s.error ?? "failed"}`,
      )
      .join("\n") || "(none)";
  return fillTemplate(prompts.repair, { findings, failures, source: notes.draft.source });
}
