import { describe, expect, it } from "vitest";
import { inspectJson, parseGuardedJson } from "./json-guard.js";

describe("parseGuardedJson", () => {
  it("returns plain values for JSON text within the caps", () => {
    expect(parseGuardedJson('{"a":[1,"x",null,true]}', 100)).toEqual({ ok: true, value: { a: [1, "x", null, true] } });
  });

  it("refuses text over the byte cap, counting multi-byte characters", () => {
    expect(parseGuardedJson(JSON.stringify("é".repeat(60)), 100)).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/larger/),
    });
  });

  it("refuses non-strings and invalid JSON", () => {
    expect(parseGuardedJson(42, 100)).toMatchObject({ ok: false });
    expect(parseGuardedJson("{nope", 100)).toMatchObject({ ok: false, reason: "not valid JSON" });
  });

  it("refuses __proto__ keys at any depth and object-valued constructor/prototype keys", () => {
    expect(parseGuardedJson('{"a":{"__proto__":{"x":1}}}', 1000)).toMatchObject({ ok: false });
    expect(parseGuardedJson('{"constructor":{"prototype":{}}}', 1000)).toMatchObject({ ok: false });
    expect(parseGuardedJson('{"constructor":"a plain string is data"}', 1000)).toMatchObject({ ok: true });
  });

  it("refuses nesting deeper than the depth cap without recursing", () => {
    const deep = "[".repeat(5000) + "]".repeat(5000);
    expect(parseGuardedJson(deep, 1e6)).toMatchObject({ ok: false, reason: expect.stringMatching(/deeper/) });
    expect(inspectJson([[[1]]], 3)).toBeNull();
    expect(inspectJson([[[[1]]]], 3)).toMatch(/deeper/);
  });
});
