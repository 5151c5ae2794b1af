// The audit's policy as data: which globals a skill may name, which of their members it may use,
// and which property names are never reachable. An allow-list: anything not named here is refused.
import type { RuleId } from "./rules.js";

/** A global the sandbox provides and a skill may use. */
export interface SafeGlobal {
  /** Static members that may be read; `"*"` = every member (the object has no dangerous ones). */
  members: ReadonlySet<string> | "*";
  /** May be used as a plain value (`arr.map(Number)`); namespaces such as `Object` may not be aliased. */
  asValue: boolean;
}

const ALL = "*" as const;
const set = (...names: string[]): ReadonlySet<string> => new Set(names);
const NONE = set();

const fn = (members: ReadonlySet<string> | "*" = NONE): SafeGlobal => ({ members, asValue: true });
const ns = (members: ReadonlySet<string> | "*"): SafeGlobal => ({ members, asValue: false });

const TYPED_ARRAY = ns(set("from", "of", "BYTES_PER_ELEMENT"));

export const SAFE_GLOBALS: ReadonlyMap<string, SafeGlobal> = new Map<string, SafeGlobal>([
  ["undefined", fn()],
  ["NaN", fn()],
  ["Infinity", fn()],
  ["Math", ns(ALL)],
  ["JSON", ns(set("parse", "stringify", "rawJSON", "isRawJSON"))],
  ["Intl", ns(ALL)],
  ["console", ns(ALL)], // the sandbox captures log/info/warn/error; the rest are harmless
  ["Number", fn(ALL)],
  ["String", fn(set("fromCharCode", "fromCodePoint", "raw"))],
  ["Boolean", fn()],
  ["BigInt", fn(set("asIntN", "asUintN"))],
  ["parseInt", fn()],
  ["parseFloat", fn()],
  ["isNaN", fn()],
  ["isFinite", fn()],
  ["encodeURIComponent", fn()],
  ["decodeURIComponent", fn()],
  ["encodeURI", fn()],
  ["decodeURI", fn()],
  ["structuredClone", fn()],
  // Web APIs that are harmless if present (the sandbox decides whether it provides them).
  ["crypto", ns(set("randomUUID", "getRandomValues"))],
  ["performance", ns(set("now"))],
  ["TextEncoder", ns(NONE)],
  ["TextDecoder", ns(NONE)],
  ["URL", ns(set("canParse", "parse"))],
  ["URLSearchParams", ns(NONE)],
  // Object: the data helpers only. defineProperty, getPrototypeOf & co. are refused by name below.
  [
    "Object",
    ns(
      set(
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
      ),
    ),
  ],
  ["Array", ns(set("isArray", "from", "of", "fromAsync"))],
  ["Date", ns(set("now", "parse", "UTC"))],
  ["Promise", ns(set("all", "allSettled", "any", "race", "resolve", "reject", "withResolvers"))],
  ["Map", ns(set("groupBy"))],
  ["Set", ns(NONE)],
  ["WeakMap", ns(NONE)],
  ["WeakSet", ns(NONE)],
  ["RegExp", ns(set("escape"))],
  ["Symbol", ns(set("iterator", "asyncIterator"))],
  ["Iterator", ns(set("from"))],
  ["Error", ns(NONE)],
  ["TypeError", ns(NONE)],
  ["RangeError", ns(NONE)],
  ["SyntaxError", ns(NONE)],
  ["ReferenceError", ns(NONE)],
  ["URIError", ns(NONE)],
  ["EvalError", ns(NONE)],
  ["AggregateError", ns(NONE)],
  ["ArrayBuffer", ns(set("isView"))],
  ["DataView", ns(NONE)],
  ["Uint8Array", TYPED_ARRAY],
  ["Uint8ClampedArray", TYPED_ARRAY],
  ["Int8Array", TYPED_ARRAY],
  ["Uint16Array", TYPED_ARRAY],
  ["Int16Array", TYPED_ARRAY],
  ["Uint32Array", TYPED_ARRAY],
  ["Int32Array", TYPED_ARRAY],
  ["Float32Array", TYPED_ARRAY],
  ["Float64Array", TYPED_ARRAY],
  ["BigInt64Array", TYPED_ARRAY],
  ["BigUint64Array", TYPED_ARRAY],
]);

/** Globals refused with a specific rule (everything else unknown is `unknown-global`). */
export const BLOCKED_GLOBALS: ReadonlyMap<string, RuleId> = new Map<string, RuleId>([
  ...(["eval", "Function", "AsyncFunction", "GeneratorFunction", "AsyncGeneratorFunction"] as const).map(
    (n) => [n, "dynamic-code"] as [string, RuleId],
  ),
  ...["require", "module", "exports", "__dirname", "__filename", "importScripts"].map(
    (n) => [n, "module-loading"] as [string, RuleId],
  ),
  ...[
    "process",
    "globalThis",
    "global",
    "self",
    "window",
    "frames",
    "parent",
    "top",
    "Buffer",
    "Deno",
    "Bun",
    "navigator",
    "document",
    "location",
    "fetch",
    "XMLHttpRequest",
    "WebSocket",
    "$262",
  ].map((n) => [n, "host-access"] as [string, RuleId]),
  ["Proxy", "reflection"],
  ["Reflect", "reflection"],
  ["WebAssembly", "webassembly"],
  ["SharedArrayBuffer", "shared-memory"],
  ["Atomics", "shared-memory"],
  ...[
    "setTimeout",
    "setInterval",
    "setImmediate",
    "clearTimeout",
    "clearInterval",
    "clearImmediate",
    "queueMicrotask",
    "requestAnimationFrame",
  ].map((n) => [n, "timers"] as [string, RuleId]),
]);

/**
 * Property names that are never reachable, on any object, in any spelling (dotted, computed,
 * destructured, optional, folded from a constant expression).
 */
export const DENIED_MEMBERS: ReadonlyMap<string, RuleId> = new Map<string, RuleId>([
  ["constructor", "dynamic-code"],
  ["eval", "dynamic-code"],
  ["Function", "dynamic-code"],
  ["__proto__", "prototype-mutation"],
  ["prototype", "prototype-mutation"],
  ["__defineGetter__", "prototype-mutation"],
  ["__defineSetter__", "prototype-mutation"],
  ["__lookupGetter__", "prototype-mutation"],
  ["__lookupSetter__", "prototype-mutation"],
  ["defineProperty", "prototype-mutation"],
  ["defineProperties", "prototype-mutation"],
  ["setPrototypeOf", "prototype-mutation"],
  ["getPrototypeOf", "reflection"],
  ["getOwnPropertyDescriptor", "reflection"],
  ["getOwnPropertyDescriptors", "reflection"],
  ["getOwnPropertyNames", "reflection"],
  ["getOwnPropertySymbols", "reflection"],
  ["prepareStackTrace", "stack-trace-api"],
  ["captureStackTrace", "stack-trace-api"],
  ["stackTraceLimit", "stack-trace-api"],
  ["globalThis", "host-access"],
]);

/** Well-known symbols that change how built-ins behave (`Symbol.species`, `Symbol.toPrimitive` …). */
export const SYMBOL_TRICKS: ReadonlySet<string> = set(
  "species",
  "toPrimitive",
  "hasInstance",
  "unscopables",
  "isConcatSpreadable",
  "toStringTag",
  "match",
  "matchAll",
  "replace",
  "search",
  "split",
  "for",
  "keyFor",
);

/**
 * A plain string literal equal to one of these is refused wherever it appears (except as an
 * object-literal key): the only use of such a string is to reach the member by a computed key.
 * `prototype`, `caller` and `callee` are left out: they are ordinary words in data.
 */
export const DENIED_LITERALS: ReadonlySet<string> = set(
  "constructor",
  "__proto__",
  "__defineGetter__",
  "__defineSetter__",
  "__lookupGetter__",
  "__lookupSetter__",
  "prepareStackTrace",
  "captureStackTrace",
  "getPrototypeOf",
  "setPrototypeOf",
  "defineProperty",
  "getOwnPropertyDescriptor",
);

/** Fragments whose presence in a dynamic computed key suggests a split-up `constructor`/`__proto__`. */
export const DENIED_KEY_STEMS: readonly string[] = ["constructor", "__proto__", "prototype"];

/**
 * Method names of built-in prototypes: `x.map[k]` reaches a function, so a dynamic key on it is
 * refused (a function's dynamic key can be `constructor`).
 */
export const BUILTIN_METHOD_NAMES: ReadonlySet<string> = set(
  "map",
  "filter",
  "reduce",
  "reduceRight",
  "forEach",
  "push",
  "pop",
  "shift",
  "unshift",
  "slice",
  "splice",
  "concat",
  "join",
  "toString",
  "toLocaleString",
  "valueOf",
  "hasOwnProperty",
  "isPrototypeOf",
  "propertyIsEnumerable",
  "call",
  "apply",
  "bind",
  "then",
  "catch",
  "finally",
  "toFixed",
  "split",
  "replace",
  "replaceAll",
  "match",
  "matchAll",
  "test",
  "exec",
  "sort",
  "reverse",
  "indexOf",
  "includes",
  "find",
  "findIndex",
  "findLast",
  "some",
  "every",
  "flat",
  "flatMap",
  "fill",
  "at",
  "charAt",
  "charCodeAt",
  "trim",
  "padStart",
  "padEnd",
  "repeat",
  "startsWith",
  "endsWith",
  "toUpperCase",
  "toLowerCase",
  "getTime",
  "toISOString",
  "fromCharCode",
  "stringify",
  "parse",
  "log",
  "now",
  "assign",
  "freeze",
  "fromEntries",
  "isArray",
);
