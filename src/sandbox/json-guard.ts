// Every JSON text that crosses into the service process (db requests, results) is parsed here:
// size-capped before parsing, depth-capped after, and refused when it carries keys that naive
// merging code would turn into prototype pollution.
import type { Json } from "../contract/index.js";

export type Guarded = { ok: true; value: Json } | { ok: false; reason: string };

export const MAX_JSON_DEPTH = 64;

/** `constructor`/`prototype` only matter to pollution when they carry an object. */
function forbiddenKey(key: string, value: unknown): boolean {
  if (key === "__proto__") return true;
  return (key === "constructor" || key === "prototype") && value !== null && typeof value === "object";
}

/**
 * Walks a parsed value iteratively (a hostile depth cannot overflow the host's stack). Only
 * objects and arrays are stacked, with their depths on a parallel stack: nothing is allocated per
 * value on the way.
 */
export function inspectJson(value: unknown, maxDepth = MAX_JSON_DEPTH): string | null {
  if (value === null || typeof value !== "object") return null;
  const stack: object[] = [value];
  const depths: number[] = [0];
  while (stack.length > 0) {
    const v = stack.pop()!;
    const depth = depths.pop()!;
    if (depth >= maxDepth) return `nested deeper than ${maxDepth} levels`;
    if (Array.isArray(v)) {
      for (const item of v) {
        if (item === null || typeof item !== "object") continue;
        stack.push(item);
        depths.push(depth + 1);
      }
      continue;
    }
    for (const key of Object.keys(v)) {
      const child = (v as Record<string, unknown>)[key];
      if (forbiddenKey(key, child)) return `forbidden key "${key}"`;
      if (child === null || typeof child !== "object") continue;
      stack.push(child);
      depths.push(depth + 1);
    }
  }
  return null;
}

export function byteLength(text: string): number {
  return Buffer.byteLength(text, "utf8");
}

/** Whether `text` is over `maxBytes` in UTF-8; a UTF-16 unit is at most 3 bytes, so short texts are not measured. */
export function overBytes(text: string, maxBytes: number): boolean {
  return text.length > maxBytes || (text.length * 3 > maxBytes && byteLength(text) > maxBytes);
}

export function parseGuardedJson(text: unknown, maxBytes: number, maxDepth = MAX_JSON_DEPTH): Guarded {
  if (typeof text !== "string") return { ok: false, reason: "not JSON text" };
  if (overBytes(text, maxBytes)) return { ok: false, reason: `larger than ${maxBytes} bytes` };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false, reason: "not valid JSON" };
  }
  const problem = inspectJson(value, maxDepth);
  return problem ? { ok: false, reason: problem } : { ok: true, value: value as Json };
}
