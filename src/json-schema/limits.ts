// What a schema from outside (a skill's, an LLM's) may be before ajv sees it. ajv compiles a
// schema to JavaScript: size and nesting bound that work; `$async` would make `validate` return a
// promise (always truthy: validation switched off); a remote `$ref` would be a fetch. Patterns run
// on RE2 (linear time, no backtracking: see compile.ts), so a pattern only has to be one RE2 accepts.
import { RE2JS } from "re2js";
import type { Json } from "../contract/index.js";
import { expansionProblem } from "./expansion.js";

export const SCHEMA_LIMITS = Object.freeze({
  maxJsonBytes: 64 * 1024,
  maxDepth: 32,
  maxPatternChars: 512,
});

/** Null when `schema` may be compiled, else a one-line reason. */
export function schemaLimitProblem(schema: Json): string | null {
  const text = JSON.stringify(schema);
  if (text.length > SCHEMA_LIMITS.maxJsonBytes) return `schema is larger than ${SCHEMA_LIMITS.maxJsonBytes} bytes`;
  const walk = (node: Json, depth: number, key: string | null): string | null => {
    if (depth > SCHEMA_LIMITS.maxDepth) return `schema nests deeper than ${SCHEMA_LIMITS.maxDepth} levels`;
    if (Array.isArray(node)) {
      for (const item of node) {
        const p = walk(item, depth + 1, null);
        if (p) return p;
      }
      return null;
    }
    if (node === null || typeof node !== "object") return null;
    for (const [k, v] of Object.entries(node)) {
      // Under `properties` (and the like) keys are data, not keywords.
      const keyword = key !== "properties" && key !== "patternProperties" && key !== "$defs" && key !== "definitions";
      if (keyword && k === "$async") return "$async schemas are not allowed";
      // Dynamic references resolve by the evaluation path, so their cost cannot be read off the
      // schema (expansion.ts); a skill's schema has no use for them.
      if (keyword && (k === "$dynamicRef" || k === "$recursiveRef")) return `${k} is not allowed (use a $ref to "#/$defs/…")`;
      if (
        keyword &&
        (k === "$ref" || k === "$dynamicRef" || k === "$recursiveRef") &&
        !(typeof v === "string" && v.startsWith("#"))
      ) {
        return `only local references ("#/…") are allowed, got ${JSON.stringify(v)}`;
      }
      if (keyword && k === "pattern" && typeof v === "string") {
        const p = patternProblem(v);
        if (p) return p;
      }
      if (key === "patternProperties") {
        const p = patternProblem(k);
        if (p) return p;
      }
      const p = walk(v, depth + 1, keyword ? k : null);
      if (p) return p;
    }
    return null;
  };
  return walk(schema, 0, null) ?? expansionProblem(schema);
}

function patternProblem(pattern: string): string | null {
  if (pattern.length > SCHEMA_LIMITS.maxPatternChars) return `pattern is longer than ${SCHEMA_LIMITS.maxPatternChars} characters`;
  try {
    RE2JS.compile(pattern);
  } catch {
    return `pattern ${JSON.stringify(pattern.slice(0, 60))} is not a valid RE2 regular expression (no lookaround or backreferences)`;
  }
  return null;
}
