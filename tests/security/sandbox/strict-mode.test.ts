// Attack stories: what strict mode refuses by itself. The skill runs inside a wrapper whose own
// "use strict" directive (src/transpile) makes every skill function strict, so the audit does not
// refuse `this` outside a method or `.caller` on data (it does refuse `.caller`, `.callee` and
// `.arguments` of a function, as probes that can only throw): these stories show the isolate
// refusing each with the audit off (the security suite runs the same payloads).
import { afterAll, afterEach, describe, expect, it } from "vitest";
import { createHarness, payload } from "./harness.js";

const h = createHarness();
afterEach(() => h.expectContained());
afterAll(() => h.sandbox.close());

describe("strict mode instead of audit rules", () => {
  it("attack arguments.callee → refused because reading it throws in strict code", async () => {
    const out = await h.attack(payload("strict-mode/arguments-callee"));
    expect(out).toMatchObject({ ok: true, value: expect.stringMatching(/^blocked:.*callee/) });
  });

  it("attack fn.caller → refused because a strict function's caller cannot be read", async () => {
    const out = await h.attack(payload("strict-mode/fn-caller"));
    expect(out).toMatchObject({ ok: true, value: expect.stringMatching(/^blocked:/) });
  });

  it("attack fn.arguments → refused because a strict function's arguments cannot be read", async () => {
    const out = await h.attack(payload("strict-mode/fn-arguments"));
    expect(out).toMatchObject({ ok: true, value: expect.stringMatching(/^blocked:/) });
  });

  it("attack this in a plain function and at the top level → refused because it is undefined, not the global object", async () => {
    const out = await h.attack(payload("strict-mode/this-in-a-plain-function"));
    expect(out).toMatchObject({ ok: true, value: "blocked:undefined" });
  });
});
