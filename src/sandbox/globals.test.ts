// The one table of globals (src/contract/globals.ts) checked against a real isolate: every global
// a skill may use is there and works, every member the audit allows exists, and nothing that the
// table does not list is reachable from globalThis.
import { afterAll, describe, expect, it } from "vitest";
import { isolateGlobals, PRELUDE_MEMBERS, SKILL_GLOBALS } from "../contract/index.js";
import { createMemoryRecordStore } from "./memory-store.js";
import { createSandbox } from "./sandbox.js";

const sandbox = createSandbox({ store: createMemoryRecordStore(), workers: 1, limits: { callTimeoutMs: 3_000 } });
afterAll(() => sandbox.close());

const tenantId = "00000000-0000-4000-8000-0000000000e1";
let n = 0;
const run = async (body: string) => {
  const source = `export default { getActions() { return []; }, async executeAction() { return null; },
  async getData() { ${body} }, async getInsights() { return []; } };`;
  return sandbox.call({
    versionId: `custom-globals@1.0.${++n}`,
    source,
    capabilities: [],
    scope: { tenantId, skillId: "00000000-0000-4000-8000-0000000000e2" },
    ctx: { tenantId, config: {}, now: "2024-01-15T10:00:00.000Z" },
    method: "getData",
  });
};

/** One use of each allowed global that is true only when it works as the standard says. */
const PROBES: Record<string, string> = {
  undefined: `undefined === void 0`,
  NaN: `NaN !== NaN`,
  Infinity: `1 / 0 === Infinity`,
  Math: `Math.max(1, 3) === 3`,
  JSON: `JSON.stringify(JSON.parse('{"a":[1]}')) === '{"a":[1]}'`,
  Intl: `new Intl.NumberFormat("en-US").format(1234.5) === "1,234.5"`,
  console: `(console.log("x"), console.info("x"), console.warn("x"), console.error("x"), console.debug("x"), true)`,
  Number: `Number("42") === 42 && Number.isInteger(4)`,
  String: `String.fromCharCode(65) === "A" && String.raw\`a\\nb\`.length === 4`,
  Boolean: `Boolean(1) === true`,
  BigInt: `BigInt.asUintN(8, 257n) === 1n`,
  parseInt: `parseInt("12px") === 12`,
  parseFloat: `parseFloat("1.5") === 1.5`,
  isNaN: `isNaN("x")`,
  isFinite: `isFinite(1)`,
  encodeURIComponent: `encodeURIComponent("a b") === "a%20b"`,
  decodeURIComponent: `decodeURIComponent("a%20b") === "a b"`,
  encodeURI: `encodeURI("a b") === "a%20b"`,
  decodeURI: `decodeURI("a%20b") === "a b"`,
  structuredClone: `(() => { const a = { d: new Date(5), m: new Map([[1, new Set([2])]]), u: new Uint8Array([1, 2]) }; a.self = a;
    const c = structuredClone(a); return c !== a && c.self === c && c.d.getTime() === 5 && c.m.get(1).has(2) && c.u[1] === 2; })()`,
  crypto: `(() => { const u = crypto.randomUUID(), b = crypto.getRandomValues(new Uint8Array(32));
    return /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/.test(u) && u !== crypto.randomUUID() && b.some((x) => x !== 0); })()`,
  performance: `typeof performance.now() === "number" && performance.now() >= 0`,
  TextEncoder: `new TextEncoder().encode("ż€😀").length === 9`,
  TextDecoder: `new TextDecoder().decode(new Uint8Array([0xc5, 0xbc, 0xff, 0x41])) === "ż\\ufffdA"`,
  URL: `(() => { const u = new URL("../b?x=1#h", "https://user@example.com:8080/a/c"); u.hash = "z";
    return u.href === "https://user@example.com:8080/b?x=1#z" && u.port === "8080" && URL.canParse("nope") === false && URL.parse("x") === null; })()`,
  URLSearchParams: `(() => { const u = new URL("https://e.com/?a=1&b=2"); u.searchParams.set("a", "x y"); u.searchParams.delete("b");
    const p = new URLSearchParams({ q: "1" }); p.append("q", "2");
    return u.search === "?a=x+y" && p.getAll("q").join() === "1,2" && p.toString() === "q=1&q=2"; })()`,
  Object: `Object.keys({ a: 1 }).length === 1 && Object.groupBy([1, 2, 3], (x) => (x % 2 ? "odd" : "even")).odd.length === 2`,
  Array: `Array.isArray(Array.from("ab"))`,
  Date: `Date.UTC(2024, 0, 1) === 1704067200000`,
  Promise: `typeof Promise.withResolvers().resolve === "function" && Promise.resolve(1) instanceof Promise`,
  Map: `Map.groupBy([1, 2, 3], (x) => x % 2).get(1).length === 2`,
  Set: `new Set([1, 1]).size === 1`,
  WeakMap: `new WeakMap().has({}) === false`,
  WeakSet: `new WeakSet().has({}) === false`,
  RegExp: `new RegExp("a+").test("caa")`,
  Symbol: `typeof Symbol.iterator === "symbol" && typeof Symbol.asyncIterator === "symbol"`,
  Error: `new Error("m").message === "m"`,
  TypeError: `new TypeError("m") instanceof Error`,
  RangeError: `new RangeError("m") instanceof Error`,
  SyntaxError: `new SyntaxError("m") instanceof Error`,
  ReferenceError: `new ReferenceError("m") instanceof Error`,
  URIError: `new URIError("m") instanceof Error`,
  EvalError: `new EvalError("m") instanceof Error`,
  AggregateError: `new AggregateError([], "m").message === "m"`,
  ArrayBuffer: `ArrayBuffer.isView(new Uint8Array(new ArrayBuffer(4)))`,
  DataView: `new DataView(new ArrayBuffer(4)).getInt8(0) === 0`,
};
const TYPED = ["Uint8Array", "Uint8ClampedArray", "Int8Array", "Uint16Array", "Int16Array", "Uint32Array", "Int32Array"];
for (const t of [...TYPED, "Float32Array", "Float64Array"])
  PROBES[t] = `${t}.from([1, 2]).length === 2 && ${t}.BYTES_PER_ELEMENT > 0`;
for (const t of ["BigInt64Array", "BigUint64Array"]) PROBES[t] = `${t}.of(1n, 2n)[1] === 2n`;

describe("the one table of globals", () => {
  it("has a working probe for every global a skill may use", () => {
    expect(Object.keys(PROBES).sort()).toEqual(Object.keys(SKILL_GLOBALS).sort());
  });

  it("every allowed global works inside the isolate", async () => {
    const checks = Object.entries(PROBES)
      .map(
        ([name, probe]) =>
          `try { out[${JSON.stringify(name)}] = (${probe}) === true; } catch (e) { out[${JSON.stringify(name)}] = String(e); }`,
      )
      .join("\n");
    const outcome = await run(`const out = {};\n${checks}\nreturn out;`);
    expect(outcome.ok, JSON.stringify(outcome)).toBe(true);
    const failed = Object.entries(outcome.ok ? (outcome.value as Record<string, unknown>) : {}).filter(([, ok]) => ok !== true);
    expect(failed).toEqual([]);
  });

  it("every member the audit allows exists in the isolate", async () => {
    const listed = Object.entries(SKILL_GLOBALS).flatMap(([name, g]) =>
      g.members === "*" ? [] : g.members.map((m) => [name, m]),
    );
    const outcome = await run(
      `return ${JSON.stringify(listed)}.filter(([g, m]) => typeof globalThis[g][m] === "undefined").map((x) => x.join("."));`,
    );
    expect(outcome).toMatchObject({ ok: true, value: [] });
    // The members the prelude adds are on the allow-list (else they would be dead weight).
    for (const [name, members] of Object.entries(PRELUDE_MEMBERS))
      for (const m of members) expect(SKILL_GLOBALS[name]?.members).toContain(m);
  });

  it("nothing else is reachable from globalThis", async () => {
    const outcome = await run(`return Reflect.ownKeys(globalThis).map(String);`);
    expect(outcome.ok).toBe(true);
    expect(new Set(outcome.ok ? (outcome.value as string[]) : [])).toEqual(new Set(isolateGlobals().keys()));
  });
});
