// The code that runs inside every isolate before the skill: it strips code generation, shared
// memory, WebAssembly and late callbacks, freezes the intrinsics, and builds `db` and `console`
// on one host callback that takes and returns JSON text. It keeps only the globals the one table
// (src/contract/globals.ts) lists, and builds the standard ones V8 lacks (prelude-clone.ts,
// prelude-text.ts, prelude-web.ts; the last on a copy-only host service). It is a function
// expression called with that service's callback, and leaves one global, `__skillforge_boot(host,
// limitsJson, report)`, which removes itself and returns `[init, start, logsOf]` to the host. Everything
// else lives in the closure, out of the skill's reach.
//
// Threats named here: constructor chains to a Function that compiles strings (every Function
// constructor is replaced), `Error.prepareStackTrace` (Error is frozen), prototype tampering that
// would reach the next call (intrinsics frozen), WebAssembly memory that bypasses the heap limit,
// FinalizationRegistry callbacks that run after the call ended, and results whose getters,
// `toJSON`, thenables or Proxies would otherwise run in the host (serialized here, under the limit).
import { isolateGlobals } from "../contract/index.js";
import { CLONE_BUILDER } from "./prelude-clone.js";
import { TEXT_BUILDER } from "./prelude-text.js";
import { WEB_BUILDER } from "./prelude-web.js";

const V8_NAMES = JSON.stringify([...isolateGlobals()].filter(([, source]) => source === "v8").map(([name]) => name));
const BUILT = JSON.stringify([...isolateGlobals()].filter(([, source]) => source !== "v8").map(([name]) => name));

export const PRELUDE = String.raw`(function (service) {
"use strict";
let host = null;
let limits = null;
const G = globalThis;
const O = Object, R = Reflect;
const freeze = O.freeze, defineProperty = O.defineProperty, getOwnPropertyDescriptor = O.getOwnPropertyDescriptor;
const getPrototypeOf = O.getPrototypeOf, ownKeys = R.ownKeys, apply = R.apply, hasOwn = O.hasOwn;
const stringify = JSON.stringify, parse = JSON.parse;
const PromiseC = Promise, MapC = Map, WeakSetC = WeakSet, ErrorC = Error, TypeErrorC = TypeError, StringC = String;

// What the audit refuses statically, the runtime records when it is tried anyway: the attempt
// throws (as before) and also fails the call, even when the skill catches the exception. An
// attempt at module load marks every call of that isolate.
let refusal = null, loadRefusal = null, loading = true;
function refuse(what) {
  if (refusal === null) refusal = what;
  if (loading && loadRefusal === null) loadRefusal = what;
}
function fakeConstructor(name, proto) {
  const fake = function () {
    refuse("code generation (" + name + ")");
    throw new TypeErrorC(name + " is not available to skills (no code from strings)");
  };
  defineProperty(fake, "name", { value: name });
  defineProperty(fake, "prototype", { value: proto, writable: false });
  return fake;
}
const FunctionProto = Function.prototype;
const SafeFunction = fakeConstructor("Function", FunctionProto);
defineProperty(FunctionProto, "constructor", { value: SafeFunction, writable: true, configurable: true });
const sources = [
  ["AsyncFunction", async function () {}],
  ["GeneratorFunction", function* () {}],
  ["AsyncGeneratorFunction", async function* () {}],
];
for (const [name, fn] of sources) {
  const proto = getPrototypeOf(fn);
  defineProperty(proto, "constructor", { value: fakeConstructor(name, proto), writable: false, configurable: true });
}
// One table of globals (src/contract/globals.ts): V8's own are kept only when listed; the rest
// (WebAssembly, SharedArrayBuffer, Atomics, FinalizationRegistry, WeakRef, V8's console, escape…)
// are removed, and the prelude's own are defined below.
const KEEP_V8 = new Set(${V8_NAMES});
for (const name of ownKeys(G)) if (typeof name !== "string" || !KEEP_V8.has(name)) delete G[name];
defineProperty(G, "Function", { value: SafeFunction, writable: true, configurable: true });
// eval stays a name so that calling it, directly or not, is seen and recorded.
const fakeEval = function () {
  refuse("code generation (eval)");
  throw new TypeErrorC("eval is not available to skills (no code from strings)");
};
defineProperty(fakeEval, "name", { value: "eval" });
defineProperty(G, "eval", { value: fakeEval, writable: false, configurable: false });

// Assigning e.g. this.name in an Error subclass must keep working once prototypes are frozen:
// these data properties become accessors whose setter defines an own property on the instance.
function tame(obj, key) {
  const d = getOwnPropertyDescriptor(obj, key);
  if (d === undefined || !("value" in d)) return;
  const value = d.value;
  defineProperty(obj, key, {
    get: function () { return value; },
    set: function (v) {
      if (this === obj) {
        refuse("a write to a frozen intrinsic (" + StringC(key) + ")");
        throw new TypeErrorC("Cannot assign to read only property '" + StringC(key) + "'");
      }
      if (hasOwn(this, key)) { const own = getOwnPropertyDescriptor(this, key); if (own.writable) { defineProperty(this, key, { value: v }); return; } throw new TypeErrorC("Cannot assign to read only property '" + StringC(key) + "'"); }
      defineProperty(this, key, { value: v, writable: true, enumerable: true, configurable: true });
    },
    enumerable: d.enumerable,
    configurable: false,
  });
}
const errorCtors = [Error, TypeError, RangeError, SyntaxError, ReferenceError, EvalError, URIError, AggregateError];
for (const key of ["constructor", "toString", "valueOf", "toLocaleString", "hasOwnProperty", "isPrototypeOf", "propertyIsEnumerable"]) tame(O.prototype, key);
for (const C of errorCtors) for (const key of ["name", "message", "constructor", "toString"]) tame(C.prototype, key);
for (const key of ["constructor", "toString"]) { tame(FunctionProto, key); tame(Array.prototype, key); }
tame(Promise.prototype, "constructor");
// Absent properties cannot be watched once frozen; this one is a known hook, so it is present,
// undefined, and watched.
defineProperty(Error, "prepareStackTrace", { value: undefined, writable: true, configurable: true });
tame(Error, "prepareStackTrace");

// Methods of intrinsics (Array.prototype.map, JSON.parse, Math.random…) become accessors too, so
// replacing one is seen. Left as data: Symbol-keyed methods, then/next/exec and the constructors,
// whose replacement V8 watches to keep its fast paths (iteration, promises, regular expressions).
const KEEP_DATA = new Set(["then", "next", "exec", "constructor", "prototype", "length", "name"]);
function tameMethods(o) {
  for (const k of ownKeys(o)) {
    if (typeof k !== "string" || KEEP_DATA.has(k)) continue;
    const d = getOwnPropertyDescriptor(o, k);
    if (d !== undefined && d.configurable && typeof d.value === "function") tame(o, k);
  }
}
const TAME_LIST = [O.prototype, Array.prototype, JSON, Math];
const seen = new WeakSetC();
function harden(root) {
  const stack = [root];
  while (stack.length > 0) {
    const o = stack.pop();
    if (o === null || (typeof o !== "object" && typeof o !== "function") || seen.has(o)) continue;
    seen.add(o);
    freeze(o);
    const keys = ownKeys(o);
    // A built-in method has only length and name: frozen above, nothing inside to walk.
    if (typeof o === "function" && keys.length <= 2 && !hasOwn(o, "prototype")) continue;
    stack.push(getPrototypeOf(o));
    for (const k of keys) {
      const d = getOwnPropertyDescriptor(o, k);
      if (d === undefined) continue;
      if ("value" in d) stack.push(d.value); else { stack.push(d.get); stack.push(d.set); }
    }
  }
}
// Members newer than this V8 that the allow-list names (PRELUDE_MEMBERS), in plain JavaScript.
const dataProp = (o, k, v) => defineProperty(o, k, { value: v, writable: true, enumerable: true, configurable: true });
const addMember = (o, k, f) => { if (!hasOwn(o, k)) defineProperty(o, k, { value: f, writable: true, configurable: true }); };
addMember(O, "groupBy", function groupBy(items, keyOf) {
  const out = O.create(null);
  let i = 0;
  for (const item of items) {
    const k = keyOf(item, i++), key = typeof k === "symbol" ? k : StringC(k);
    if (hasOwn(out, key)) out[key].push(item); else dataProp(out, key, [item]);
  }
  return out;
});
addMember(MapC, "groupBy", function groupBy(items, keyOf) {
  const out = new MapC();
  let i = 0;
  for (const item of items) { const k = keyOf(item, i++); if (out.has(k)) out.get(k).push(item); else out.set(k, [item]); }
  return out;
});
addMember(PromiseC, "withResolvers", function withResolvers() {
  let resolve, reject;
  const promise = new this((a, b) => { resolve = a; reject = b; });
  return { promise, resolve, reject };
});
// The standard web globals the table lists as built here (structuredClone, TextEncoder, URL…).
const built = O.assign({ structuredClone: (${CLONE_BUILDER})() }, (${TEXT_BUILDER})(), (${WEB_BUILDER})(service));
for (const name of ${BUILT}) if (hasOwn(built, name)) defineProperty(G, name, { value: built[name], writable: true, configurable: true });

const roots = [];
for (const k of ownKeys(G)) if (k !== "globalThis") roots.push(getOwnPropertyDescriptor(G, k).value);
for (const [, fn] of sources) roots.push(fn, getPrototypeOf(fn()));
roots.push(getPrototypeOf([][Symbol.iterator]()), getPrototypeOf(new MapC()[Symbol.iterator]()),
  getPrototypeOf(new Set()[Symbol.iterator]()), getPrototypeOf(""[Symbol.iterator]()),
  getPrototypeOf(/x/[Symbol.matchAll]("")), getPrototypeOf(function () {}));
// Taming every object harden reaches costs 10 ms per isolate: these are the ones code reaches
// for when it replaces a built-in (Array.prototype.map, JSON.parse, Math.random, Object.keys).
for (const r of TAME_LIST) tameMethods(r);
for (const r of roots) harden(r);

function describe(e) {
  try {
    if (e !== null && typeof e === "object") {
      const m = e.message, n = e.name;
      const text = (typeof n === "string" ? n + ": " : "") + (typeof m === "string" ? m : "error");
      return text.slice(0, 2000);
    }
    return StringC(e).slice(0, 2000);
  } catch (_) {
    return "unprintable error";
  }
}

let logs = [], logChars = 0, logsCut = false;
function format(v) {
  if (typeof v === "string") return v;
  try { const s = stringify(v); return s === undefined ? StringC(v) : s; } catch (_) {
    try { return StringC(v); } catch (_2) { return "[unprintable]"; }
  }
}
function writer(prefix) {
  return function (...args) {
    // A call's logs are what it wrote until its method settled (the outcome is reported then).
    if (logsCut || outcome !== null) return;
    // Lines are capped as well as characters: a million empty lines cost the host a million strings.
    if (logs.length >= limits.consoleLines) { logsCut = true; logs.push("[console output truncated]"); return; }
    let line = prefix;
    for (let i = 0; i < args.length && line.length <= limits.consoleBytes; i++) line += (i > 0 ? " " : "") + format(args[i]);
    const room = limits.consoleBytes - logChars;
    if (line.length + 1 > room) { line = line.slice(0, room > 0 ? room : 0); logsCut = true; }
    logChars += line.length + 1;
    logs.push(line);
    if (logsCut) logs.push("[console output truncated]");
  };
}
defineProperty(G, "console", { value: freeze({ log: writer(""), info: writer("info: "), warn: writer("warn: "), error: writer("error: "), debug: writer("debug: ") }) });

// active: the method is running (db calls allowed). breach: a cap this call hit, which fails the
// call with SANDBOX_LIMIT whatever the skill did with the refusal.
let callsLeft = 0, active = false, returned = false, breach = null;
function plainOnly(key, value) {
  const t = typeof value;
  if (t === "function" || t === "symbol" || t === "bigint") throw new TypeErrorC("db arguments must be plain JSON (found a " + t + ")");
  return value;
}
// The host answers synchronously (the worker blocks on the service's reply), so a db call is a
// settled promise by the time the skill awaits it and a whole method call runs inside one entry.
function send(request) {
  if (!active) {
    // A getter or toJSON running while the result is serialized: the method has returned, and
    // what it did is final.
    if (returned && outcome === null && breach === null) breach = "a db call after the method returned";
    return PromiseC.reject(new ErrorC("db: no method call in progress"));
  }
  if (callsLeft <= 0) {
    if (breach === null) breach = "more than " + limits.dbCallsPerCall + " db calls in one method call";
    return PromiseC.reject(new ErrorC("db: limit of " + limits.dbCallsPerCall + " calls per method call reached"));
  }
  callsLeft--;
  let text;
  try { text = stringify(request, plainOnly); } catch (e) { return PromiseC.reject(new TypeErrorC("db: " + describe(e))); }
  if (typeof text !== "string" || text.length > limits.requestChars) return PromiseC.reject(new ErrorC("db: request too large"));
  const reply = host(text);
  let msg;
  try { msg = parse(reply); } catch (_) { return PromiseC.reject(new ErrorC("db: unreadable reply")); }
  if (msg !== null && msg.ok === true) return PromiseC.resolve(msg.value);
  return PromiseC.reject(new ErrorC(StringC(msg && msg.error)));
}
function query(request, methods) {
  let promise = null;
  const run = function () { if (promise === null) promise = send(request); return promise; };
  const api = {};
  for (const name of methods) api[name] = methodOf(name, request, api);
  api.then = function (ok, fail) { return run().then(ok, fail); };
  api.catch = function (fail) { return run().then(undefined, fail); };
  api.finally = function (f) { return run().finally(f); };
  return freeze(api);
}
function methodOf(name, request, api) {
  if (name === "eq") return function (field, value) { request.filters.push([field, value]); return api; };
  if (name === "order") return function (field, options) {
    request.order = { field: field, ascending: !(options !== null && typeof options === "object" && options.ascending === false) };
    return api;
  };
  return function (n) { request.limit = n; return api; };
}
const db = freeze({
  from: function (collection) {
    if (typeof collection !== "string") throw new TypeErrorC("db.from(collection) needs a collection name string");
    return freeze({
      select: function (fields) { return query({ op: "select", collection: collection, fields: fields === undefined ? null : fields, filters: [], order: null, limit: null }, ["eq", "order", "limit"]); },
      insert: function (row) { return query({ op: "insert", collection: collection, row: row }, []); },
      update: function (patch) { return query({ op: "update", collection: collection, patch: patch, filters: [] }, ["eq"]); },
    });
  },
});
defineProperty(G, "db", { value: db });

const exportsBox = O.create(null);
defineProperty(G, "__skillforge_exports", { value: exportsBox, configurable: true });
let skill = null;
function init() {
  delete G.__skillforge_exports;
  loading = false;
  try {
    let d = exportsBox.default;
    if (typeof d === "function") d = new d();
    if (d === null || typeof d !== "object") return freeze([false, "the module has no default export object or class"]);
    skill = d;
    return freeze([true, ""]);
  } catch (e) {
    return freeze([false, describe(e)]);
  }
}
// The outcome of the current call, handed to the host through the copy-only "report" callback the
// moment the method settles, inside the entry that began it ("start"): one string,
// "<logs><status><code>\n<text>", logs "L" when the call wrote any (read separately with "logsOf")
// else "-", status "1" for a result and "0" for a failure. No report by the end of that entry means
// the method's promise is still pending. Strings cross the boundary without a structured copy.
let outcome = null, report = null;
function done(ok, code, text) {
  active = false;
  if (refusal !== null) outcome = "0SANDBOX_CAPABILITY_DENIED\nthe skill tried " + refusal;
  else if (breach !== null) outcome = "0SANDBOX_LIMIT\n" + breach;
  else outcome = (ok ? "1" : "0") + code + "\n" + text;
  report((logs.length > 0 ? "L" : "-") + outcome);
}
async function run(method, argsText) {
  try {
    const fn = skill === null ? undefined : skill[method];
    if (typeof fn !== "function") return done(false, "SANDBOX_SKILL_ERROR", "the skill has no " + method + "() method");
    const value = await apply(fn, skill, parse(argsText));
    active = false;
    returned = true;
    let text;
    try { text = stringify(value); } catch (e) { return done(false, "SANDBOX_BAD_RESULT", "the result is not JSON: " + describe(e)); }
    if (text === undefined) text = "null";
    if (text.length > limits.resultBytes) return done(false, "SANDBOX_LIMIT", "the result is larger than " + limits.resultBytes + " bytes");
    return done(true, "", text);
  } catch (e) {
    return done(false, "SANDBOX_SKILL_ERROR", describe(e));
  }
}
function start(method, argsText) {
  logs = []; logChars = 0; logsCut = false; callsLeft = limits.dbCallsPerCall; active = true; returned = false; breach = null; refusal = loadRefusal; outcome = null;
  run(method, argsText);
}
function logsOf() {
  return logs.length === 0 ? "[]" : stringify(logs.slice(0, 100000));
}
defineProperty(G, "__skillforge_boot", {
  configurable: true,
  value: function (hostCallback, limitsText, reportCallback) {
    delete G.__skillforge_boot;
    host = hostCallback;
    report = reportCallback;
    limits = parse(limitsText);
    return freeze([init, start, logsOf]);
  },
});
})
`;
