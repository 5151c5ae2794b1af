// The work a schema can cost its validator, bounded before ajv sees it. Size and depth limits
// bound the text, but local `$ref`s share subschemas: thirty `anyOf`s of three refs to the next
// level are 2 KiB of JSON and 3^30 subschema applications per value, and a `$ref` that reaches
// itself through an `anyOf` recurses on every value. Both run on the host (params in the worker,
// config and rows in the service). So a schema is measured with every `$ref` replaced by its
// target: a cycle is refused, and so is an expansion past `maxExpandedNodes`. Then validation is
// bounded by (expanded size × value size), and patterns run on RE2 (linear).
import type { Json } from "../contract/index.js";

export const MAX_EXPANDED_NODES = 10_000;

const NAME_MAPS = new Set(["properties", "patternProperties", "$defs", "definitions", "dependentSchemas", "dependencies"]);

type Node = { [key: string]: Json } | Json[];

/** Null when the schema, refs expanded, stays within bounds; else a one-line reason. */
export function expansionProblem(root: Json): string | null {
  if (root === null || typeof root !== "object") return null;
  const anchors = new Map<string, Json>();
  let refs = 0;
  let nestedId = false;
  // Objects whose keys are names (`properties: { $defs: … }`), not keywords.
  const nameMaps = new Set<Json>();
  const scan = (node: Json, depth: number): void => {
    if (node === null || typeof node !== "object") return;
    if (!Array.isArray(node)) {
      if (typeof node.$anchor === "string") anchors.set(node.$anchor, node);
      if (typeof node.$ref === "string") refs++;
      if (depth > 0 && node.$id !== undefined) nestedId = true;
    }
    for (const [key, child] of Object.entries(node)) {
      if (!Array.isArray(node) && !nameMaps.has(node) && NAME_MAPS.has(key)) nameMaps.add(child);
      scan(child, depth + 1);
    }
  };
  scan(root, 0);
  if (refs > 0 && nestedId) return "a schema with $ref may not hold a nested $id (keep one schema and refer to #/$defs/…)";

  const resolve = (ref: string): Json | undefined => {
    if (ref === "#") return root;
    if (!ref.startsWith("#/")) return anchors.get(ref.slice(1));
    let at: Json | undefined = root;
    for (const raw of ref.slice(2).split("/")) {
      let key: string;
      try {
        key = decodeURIComponent(raw).replace(/~1/g, "/").replace(/~0/g, "~");
      } catch {
        return undefined;
      }
      if (at === null || typeof at !== "object" || !Object.hasOwn(at, key)) return undefined;
      at = (at as Record<string, Json>)[key];
    }
    return at;
  };

  // Expanded size per node, memoized; `open` holds the refs being expanded (a cycle).
  const sizes = new Map<Node, number>();
  const open = new Set<Node>();
  let problem: string | null = null;
  const size = (node: Json): number => {
    if (problem || node === null || typeof node !== "object") return 0;
    const known = sizes.get(node);
    if (known !== undefined) return known;
    if (open.has(node)) {
      problem = "a $ref refers back to a schema that contains it (recursive schemas are not allowed)";
      return 0;
    }
    open.add(node);
    let total = 1;
    for (const [key, child] of Object.entries(node)) {
      // Definitions cost nothing until a $ref applies them; then they count at each $ref.
      if (!Array.isArray(node) && !nameMaps.has(node) && (key === "$defs" || key === "definitions")) continue;
      total += size(child);
      if (!Array.isArray(node) && key === "$ref" && typeof child === "string") {
        const target = resolve(child);
        if (target === undefined) problem ??= `$ref ${JSON.stringify(child.slice(0, 60))} does not resolve in the schema`;
        else total += size(target);
      }
      if (total > MAX_EXPANDED_NODES) break;
    }
    open.delete(node);
    total = Math.min(total, MAX_EXPANDED_NODES + 1);
    sizes.set(node, total);
    return total;
  };
  const total = size(root);
  if (problem) return problem;
  if (total > MAX_EXPANDED_NODES)
    return `schema expands to more than ${MAX_EXPANDED_NODES} subschemas once its $refs are followed`;
  return null;
}
