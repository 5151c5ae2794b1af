// The one table of globals a skill's code meets: what the audit lets a skill name (and which of
// its members) and where the isolate's copy comes from. The validator's allow-list and the
// sandbox prelude are both built from it, so a global cannot be allowed by one and missing from
// the other; anything on the isolate's global object that is not in this table is removed.

/** Where the isolate's copy of a global comes from. */
export type GlobalSource =
  /** V8's own intrinsic, frozen by the prelude. */
  | "v8"
  /** Written in JavaScript inside the isolate by the prelude (no host object behind it). */
  | "prelude"
  /** Built by the prelude on a copy-only host service: strings in, strings out. */
  | "host-copy";

export interface SkillGlobal {
  source: GlobalSource;
  /** Static members a skill may read; `"*"` = every member (the object has no dangerous ones). */
  members: readonly string[] | "*";
  /** May be used as a plain value (`arr.map(Number)`); namespaces such as `Object` may not be aliased. */
  asValue: boolean;
}

const fn = (source: GlobalSource, members: readonly string[] | "*" = []): SkillGlobal => ({ source, members, asValue: true });
const ns = (source: GlobalSource, members: readonly string[] | "*" = []): SkillGlobal => ({ source, members, asValue: false });
const TYPED_ARRAY = ns("v8", ["from", "of", "BYTES_PER_ELEMENT"]);

/** The globals a skill may use, each present and working in every isolate. */
export const SKILL_GLOBALS: Readonly<Record<string, SkillGlobal>> = {
  undefined: fn("v8"),
  NaN: fn("v8"),
  Infinity: fn("v8"),
  Math: ns("v8", "*"),
  JSON: ns("v8", ["parse", "stringify"]),
  Intl: ns("v8", "*"),
  // Captured by the prelude, one writer per level.
  console: ns("prelude", ["log", "info", "warn", "error", "debug"]),
  Number: fn("v8", "*"),
  String: fn("v8", ["fromCharCode", "fromCodePoint", "raw"]),
  Boolean: fn("v8"),
  BigInt: fn("v8", ["asIntN", "asUintN"]),
  parseInt: fn("v8"),
  parseFloat: fn("v8"),
  isNaN: fn("v8"),
  isFinite: fn("v8"),
  encodeURIComponent: fn("v8"),
  decodeURIComponent: fn("v8"),
  encodeURI: fn("v8"),
  decodeURI: fn("v8"),
  // The standard web globals, built inside the isolate (see src/sandbox/README.md, "Standard globals").
  structuredClone: fn("prelude"),
  crypto: ns("host-copy", ["randomUUID", "getRandomValues"]),
  performance: ns("prelude", ["now"]),
  TextEncoder: ns("prelude"),
  TextDecoder: ns("prelude"),
  URL: ns("host-copy", ["canParse", "parse"]),
  URLSearchParams: ns("host-copy"),
  // Object: the data helpers only. defineProperty, getPrototypeOf & co. are refused by name.
  Object: ns("v8", [
    "keys",
    "values",
    "entries",
    "fromEntries",
    "assign",
    "freeze",
    "isFrozen",
    "seal",
    "isSealed",
    "preventExtensions",
    "isExtensible",
    "create",
    "is",
    "hasOwn",
    "groupBy",
  ]),
  Array: ns("v8", ["isArray", "from", "of"]),
  Date: ns("v8", ["now", "parse", "UTC"]),
  Promise: ns("v8", ["all", "allSettled", "any", "race", "resolve", "reject", "withResolvers"]),
  Map: ns("v8", ["groupBy"]),
  Set: ns("v8"),
  WeakMap: ns("v8"),
  WeakSet: ns("v8"),
  RegExp: ns("v8"),
  Symbol: ns("v8", ["iterator", "asyncIterator"]),
  Error: ns("v8"),
  TypeError: ns("v8"),
  RangeError: ns("v8"),
  SyntaxError: ns("v8"),
  ReferenceError: ns("v8"),
  URIError: ns("v8"),
  EvalError: ns("v8"),
  AggregateError: ns("v8"),
  ArrayBuffer: ns("v8", ["isView"]),
  DataView: ns("v8"),
  Uint8Array: TYPED_ARRAY,
  Uint8ClampedArray: TYPED_ARRAY,
  Int8Array: TYPED_ARRAY,
  Uint16Array: TYPED_ARRAY,
  Int16Array: TYPED_ARRAY,
  Uint32Array: TYPED_ARRAY,
  Int32Array: TYPED_ARRAY,
  Float32Array: TYPED_ARRAY,
  Float64Array: TYPED_ARRAY,
  BigInt64Array: TYPED_ARRAY,
  BigUint64Array: TYPED_ARRAY,
};

/**
 * Members the isolate's V8 lacks (Node 20) that the prelude adds as plain JavaScript, so the
 * allow-list above may name them: `Object.groupBy`, `Map.groupBy`, `Promise.withResolvers`.
 */
export const PRELUDE_MEMBERS: Readonly<Record<string, readonly string[]>> = {
  Object: ["groupBy"],
  Map: ["groupBy"],
  Promise: ["withResolvers"],
};

/**
 * In the isolate, but refused by the audit. `db` is the skill contract's store, checked by the
 * audit's own db rules. `Function` and `eval` are stand-ins that throw and record the attempt,
 * so that a reviewer's `--no-audit` run still sees it. `globalThis`, `Proxy` and `Reflect` reach
 * nothing the frozen intrinsics do not already give; they stay so that code run without the
 * audit (a reviewer's trial, the attack stories) meets the runtime's own defences.
 */
export const RUNTIME_ONLY_GLOBALS: Readonly<Record<string, GlobalSource>> = {
  db: "host-copy",
  Function: "prelude",
  eval: "prelude",
  globalThis: "v8",
  Proxy: "v8",
  Reflect: "v8",
};

/** Every name on an isolate's global object once the prelude has run, and where it comes from. */
export function isolateGlobals(): ReadonlyMap<string, GlobalSource> {
  const out = new Map<string, GlobalSource>();
  for (const [name, g] of Object.entries(SKILL_GLOBALS)) out.set(name, g.source);
  for (const [name, source] of Object.entries(RUNTIME_ONLY_GLOBALS)) out.set(name, source);
  return out;
}
