// Skill schemas may use only the keywords the host enforces for the schema's own draft. The shared
// compiler tolerates unknown keywords (rows and configs from older drafts), but a skill's params
// and config schemas are what the approver reads: a keyword the host ignores would look like a
// constraint and be none — a misspelt `requried`, a vendor extension, a 2020-12 keyword
// (`dependentRequired`, `prefixItems`, `unevaluatedProperties`, `maxContains`) under draft-07
// (the default when `$schema` is absent), the `content*` annotations, a `format` the host does
// not know. Remote `$ref` is refused here as well. The audit checks the schemas it reads from the
// source with skillSchemaProblem, and the trial checks the ones it captures from getActions() with
// the same function, so a schema computed at run time meets exactly the rules of a literal one.
import { draftOf, isKnownFormat, schemaProblem, type Draft } from "./compile.js";

const words = (text: string) => text.split(" ");
const COMMON = words(
  "$schema $id $ref $comment $defs definitions title description default examples deprecated readOnly writeOnly " +
    "type enum const multipleOf maximum exclusiveMaximum minimum exclusiveMinimum maxLength minLength pattern format " +
    "items additionalItems maxItems minItems uniqueItems contains maxProperties minProperties required properties " +
    "patternProperties additionalProperties dependencies propertyNames if then else allOf anyOf oneOf not",
);
const ONLY_2020 = words(
  "$anchor $dynamicRef $dynamicAnchor $vocabulary prefixItems maxContains minContains dependentRequired " +
    "dependentSchemas unevaluatedItems unevaluatedProperties",
);
const KNOWN: Record<Draft, ReadonlySet<string>> = {
  "07": new Set(COMMON),
  "2020": new Set([...COMMON, ...ONLY_2020]),
};
const hint = (key: string, draft: Draft) =>
  draft === "07" && ONLY_2020.includes(key)
    ? ` (a 2020-12 keyword: draft-07, the default, ignores it; declare $schema "https://json-schema.org/draft/2020-12/schema")`
    : "";
const SCHEMA_MAPS = new Set(["properties", "patternProperties", "definitions", "$defs", "dependentSchemas", "dependencies"]);
const SCHEMA_LISTS = new Set(["allOf", "anyOf", "oneOf", "prefixItems", "items"]);
const SCHEMAS = new Set([
  "items",
  "additionalItems",
  "additionalProperties",
  "contains",
  "propertyNames",
  "if",
  "then",
  "else",
  "not",
  "unevaluatedItems",
  "unevaluatedProperties",
  "contentSchema",
]);
const MAX_NODES = 10_000;

/** The first keyword outside JSON Schema's vocabulary (or a non-local `$ref`), as a message; null if none. */
export function schemaKeywordProblem(schema: unknown): string | null {
  const draft = draftOf(schema);
  const stack: Array<{ s: unknown; at: string }> = [{ s: schema, at: "#" }];
  for (let seen = 0; stack.length > 0; seen++) {
    if (seen > MAX_NODES) return "the schema is too large to check";
    const { s, at } = stack.pop()!;
    if (typeof s === "boolean" || s === null || typeof s !== "object" || Array.isArray(s)) continue;
    for (const [key, value] of Object.entries(s as Record<string, unknown>)) {
      if (!KNOWN[draft].has(key)) return `keyword ${JSON.stringify(key)} at ${at} is not enforced by the host${hint(key, draft)}`;
      if (key === "format" && !(typeof value === "string" && isKnownFormat(value)))
        return `format ${JSON.stringify(value)} at ${at} is not one the host checks (use a pattern, or one of date, date-time, time, email, uri, uuid …)`;
      if (key === "$ref" && (typeof value !== "string" || !value.startsWith("#")))
        return `only local references ("#/…") are allowed at ${at}`;
      if (SCHEMA_MAPS.has(key) && value && typeof value === "object" && !Array.isArray(value)) {
        for (const [name, sub] of Object.entries(value))
          if (!Array.isArray(sub)) stack.push({ s: sub, at: `${at}/${key}/${name}` });
      } else if (SCHEMA_LISTS.has(key) && Array.isArray(value)) {
        value.forEach((sub, i) => stack.push({ s: sub, at: `${at}/${key}/${i}` }));
      } else if (SCHEMAS.has(key)) {
        stack.push({ s: value, at: `${at}/${key}` });
      }
    }
  }
  return null;
}

/**
 * Null when `schema` may be a skill's params or config schema: only keywords the host enforces
 * (above), then the shared compiler's limits ($async, remote or recursive refs, size, depth,
 * expansion, RE2 patterns) and a successful compile.
 */
export function skillSchemaProblem(schema: unknown): string | null {
  return schemaKeywordProblem(schema) ?? schemaProblem(schema);
}
