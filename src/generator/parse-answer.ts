// The model's answer is untrusted data. This turns it into a draft or a clear error: the tool
// call's input when there is one, else JSON found in the text (inside code fences or prose), and
// a refusal or a truncated answer said plainly. Nothing in it is executed or trusted here: the
// audit and the trial judge the code, and capabilities come from the code, never from the answer.
import { SKILL_SLUG_RE, type Json, type JsonSchema, type LlmResponse } from "../contract/index.js";
import type { SkillDraft } from "./types.js";

export type ParsedAnswer =
  | { ok: true; draft: Omit<SkillDraft, "meta"> }
  | { ok: false; code: "GENERATOR_BAD_ANSWER" | "GENERATOR_REFUSED"; message: string };

const MAX_SOURCE = 200_000;
const REFUSAL =
  /\b(?:I can(?:no|')t|I(?:'m| am) (?:not able|unable)|I won't|I will not|I must decline|cannot (?:help|assist|comply))\b/i;

const isObject = (v: unknown): v is Record<string, Json> => v !== null && typeof v === "object" && !Array.isArray(v);

/** The first balanced JSON object in `text`, skipping code fences and prose around it. */
export function extractJson(text: string): { value?: unknown; truncated: boolean } {
  const fenced = /```(?:json)?\s*\n([\s\S]*?)```/.exec(text);
  const candidates = fenced ? [fenced[1]!, text] : [text];
  let truncated = false;
  for (const candidate of candidates) {
    const start = candidate.indexOf("{");
    if (start < 0) continue;
    let depth = 0,
      inString = false,
      escaped = false;
    for (let i = start; i < candidate.length; i++) {
      const c = candidate[i];
      if (inString) {
        if (escaped) escaped = false;
        else if (c === "\\") escaped = true;
        else if (c === '"') inString = false;
      } else if (c === '"') inString = true;
      else if (c === "{") depth++;
      else if (c === "}" && --depth === 0) {
        try {
          return { value: JSON.parse(candidate.slice(start, i + 1)), truncated: false };
        } catch {
          break;
        }
      }
    }
    if (depth > 0) truncated = true;
  }
  return { truncated };
}

/** Source may come wrapped in a code fence even inside the tool input. */
function unfence(source: string): string {
  const m = /^\s*```[a-z]*\s*\n([\s\S]*?)\n?```\s*$/.exec(source);
  return m ? m[1]! : source;
}

function toDraft(value: unknown): ParsedAnswer {
  if (!isObject(value)) return { ok: false, code: "GENERATOR_BAD_ANSWER", message: "the answer is not a JSON object" };
  const { source, manifest, config_schema, collections, skill_md, language } = value;
  if (typeof source !== "string" || source.trim() === "")
    return { ok: false, code: "GENERATOR_BAD_ANSWER", message: "the answer has no `source` string" };
  if (source.length > MAX_SOURCE)
    return { ok: false, code: "GENERATOR_BAD_ANSWER", message: `the source is longer than ${MAX_SOURCE} characters` };
  if (!isObject(manifest) || typeof manifest.slug !== "string" || !SKILL_SLUG_RE.test(manifest.slug)) {
    return { ok: false, code: "GENERATOR_BAD_ANSWER", message: "the answer's manifest needs a custom-<kebab> slug" };
  }
  const schemaLike = (v: unknown): v is JsonSchema => isObject(v) || typeof v === "boolean";
  if (collections !== undefined && (!isObject(collections) || !Object.values(collections).every(schemaLike))) {
    return { ok: false, code: "GENERATOR_BAD_ANSWER", message: "`collections` must map collection names to JSON Schemas" };
  }
  return {
    ok: true,
    draft: {
      source: unfence(source),
      language: language === "ts" ? "ts" : "js",
      manifest: {
        slug: manifest.slug,
        name: typeof manifest.name === "string" ? manifest.name.slice(0, 120) : manifest.slug,
        description: typeof manifest.description === "string" ? manifest.description.slice(0, 1024) : "",
      },
      config_schema: schemaLike(config_schema) ? config_schema : { type: "object" },
      collections: (collections as Record<string, JsonSchema> | undefined) ?? {},
      skill_md: typeof skill_md === "string" ? skill_md : "",
    },
  };
}

export function parseAnswer(response: LlmResponse): ParsedAnswer {
  if (response.toolInput !== undefined) return toDraft(response.toolInput);
  const found = extractJson(response.text);
  if (found.value !== undefined) return toDraft(found.value);
  if (response.stopReason === "refusal" || REFUSAL.test(response.text)) {
    return {
      ok: false,
      code: "GENERATOR_REFUSED",
      message: `the model declined: ${JSON.stringify(response.text.slice(0, 200))}`,
    };
  }
  if (found.truncated || response.stopReason === "max_tokens" || response.stopReason === "length") {
    return {
      ok: false,
      code: "GENERATOR_BAD_ANSWER",
      message: "the answer was cut off before the draft was complete (raise the token limit)",
    };
  }
  return { ok: false, code: "GENERATOR_BAD_ANSWER", message: "the answer has no tool call and no JSON draft" };
}
