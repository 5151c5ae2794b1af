// Attack stories: hostile values returned to the host. Defence: the result is turned into JSON
// text inside the isolate (getters, toJSON, thenables and Proxies run there, under the deadline),
// copied out as a string, then parsed and checked by the host (size, depth, pollution keys).
import { afterAll, afterEach, describe, expect, it } from "vitest";
import { createHarness, hostile, payload } from "./harness.js";

const h = createHarness({ callTimeoutMs: 1_000 });
afterEach(() => h.expectContained());
afterAll(() => h.sandbox.close());

describe("exotic results", () => {
  it("attack a getter on the result → contained because it runs inside the isolate and only its value leaves", async () => {
    const out = await h.attack(payload("result-values/result-getter"));
    expect(out).toMatchObject({ ok: true, value: { secret: "undefined" } });
  });

  it("attack a toJSON that returns something else → contained because the host only ever sees the JSON text", async () => {
    const out = await h.attack(payload("result-values/result-tojson"));
    expect(out).toMatchObject({ ok: true, value: { swapped: true } });
  });

  it("attack a Proxy result with traps → contained because the traps fire inside the isolate", async () => {
    const out = await h.attack(payload("result-values/result-proxy"));
    expect(out).toMatchObject({ ok: true, value: { k: "trapped" } });
  });

  it("attack a thenable result → contained because it is awaited inside the isolate", async () => {
    const out = await h.attack(payload("result-values/thenable-result"));
    expect(out).toMatchObject({ ok: true, value: { resolved: "inside" } });
  });

  it("attack a Proxy whose every trap throws → refused as the skill's own error, never a host exception", async () => {
    const out = await h.attack(payload("result-values/throwing-proxy"));
    expect(out).toMatchObject({ ok: false, code: "SANDBOX_SKILL_ERROR", message: "Error: trap" });
  });

  it("attack a cyclic result → refused because it cannot be serialized", async () => {
    const out = await h.attack(payload("result-values/cyclic-result"));
    expect(out).toMatchObject({ ok: false, code: "SANDBOX_BAD_RESULT" });
  });

  it("attack a BigInt result → refused because it is not JSON", async () => {
    expect(await h.attack(payload("result-values/bigint-result"))).toMatchObject({ ok: false, code: "SANDBOX_BAD_RESULT" });
  });

  it("attack functions and Symbols in the result → contained because JSON drops them", async () => {
    const out = await h.attack(payload("result-values/functions-and-symbols"));
    expect(out).toMatchObject({ ok: true, value: { kept: 1 } });
    expect(Object.keys(out.ok ? (out.value as object) : {})).toEqual(["kept"]);
  });
});

describe("prototype pollution through results", () => {
  it("attack a __proto__ key in the result → refused because the host rejects it", async () => {
    const out = await h.attack(payload("result-values/proto-key"));
    expect(out).toMatchObject({ ok: false, code: "SANDBOX_BAD_RESULT" });
  });

  it("attack constructor.prototype in a nested result → refused because the host rejects object-valued constructor keys", async () => {
    const out = await h.attack(payload("result-values/constructor-prototype"));
    expect(out).toMatchObject({ ok: false, code: "SANDBOX_BAD_RESULT" });
  });

  it("attack a thrown object with a hostile toString → contained because errors are described inside the isolate", async () => {
    const out = await h.attack(payload("result-values/hostile-thrown-object"));
    expect(out).toMatchObject({ ok: false, code: "SANDBOX_SKILL_ERROR", message: "Evil: described inside" });
  });

  it("attack throwing a Symbol → contained because any thrown value becomes a message string", async () => {
    const out = await h.attack(payload("result-values/thrown-symbol"));
    expect(out).toMatchObject({ ok: false, code: "SANDBOX_SKILL_ERROR", message: "Symbol(odd)" });
  });
});

describe("params the skill never sees", () => {
  it("attack params that break the action's schema → refused by the host before the skill runs", async () => {
    const src = payload("result-values/params-outside-schema");
    const bad = await h.attack(src, { method: "executeAction", action: "go", params: { n: 1e9 } });
    expect(bad).toMatchObject({ ok: false, code: "SANDBOX_BAD_PARAMS" });
    const good = await h.attack(src, { method: "executeAction", action: "go", params: { n: 3 } });
    expect(good).toMatchObject({ ok: true, value: "skill ran" });
  });

  it("attack an action the skill does not declare → refused by the host before the skill runs", async () => {
    const out = await h.attack(payload("result-values/undeclared-action"), {
      method: "executeAction",
      action: "undeclared",
      params: {},
    });
    expect(out).toMatchObject({ ok: false, code: "SANDBOX_BAD_PARAMS" });
  });
});
