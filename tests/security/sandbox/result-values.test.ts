// Attack stories: hostile values returned to the host. Defence: the result is turned into JSON
// text inside the isolate (getters, toJSON, thenables and Proxies run there, under the deadline),
// copied out as a string, then parsed and checked by the host (size, depth, pollution keys).
import { afterAll, afterEach, describe, expect, it } from "vitest";
import { createHarness, hostile } from "./harness.js";

const h = createHarness({ callTimeoutMs: 1_000 });
afterEach(() => h.expectContained());
afterAll(() => h.sandbox.close());

describe("exotic results", () => {
  it("attack a getter on the result → contained because it runs inside the isolate and only its value leaves", async () => {
    const out = await h.attack(hostile(`return { get secret() { return typeof process; } };`));
    expect(out).toMatchObject({ ok: true, value: { secret: "undefined" } });
  });

  it("attack a toJSON that returns something else → contained because the host only ever sees the JSON text", async () => {
    const out = await h.attack(hostile(`return { toJSON() { return { swapped: true }; } };`));
    expect(out).toMatchObject({ ok: true, value: { swapped: true } });
  });

  it("attack a Proxy result with traps → contained because the traps fire inside the isolate", async () => {
    const out = await h.attack(
      hostile(
        `return new Proxy({}, { ownKeys: () => ["k"], getOwnPropertyDescriptor: () => ({ value: 1, enumerable: true, configurable: true }), get: () => "trapped" });`,
      ),
    );
    expect(out).toMatchObject({ ok: true, value: { k: "trapped" } });
  });

  it("attack a thenable result → contained because it is awaited inside the isolate", async () => {
    const out = await h.attack(hostile(`return { then(resolve) { resolve({ resolved: "inside" }); } };`));
    expect(out).toMatchObject({ ok: true, value: { resolved: "inside" } });
  });

  it("attack a Proxy whose every trap throws → refused as the skill's own error, never a host exception", async () => {
    const out = await h.attack(
      hostile(
        `const boom = () => { throw new Error("trap"); }; return new Proxy({}, { get: boom, ownKeys: boom, getOwnPropertyDescriptor: boom });`,
      ),
    );
    expect(out).toMatchObject({ ok: false, code: "SANDBOX_SKILL_ERROR", message: "Error: trap" });
  });

  it("attack a cyclic result → refused because it cannot be serialized", async () => {
    const out = await h.attack(hostile(`const a = {}; a.self = a; return a;`));
    expect(out).toMatchObject({ ok: false, code: "SANDBOX_BAD_RESULT" });
  });

  it("attack a BigInt result → refused because it is not JSON", async () => {
    expect(await h.attack(hostile(`return { n: 1n };`))).toMatchObject({ ok: false, code: "SANDBOX_BAD_RESULT" });
  });

  it("attack functions and Symbols in the result → contained because JSON drops them", async () => {
    const out = await h.attack(hostile(`return { f() {}, s: Symbol("x"), kept: 1 };`));
    expect(out).toMatchObject({ ok: true, value: { kept: 1 } });
    expect(Object.keys(out.ok ? (out.value as object) : {})).toEqual(["kept"]);
  });
});

describe("prototype pollution through results", () => {
  it("attack a __proto__ key in the result → refused because the host rejects it", async () => {
    const out = await h.attack(hostile(`return JSON.parse('{"__proto__": {"polluted": "yes"}}');`));
    expect(out).toMatchObject({ ok: false, code: "SANDBOX_BAD_RESULT" });
  });

  it("attack constructor.prototype in a nested result → refused because the host rejects object-valued constructor keys", async () => {
    const out = await h.attack(hostile(`return { a: [{ constructor: { prototype: { polluted: "yes" } } }] };`));
    expect(out).toMatchObject({ ok: false, code: "SANDBOX_BAD_RESULT" });
  });

  it("attack a thrown object with a hostile toString → contained because errors are described inside the isolate", async () => {
    const out = await h.attack(
      hostile(`throw { name: "Evil", get message() { return "described inside"; }, toString() { throw new Error("no"); } };`),
    );
    expect(out).toMatchObject({ ok: false, code: "SANDBOX_SKILL_ERROR", message: "Evil: described inside" });
  });

  it("attack throwing a Symbol → contained because any thrown value becomes a message string", async () => {
    const out = await h.attack(hostile(`throw Symbol("odd");`));
    expect(out).toMatchObject({ ok: false, code: "SANDBOX_SKILL_ERROR", message: "Symbol(odd)" });
  });
});

describe("params the skill never sees", () => {
  it("attack params that break the action's schema → refused by the host before the skill runs", async () => {
    const src = `export default {
      getActions() { return [{ slug: "go", name: "Go", description: "Go", params_schema: { type: "object", required: ["n"], properties: { n: { type: "integer", maximum: 10 } } } }]; },
      async executeAction(ctx, action, params) { await db.from("notes").insert({ reached: true }); return "skill ran"; },
    };`;
    const bad = await h.attack(src, { method: "executeAction", action: "go", params: { n: 1e9 } });
    expect(bad).toMatchObject({ ok: false, code: "SANDBOX_BAD_PARAMS" });
    const good = await h.attack(src, { method: "executeAction", action: "go", params: { n: 3 } });
    expect(good).toMatchObject({ ok: true, value: "skill ran" });
  });

  it("attack an action the skill does not declare → refused by the host before the skill runs", async () => {
    const out = await h.attack(hostile(`return 1;`), { method: "executeAction", action: "undeclared", params: {} });
    expect(out).toMatchObject({ ok: false, code: "SANDBOX_BAD_PARAMS" });
  });
});
