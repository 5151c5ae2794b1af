// The audit's policy as data: which globals a skill may name, which of their members it may use,
// and which property names are never reachable. An allow-list: anything not named here is refused.
import { SKILL_GLOBALS } from "../contract/index.js";
import type { RuleId } from "./rules.js";

/** A global the sandbox provides and a skill may use. */
export interface SafeGlobal {
  /** Static members that may be read; `"*"` = every member (the object has no dangerous ones). */
  members: ReadonlySet<string> | "*";
  /** May be used as a plain value (`arr.map(Number)`); namespaces such as `Object` may not be aliased. */
  asValue: boolean;
}

const set = (...names: string[]): ReadonlySet<string> => new Set(names);

/** Built from the one table of globals (src/contract/globals.ts) that the sandbox prelude also follows. */
export const SAFE_GLOBALS: ReadonlyMap<string, SafeGlobal> = new Map<string, SafeGlobal>(
  Object.entries(SKILL_GLOBALS).map(([name, g]) => [
    name,
    { members: g.members === "*" ? "*" : new Set(g.members), asValue: g.asValue },
  ]),
);

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
