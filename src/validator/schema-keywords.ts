// Skill schemas may use only JSON Schema's own keywords. The shared compiler tolerates unknown
// keywords (rows and configs from older drafts), but a skill's params and config schemas are what
// the approver reads: a keyword the host ignores (a misspelt `requried`, a vendor `$async`-like
// extension) would look like a constraint and be none. Remote `$ref` is refused here as well.

const KNOWN = new Set(
  (
    "$schema $id $ref $comment $defs definitions $anchor $dynamicRef $dynamicAnchor $vocabulary title description " +
    "default examples deprecated readOnly writeOnly type enum const multipleOf maximum exclusiveMaximum minimum " +
    "exclusiveMinimum maxLength minLength pattern format contentMediaType contentEncoding contentSchema items " +
    "additionalItems prefixItems maxItems minItems uniqueItems contains maxContains minContains maxProperties " +
    "minProperties required properties patternProperties additionalProperties dependencies dependentRequired " +
    "dependentSchemas propertyNames if then else allOf anyOf oneOf not unevaluatedItems unevaluatedProperties"
  ).split(" "),
);
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
  const stack: Array<{ s: unknown; at: string }> = [{ s: schema, at: "#" }];
  for (let seen = 0; stack.length > 0; seen++) {
    if (seen > MAX_NODES) return "the schema is too large to check";
    const { s, at } = stack.pop()!;
    if (typeof s === "boolean" || s === null || typeof s !== "object" || Array.isArray(s)) continue;
    for (const [key, value] of Object.entries(s as Record<string, unknown>)) {
      if (!KNOWN.has(key)) return `unknown keyword ${JSON.stringify(key)} at ${at}`;
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
