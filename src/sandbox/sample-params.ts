// Params for trial runs, drawn at random from an action's params_schema so that a skill cannot
// recognise them: values within the bounds, enums and consts, formats (dates, emails, uuids…),
// strings matching a `pattern`, arrays and nested objects, optional keys present or not. And,
// when the schema makes one possible, an invalid set the host must refuse before the skill sees
// it. Bounded in depth and size whatever the schema says. Keywords it cannot honour (`not`,
// `if`, `patternProperties`, back-references in a pattern…) may give params the host refuses:
// the trial draws again, and fails the step when no draw is accepted rather than fall back to
// fixed params a skill could recognise.
import type { Json, JsonObject } from "../contract/index.js";
import { samplePattern } from "./sample-pattern.js";

/** A uniform integer in [0, n). */
export type Rand = (n: number) => number;
type Schema = Record<string, unknown>;
const MAX_DEPTH = 8;
const MAX_ITEMS = 5;
/** How far a bound-less number strays: values stay ordinary, like a person's input. */
const SPAN = 1000;

const num = (v: unknown): number | undefined => (typeof v === "number" && Number.isFinite(v) ? v : undefined);
const pad = (n: number, width = 2) => String(n).padStart(width, "0");
const pickOf =
  (rand: Rand) =>
  <T>(xs: readonly T[]): T =>
    xs[rand(xs.length)]!;
const LETTERS = "abcdefghijklmnopqrstuvwxyz";
const ALNUM = `${LETTERS}0123456789`;
const word = (rand: Rand, n: number, chars = LETTERS) => Array.from({ length: n }, () => chars[rand(chars.length)]).join("");
const hex = (rand: Rand, n: number) => word(rand, n, "0123456789abcdef");

/** Random values in each common format (strings that ajv-formats accepts). */
const FORMATS: Record<string, (rand: Rand) => string> = {
  date: (r) => `${2000 + r(30)}-${pad(1 + r(12))}-${pad(1 + r(28))}`,
  "date-time": (r) => `${FORMATS.date!(r)}T${FORMATS.time!(r).slice(0, -1)}.${pad(r(1000), 3)}Z`,
  time: (r) => `${pad(r(24))}:${pad(r(60))}:${pad(r(60))}Z`,
  email: (r) => `${word(r, 3 + r(8))}@${word(r, 3 + r(8))}.example`,
  uri: (r) => `https://${word(r, 3 + r(8))}.example/${word(r, r(10), ALNUM)}`,
  url: (r) => FORMATS.uri!(r),
  "uri-reference": (r) => FORMATS.uri!(r),
  uuid: (r) => `${hex(r, 8)}-${hex(r, 4)}-4${hex(r, 3)}-${"89ab"[r(4)]}${hex(r, 3)}-${hex(r, 12)}`,
  hostname: (r) => `${word(r, 3 + r(8))}.example`,
  ipv4: (r) => `${1 + r(223)}.${r(256)}.${r(256)}.${1 + r(254)}`,
  ipv6: (r) => `2001:db8::${hex(r, 1 + r(4))}`,
};

function sampleNumber(s: Schema, integer: boolean, rand: Rand): number {
  const xmin = num(s.exclusiveMinimum),
    xmax = num(s.exclusiveMaximum);
  const step = num(s.multipleOf) && num(s.multipleOf)! > 0 ? num(s.multipleOf)! : integer ? 1 : 0.01;
  let lo = num(s.minimum) ?? (xmin !== undefined ? xmin + step : undefined);
  let hi = num(s.maximum) ?? (xmax !== undefined ? xmax - step : undefined);
  if (lo === undefined && hi === undefined) [lo, hi] = [0, SPAN];
  lo ??= Math.min(hi!, 0) - SPAN;
  hi ??= Math.max(lo, 0) + SPAN;
  // Values on the grid of `step` between the bounds: k·step for k in [first, last].
  const first = Math.ceil(lo / step),
    last = Math.floor(hi / step);
  if (last < first) return integer ? Math.ceil(lo) : lo;
  const k = first + rand(Math.min(last - first, 1_000_000) + 1);
  const v = k * step;
  return integer ? Math.round(v) : Number(v.toFixed(10));
}

function sampleString(s: Schema, rand: Rand): string {
  const format = typeof s.format === "string" ? FORMATS[s.format] : undefined;
  if (format) return format(rand);
  if (typeof s.pattern === "string") {
    const matched = samplePattern(s.pattern, rand);
    if (matched !== undefined) return matched;
  }
  const min = Math.min(num(s.minLength) ?? 0, 1000),
    max = Math.max(min, Math.min(num(s.maxLength) ?? min + 12, min + 12));
  const n = Math.max(min, min + rand(max - min + 1), min === 0 && max > 0 ? 1 : 0);
  return word(rand, n, `${LETTERS} `).replace(/^ | $/g, "x");
}

function typeOf(s: Schema, rand: Rand): string | undefined {
  if (Array.isArray(s.type)) return s.type.length > 0 ? String(pickOf(rand)(s.type)) : undefined;
  if (typeof s.type === "string") return s.type;
  if (s.properties || s.required) return "object";
  if (s.items) return "array";
  return undefined;
}

/** allOf's parts folded into one schema (properties and required merged): enough for the usual use. */
function folded(s: Schema): Schema {
  if (!Array.isArray(s.allOf)) return s;
  const out: Schema = { ...s, allOf: undefined };
  const required = [...((s.required as string[]) ?? [])];
  let properties = { ...(s.properties as object) };
  for (const part of s.allOf as unknown[]) {
    if (part === null || typeof part !== "object") continue;
    const p = part as Schema;
    Object.assign(out, p);
    properties = { ...properties, ...(p.properties as object) };
    if (Array.isArray(p.required)) required.push(...(p.required as string[]));
  }
  return { ...out, properties, required };
}

const define = (o: JsonObject, key: string, value: Json) =>
  Object.defineProperty(o, key, { value, enumerable: true, writable: true, configurable: true });

/** One random params value that `schema` accepts, as far as the keywords above go. */
export function sampleValid(schema: unknown, rand: Rand, depth = 0): Json {
  if (schema === null || typeof schema !== "object" || Array.isArray(schema) || depth > MAX_DEPTH) return depth === 0 ? {} : null;
  const s = folded(schema as Schema);
  const pick = pickOf(rand);
  if ("const" in s) return s.const as Json;
  if (Array.isArray(s.enum) && s.enum.length > 0) return pick(s.enum) as Json;
  for (const k of ["oneOf", "anyOf"])
    if (Array.isArray(s[k]) && (s[k] as unknown[]).length > 0) return sampleValid(pick(s[k] as unknown[]), rand, depth + 1);
  switch (typeOf(s, rand)) {
    case "string":
      return sampleString(s, rand);
    case "integer":
      return sampleNumber(s, true, rand);
    case "number":
      return sampleNumber(s, false, rand);
    case "boolean":
      return rand(2) === 1;
    case "null":
      return null;
    case "array": {
      const min = Math.min(num(s.minItems) ?? 0, MAX_ITEMS);
      const n = Math.min(min + rand(3), num(s.maxItems) ?? MAX_ITEMS, MAX_ITEMS);
      const items: Json[] = [];
      const seen = new Set<string>();
      // uniqueItems: draw again on a repeat, a bounded number of times.
      for (let tries = 0; items.length < Math.max(n, min) && tries < 4 * MAX_ITEMS; tries++) {
        const item = sampleValid(s.items, rand, depth + 1);
        const key = JSON.stringify(item);
        if (s.uniqueItems && seen.has(key)) continue;
        seen.add(key);
        items.push(item);
      }
      return items;
    }
    case "object": {
      const out: JsonObject = {};
      const props = s.properties && typeof s.properties === "object" ? (s.properties as Record<string, unknown>) : {};
      const required = new Set(Array.isArray(s.required) ? s.required.filter((r): r is string => typeof r === "string") : []);
      // Optional keys are there or not at random: a skill cannot count on either.
      for (const [key, sub] of Object.entries(props))
        if (required.has(key) || rand(2) === 1) define(out, key, sampleValid(sub, rand, depth + 1));
      for (const key of required) if (!Object.hasOwn(out, key)) define(out, key, word(rand, 6));
      return out;
    }
    default:
      return depth === 0 ? {} : word(rand, 6);
  }
}

/** A params value the schema refuses, or undefined when the schema accepts everything. */
export function sampleInvalid(schema: unknown): Json | undefined {
  if (schema === null || typeof schema !== "object" || Array.isArray(schema)) return undefined;
  const s = folded(schema as Schema);
  const types = Array.isArray(s.type) ? s.type : [s.type];
  if (s.type !== undefined && !types.includes("string")) return "not-a-valid-params-value";
  if (Array.isArray(s.required) && s.required.length > 0) return {};
  if (s.type !== undefined && !types.includes("number") && !types.includes("integer")) return 12345;
  return undefined;
}
