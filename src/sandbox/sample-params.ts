// Params for trial runs, derived from an action's params_schema: one valid set (types, enums,
// bounds, required keys, common formats, arrays, nested objects) and, when the schema makes one
// possible, an invalid set the host must refuse before the skill sees it. Bounded in depth and
// size whatever the schema says.
import type { Json, JsonObject } from "../contract/index.js";

type Schema = Record<string, unknown>;
const MAX_DEPTH = 8;
const MAX_ITEMS = 5;

const FORMATS: Record<string, string> = {
  date: "2024-01-15",
  "date-time": "2024-01-15T10:00:00.000Z",
  time: "10:00:00Z",
  email: "sample@example.com",
  uri: "https://example.com/sample",
  url: "https://example.com/sample",
  uuid: "00000000-0000-4000-8000-000000000000",
  hostname: "example.com",
  ipv4: "192.0.2.1",
  ipv6: "2001:db8::1",
};

const num = (v: unknown): number | undefined => (typeof v === "number" && Number.isFinite(v) ? v : undefined);

function sampleNumber(s: Schema, integer: boolean): number {
  const min = num(s.minimum),
    max = num(s.maximum);
  const xmin = num(s.exclusiveMinimum),
    xmax = num(s.exclusiveMaximum);
  const step = integer ? 1 : 0.5;
  const lo = min ?? (xmin !== undefined ? xmin + step : undefined);
  const hi = max ?? (xmax !== undefined ? xmax - step : undefined);
  let v =
    lo !== undefined && hi !== undefined
      ? (lo + hi) / 2
      : lo !== undefined
        ? lo + (lo < 1 ? 1 : 0)
        : hi !== undefined
          ? Math.min(hi, 1)
          : 1;
  if (integer) v = lo !== undefined ? Math.max(Math.ceil(lo), Math.round(v)) : Math.round(v);
  const m = num(s.multipleOf);
  if (m && m > 0) v = Math.ceil(v / m) * m;
  return v;
}

function sampleString(s: Schema): string {
  const format = typeof s.format === "string" ? FORMATS[s.format] : undefined;
  if (format) return format;
  const min = Math.min(num(s.minLength) ?? 0, 1000),
    max = num(s.maxLength) ?? 1000;
  return "sample".padEnd(min, "x").slice(0, Math.max(min, Math.min(max, 6)));
}

function typeOf(s: Schema): string | undefined {
  const t = Array.isArray(s.type) ? (s.type.find((x) => x !== "null") ?? s.type[0]) : s.type;
  if (typeof t === "string") return t;
  if (s.properties || s.required) return "object";
  if (s.items) return "array";
  return undefined;
}

export function sampleValid(schema: unknown, depth = 0): Json {
  if (schema === null || typeof schema !== "object" || Array.isArray(schema) || depth > MAX_DEPTH) return depth === 0 ? {} : null;
  const s = schema as Schema;
  if ("const" in s) return s.const as Json;
  if (Array.isArray(s.enum) && s.enum.length > 0) return s.enum[0] as Json;
  for (const k of ["oneOf", "anyOf"])
    if (Array.isArray(s[k]) && (s[k] as unknown[]).length > 0) return sampleValid((s[k] as unknown[])[0], depth + 1);
  switch (typeOf(s)) {
    case "string":
      return sampleString(s);
    case "integer":
      return sampleNumber(s, true);
    case "number":
      return sampleNumber(s, false);
    case "boolean":
      return true;
    case "null":
      return null;
    case "array": {
      const n = Math.min(Math.max(num(s.minItems) ?? 1, 1), num(s.maxItems) ?? MAX_ITEMS, MAX_ITEMS);
      return Array.from({ length: n }, (_, i) => {
        const item = sampleValid(s.items, depth + 1);
        return s.uniqueItems && typeof item === "number"
          ? item + i
          : s.uniqueItems && typeof item === "string"
            ? `${item}${i || ""}`
            : item;
      });
    }
    case "object": {
      const out: JsonObject = {};
      const props = s.properties && typeof s.properties === "object" ? (s.properties as Record<string, unknown>) : {};
      const required = new Set(Array.isArray(s.required) ? s.required.filter((r): r is string => typeof r === "string") : []);
      for (const [key, sub] of Object.entries(props)) {
        const risky = sub !== null && typeof sub === "object" && ("pattern" in sub || "not" in sub);
        if (required.has(key) || !risky)
          Object.defineProperty(out, key, {
            value: sampleValid(sub, depth + 1),
            enumerable: true,
            writable: true,
            configurable: true,
          });
      }
      for (const key of required)
        if (!Object.hasOwn(out, key))
          Object.defineProperty(out, key, { value: "sample", enumerable: true, writable: true, configurable: true });
      return out;
    }
    default:
      return depth === 0 ? {} : "sample";
  }
}

/** A params value the schema refuses, or undefined when the schema accepts everything. */
export function sampleInvalid(schema: unknown): Json | undefined {
  if (schema === null || typeof schema !== "object" || Array.isArray(schema)) return undefined;
  const s = schema as Schema;
  const types = Array.isArray(s.type) ? s.type : [s.type];
  if (s.type !== undefined && !types.includes("string")) return "not-a-valid-params-value";
  if (Array.isArray(s.required) && s.required.length > 0) return {};
  if (s.type !== undefined && !types.includes("number") && !types.includes("integer")) return 12345;
  return undefined;
}
