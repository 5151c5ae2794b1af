// Attack stories against the standard globals the sandbox builds (src/contract/globals.ts):
// structuredClone, TextEncoder/TextDecoder, URL/URLSearchParams, crypto, performance.
// Defence: each is written inside the isolate, or on a copy-only host service (strings in, a
// string out) whose arguments are type-checked and capped; inputs are told apart by brand checks,
// never by what they say about themselves; the objects are frozen like every other intrinsic.
import { afterAll, afterEach, describe, expect, it } from "vitest";
import { ATTACKER, createHarness, hostile } from "./harness.js";

const h = createHarness();
/** For the one story whose isolate-side work needs more than 500 ms on a busy machine. */
const roomy = createHarness({ callTimeoutMs: 5_000 });
afterEach(() => h.expectContained());
afterAll(() => Promise.all([h.sandbox.close(), roomy.sandbox.close()]));

const recordedCodeGeneration = {
  ok: false,
  code: "SANDBOX_CAPABILITY_DENIED",
  violations: [{ op: "runtime", capability: "runtime:code generation" }],
};
/** The name of what `expr` throws, or "none". */
const thrown = (expr: string) => `(() => { try { ${expr}; return "none"; } catch (e) { return e.name + ": " + e.message; } })()`;

describe("structuredClone", () => {
  it("attack clone(anything).constructor.constructor('return process')() → refused because a clone holds only the isolate's own intrinsics, whose Function is the stand-in", async () => {
    const out = await h.attack(
      hostile(`const c = structuredClone({ a: new Date(), e: new Error("x"), m: new Map() });
      try { return [c.constructor, c.a.constructor, c.e.constructor, c.m.constructor].map((k) => k.constructor("return typeof process")()); } catch (e) { return "caught"; }`),
    );
    expect(out).toMatchObject(recordedCodeGeneration);
  });

  it("attack cloning functions, symbols, WeakMaps, promises and transfer lists → refused with DataCloneError, as in a browser", async () => {
    const cases = ["() => 1", "Symbol('s')", "{ f() {} }", "new WeakMap()", "Promise.resolve(1)", "Object(Symbol('s'))"];
    const out = await h.attack(
      hostile(
        `return [${cases.map((c) => thrown(`structuredClone(${c})`)).join(", ")}, ${thrown(`structuredClone(new ArrayBuffer(8), { transfer: [new ArrayBuffer(8)] })`)}];`,
      ),
    );
    expect(out.ok).toBe(true);
    expect(out.ok && (out.value as string[]).every((s) => s.startsWith("DataCloneError"))).toBe(true);
  });

  it("attack an own __proto__ key and a fake Map/Date in the cloned data → refused because keys are defined as data and types are told by brand checks", async () => {
    const out = await h.attack(
      hostile(`const c = structuredClone(JSON.parse('{"__proto__": {"polluted": 1}, "d": {"getTime": 1}}'));
      const fake = structuredClone({ size: 3, byteLength: 8, source: "x", get flags() { return "g"; } });
      return [Object.getPrototypeOf(c) === Object.prototype, Object.hasOwn(c, "__proto__"), c.polluted, ({}).polluted,
        fake instanceof Map, fake instanceof Date, Object.keys(fake).join()];`),
    );
    expect(out).toMatchObject({ ok: true, value: [true, true, null, null, false, false, "size,byteLength,source,flags"] });
  });

  it("attack cloning a structure too deep or too big → the call fails inside its own limits, the worker serves the next tenant", async () => {
    // Building 100,000 nested objects takes a few hundred ms of the isolate's own time: on a
    // loaded machine that overruns this file's 500 ms cap, so this story runs under the product's
    // call cap (5 s) — the refusal it shows comes from the clone's own limit, not a timeout. The
    // clone that never ends (the second attack) fails under the usual cap either way.
    const deep = await roomy.attack(
      hostile(`let o = {}; for (let i = 0; i < 1e5; i++) o = { o }; return ${thrown("structuredClone(o)")};`),
    );
    expect(deep).toMatchObject({ ok: true, value: expect.stringMatching(/^RangeError/) });
    const big = await h.attack(
      hostile(`const a = []; for (let i = 0; i < 2e5; i++) a.push("x".repeat(64) + i); const all = [];
      for (;;) all.push(structuredClone(a));`),
    );
    expect(big).toMatchObject({ ok: false, code: expect.stringMatching(/SANDBOX_MEMORY|SANDBOX_TIMEOUT/) });
    await roomy.expectContained();
  });
});

describe("URL and URLSearchParams (parsed by the worker through a copy-only service)", () => {
  it("attack a URL of 100 MB sent to the host parser → refused in the isolate before any host work (a TypeError)", async () => {
    const out = await h.attack(
      hostile(`const s = "https://e.com/" + "a".repeat(2 ** 20); return [${thrown("new URL(s)")}, URL.canParse(s)];`),
    );
    expect(out).toMatchObject({ ok: true, value: [expect.stringMatching(/^TypeError: .*longer than/), false] });
  });

  it("attack a loop of host URL parses to hold the worker's thread → refused because host work runs inside the call's own entry and cap (SANDBOX_TIMEOUT)", async () => {
    const out = await h.attack(
      hostile(`const s = "https://e.com/" + "a/".repeat(100000); for (;;) new URL(s).searchParams.append("a", "b");`),
    );
    expect(out).toMatchObject({ ok: false, code: "SANDBOX_TIMEOUT" });
  });

  it("attack a URL object as a handle on the host (constructor chains, prototype writes, getters borrowed onto fakes) → refused: the guest's URL is the isolate's own frozen class", async () => {
    const out = await h.attack(
      hostile(`const u = new URL("file:///etc/passwd");
      const hrefGetter = Object.getOwnPropertyDescriptor(URL.prototype, "href").get;
      return [u.pathname, ${thrown(`URL.prototype.toString = () => "x"`)}, ${thrown(`hrefGetter.call({})`)},
        ${thrown(`new URLSearchParams().get.call({ list: [] }, "a")`)}, Object.isFrozen(URL.prototype), Object.isFrozen(crypto)];`),
    );
    expect(out).toMatchObject({
      ok: true,
      value: [
        "/etc/passwd",
        expect.stringMatching(/^TypeError/),
        "TypeError: not a URL",
        "TypeError: not a URLSearchParams",
        true,
        true,
      ],
    });
    // Parsing a file: URL is only parsing: the canary file on disk is checked by expectContained.
  });
});

describe("crypto", () => {
  it("attack predicting another tenant's random values (a shared or seeded generator) → refused because every draw comes from the worker's CSPRNG", async () => {
    const draw = hostile(`return [crypto.randomUUID(), Array.from(crypto.getRandomValues(new Uint32Array(4))).join()];`);
    const a = await h.attack(draw);
    const b = await h.sandbox.call({
      versionId: "custom-hostile@9.9.9",
      source: draw,
      capabilities: [],
      scope: { tenantId: "00000000-0000-4000-8000-00000000000a", skillId: "00000000-0000-4000-8000-000000000007" },
      ctx: { tenantId: "00000000-0000-4000-8000-00000000000a", config: {}, now: "2024-01-15T10:00:00.000Z" },
      method: "getData",
    });
    expect(a.ok && b.ok).toBe(true);
    const [ua, ra] = a.ok ? (a.value as string[]) : [];
    const [ub, rb] = b.ok ? (b.value as string[]) : [];
    expect(ua).not.toBe(ub);
    expect(ra).not.toBe(rb);
    expect(ATTACKER).not.toBe("00000000-0000-4000-8000-00000000000a");
  });

  it("attack getRandomValues past its quota, on float arrays, or on a fake view pointing elsewhere → refused (QuotaExceededError, TypeMismatchError)", async () => {
    const fake = `{ buffer: new ArrayBuffer(8), byteOffset: 0, byteLength: 8, length: 8, [Symbol.toStringTag]: "Uint8Array" }`;
    const out = await h.attack(
      hostile(`return [${thrown("crypto.getRandomValues(new Uint8Array(65537))")}, ${thrown("crypto.getRandomValues(new Float64Array(2))")},
        ${thrown(`crypto.getRandomValues(${fake})`)}, ${thrown("crypto.getRandomValues(new DataView(new ArrayBuffer(8)))")}];`),
    );
    expect(out).toMatchObject({
      ok: true,
      value: [
        expect.stringMatching(/^QuotaExceededError/),
        expect.stringMatching(/^TypeMismatchError/),
        expect.stringMatching(/^TypeMismatchError/),
        expect.stringMatching(/^TypeMismatchError/),
      ],
    });
  });

  it("attack replacing crypto.randomUUID or performance.now for the skill's later calls → refused because both objects are frozen", async () => {
    const out = await h.attack(
      hostile(`return [${thrown(`crypto.randomUUID = () => "0"`)}, ${thrown(`performance.now = () => 0`)}];`),
    );
    expect(out).toMatchObject({ ok: true, value: [expect.stringMatching(/^TypeError/), expect.stringMatching(/^TypeError/)] });
  });
});

describe("TextEncoder and TextDecoder", () => {
  it("attack a fake buffer view for decode() and a fake Uint8Array for encodeInto() → refused because inputs are brand-checked", async () => {
    const fake = `{ buffer: new ArrayBuffer(4), byteOffset: 0, byteLength: 4, length: 4, [Symbol.toStringTag]: "Uint8Array" }`;
    const out = await h.attack(
      hostile(`return [${thrown(`new TextDecoder().decode(${fake})`)}, ${thrown(`new TextEncoder().encodeInto("abc", ${fake})`)},
        ${thrown(`new TextDecoder("latin1")`)}, ${thrown(`new TextDecoder("utf-8", { fatal: true }).decode(new Uint8Array([0xed, 0xa0, 0x80]))`)},
        new TextDecoder().decode(new Uint8Array([0xf0, 0x9f, 0x98, 0x80, 0xed, 0xa0, 0x80, 0x41]))];`),
    );
    expect(out).toMatchObject({
      ok: true,
      value: [
        expect.stringMatching(/^TypeError/),
        expect.stringMatching(/^TypeError/),
        expect.stringMatching(/^RangeError/),
        expect.stringMatching(/^TypeError/),
        "😀\ufffd\ufffd\ufffdA",
      ],
    });
  });
});
