// `URL`, `URLSearchParams`, `crypto` and `performance` inside the isolate. Parsing a URL to the
// WHATWG standard and drawing random bytes from a CSPRNG are done by the worker (Node's own URL
// parser and crypto), through one copy-only host service: the guest passes strings and gets a
// string back (`host-services.ts`). The objects the guest holds are the isolate's own; their state
// is in private fields; no host object, Reference or ExternalCopy ever reaches the guest.
// `performance.now()` counts from the isolate's start with the clock `Date.now()` already gives,
// so it adds no finer timer (no new timing side channel).
// A script fragment: a function expression the prelude calls once with the service callback.
export const WEB_BUILDER = String.raw`function buildWeb(service) {
"use strict";
const O = Object, apply = Reflect.apply, gd = O.getOwnPropertyDescriptor, StringC = String, U8 = Uint8Array;
const ErrorC = Error, TypeErrorC = TypeError, parse = JSON.parse, stringify = JSON.stringify, dateNow = Date.now;
const defineProperty = O.defineProperty, WeakMapC = WeakMap, ArrayC = Array, iteratorKey = Symbol.iterator;
const TypedArrayProto = O.getPrototypeOf(U8.prototype);
const typedTag = gd(TypedArrayProto, Symbol.toStringTag).get, taBuffer = gd(TypedArrayProto, "buffer").get;
const taOffset = gd(TypedArrayProto, "byteOffset").get, taBytes = gd(TypedArrayProto, "byteLength").get;
const MAX_CHARS = 1 << 20, MAX_RANDOM = 65536;

function namedError(name, message) {
  const e = new ErrorC(message);
  defineProperty(e, "name", { value: name, writable: true, configurable: true });
  return e;
}
/** One host service call: "1" + result, or "0" + why it was refused. */
function call(name, a, b) {
  const reply = service(name, a, b);
  if (typeof reply !== "string" || reply[0] !== "1") return null;
  return reply.slice(1);
}
function text(v, what) {
  const s = StringC(v);
  if (s.length > MAX_CHARS) throw new TypeErrorC(what + " is longer than " + MAX_CHARS + " characters");
  return s;
}

// ── performance ─────────────────────────────────────────────────────────────────────────────
const origin = dateNow();
const performance = O.freeze({ now: function now() { return dateNow() - origin; } });

// ── crypto ──────────────────────────────────────────────────────────────────────────────────
const INTEGER_ARRAYS = ["Int8Array", "Uint8Array", "Uint8ClampedArray", "Int16Array", "Uint16Array", "Int32Array", "Uint32Array", "BigInt64Array", "BigUint64Array"];
function randomBytes(n) {
  const s = call("random", StringC(n), "");
  if (s === null || s.length !== n) throw new ErrorC("crypto: no random bytes available");
  const out = new U8(n);
  for (let i = 0; i < n; i++) out[i] = s.charCodeAt(i);
  return out;
}
const crypto = O.freeze({
  getRandomValues: function getRandomValues(array) {
    const tag = array !== null && typeof array === "object" ? apply(typedTag, array, []) : undefined;
    if (!INTEGER_ARRAYS.includes(tag)) throw namedError("TypeMismatchError", "crypto.getRandomValues needs an integer typed array");
    const n = apply(taBytes, array, []);
    if (n > MAX_RANDOM) throw namedError("QuotaExceededError", "crypto.getRandomValues gives at most " + MAX_RANDOM + " bytes at a time");
    new U8(apply(taBuffer, array, []), apply(taOffset, array, []), n).set(randomBytes(n));
    return array;
  },
  randomUUID: function randomUUID() {
    const b = randomBytes(16);
    b[6] = (b[6] & 0x0f) | 0x40;
    b[8] = (b[8] & 0x3f) | 0x80;
    let hex = "";
    for (let i = 0; i < 16; i++) hex += (b[i] < 16 ? "0" : "") + b[i].toString(16) + (i === 3 || i === 5 || i === 7 || i === 9 ? "-" : "");
    return hex;
  },
});

// ── URL and URLSearchParams ─────────────────────────────────────────────────────────────────
const PARTS = ["href", "origin", "protocol", "username", "password", "host", "hostname", "port", "pathname", "search", "hash"];
const urls = new WeakMapC(), queries = new WeakMapC();
function parseParts(input, base) {
  const reply = call("url.parse", text(input, "a URL"), base === undefined ? "" : "1" + text(base, "a base URL"));
  return reply === null ? null : parse(reply);
}
function stateOf(map, self, what) {
  const s = map.get(self);
  if (s === undefined) throw new TypeErrorC("not a " + what);
  return s;
}
function queryPairs(search) {
  const reply = call("query.parse", text(search, "a query"), "");
  return reply === null ? [] : parse(reply);
}

class URLSearchParams {
  constructor(init = undefined) {
    let list = [];
    if (init !== null && typeof init === "object") {
      if (typeof init[iteratorKey] === "function") {
        for (const pair of init) {
          const p = ArrayC.from(pair);
          if (p.length !== 2) throw new TypeErrorC("URLSearchParams: each pair needs exactly two items");
          list[list.length] = [StringC(p[0]), StringC(p[1])];
        }
      } else for (const k of O.keys(init)) list[list.length] = [k, StringC(init[k])];
    } else if (init !== undefined) {
      const s = StringC(init);
      list = queryPairs(s[0] === "?" ? s.slice(1) : s);
    }
    queries.set(this, { list, url: null });
  }
  get size() { return stateOf(queries, this, "URLSearchParams").list.length; }
  append(name, value) { const q = stateOf(queries, this, "URLSearchParams"); q.list[q.list.length] = [StringC(name), StringC(value)]; changed(q); }
  delete(name, value = undefined) {
    const q = stateOf(queries, this, "URLSearchParams"), n = StringC(name), v = value === undefined ? undefined : StringC(value);
    q.list = q.list.filter((p) => p[0] !== n || (v !== undefined && p[1] !== v));
    changed(q);
  }
  get(name) { const n = StringC(name), p = stateOf(queries, this, "URLSearchParams").list.find((x) => x[0] === n); return p === undefined ? null : p[1]; }
  getAll(name) { const n = StringC(name); return stateOf(queries, this, "URLSearchParams").list.filter((x) => x[0] === n).map((x) => x[1]); }
  has(name, value = undefined) {
    const n = StringC(name), v = value === undefined ? undefined : StringC(value);
    return stateOf(queries, this, "URLSearchParams").list.some((p) => p[0] === n && (v === undefined || p[1] === v));
  }
  set(name, value) {
    const q = stateOf(queries, this, "URLSearchParams"), n = StringC(name), v = StringC(value);
    const i = q.list.findIndex((p) => p[0] === n);
    if (i < 0) q.list[q.list.length] = [n, v];
    else q.list = q.list.filter((p, j) => j <= i || p[0] !== n).map((p, j) => (j === i ? [n, v] : p));
    changed(q);
  }
  sort() {
    const q = stateOf(queries, this, "URLSearchParams");
    q.list = q.list.map((p, i) => [p, i]).sort((a, b) => (a[0][0] < b[0][0] ? -1 : a[0][0] > b[0][0] ? 1 : a[1] - b[1])).map((x) => x[0]);
    changed(q);
  }
  forEach(fn, thisArg = undefined) { for (const [k, v] of stateOf(queries, this, "URLSearchParams").list.slice()) apply(fn, thisArg, [v, k, this]); }
  *entries() { for (const [k, v] of stateOf(queries, this, "URLSearchParams").list.slice()) yield [k, v]; }
  *keys() { for (const [k] of stateOf(queries, this, "URLSearchParams").list.slice()) yield k; }
  *values() { for (const [, v] of stateOf(queries, this, "URLSearchParams").list.slice()) yield v; }
  [Symbol.iterator]() { return this.entries(); }
  toString() {
    const list = stateOf(queries, this, "URLSearchParams").list;
    return list.length === 0 ? "" : (call("query.format", text(stringify(list), "a query"), "") ?? "");
  }
}
/** A URL's own searchParams changed: its query follows (the standard's "update steps"). */
function changed(q) {
  if (q.url === null) return;
  const u = urls.get(q.url);
  const reply = call("url.set", u.parts[0], stringify(["search", q.list.length === 0 ? "" : (call("query.format", stringify(q.list), "") ?? "")]));
  if (reply !== null) u.parts = parse(reply);
}

class URL {
  constructor(input, base = undefined) {
    const parts = parseParts(input, base);
    if (parts === null) throw new TypeErrorC("Invalid URL");
    urls.set(this, { parts, query: null });
  }
  static canParse(input, base = undefined) {
    try { return parseParts(input, base) !== null; } catch (_) { return false; }
  }
  static parse(input, base = undefined) {
    try { return new URL(input, base); } catch (_) { return null; }
  }
  get searchParams() {
    const u = stateOf(urls, this, "URL");
    if (u.query === null) {
      u.query = new URLSearchParams(u.parts[9]);
      queries.get(u.query).url = this;
    }
    return u.query;
  }
  toString() { return stateOf(urls, this, "URL").parts[0]; }
  toJSON() { return stateOf(urls, this, "URL").parts[0]; }
}
PARTS.forEach((name, i) => {
  const get = function () { return stateOf(urls, this, "URL").parts[i]; };
  const set = function (value) {
    const u = stateOf(urls, this, "URL");
    const reply = call("url.set", u.parts[0], stringify([name, text(value, "a URL part")]));
    if (reply === null) { if (name === "href") throw new TypeErrorC("Invalid URL"); return; }
    u.parts = parse(reply);
    if (u.query !== null) queries.get(u.query).list = queryPairs(u.parts[9].slice(1));
  };
  defineProperty(URL.prototype, name, name === "origin" ? { get, enumerable: true, configurable: true } : { get, set, enumerable: true, configurable: true });
});
return { performance, crypto, URL, URLSearchParams };
}`;
