// Attack stories: reaching a string compiler or host powers from inside the isolate.
// Defence: every Function constructor is replaced before skill code runs, eval and WebAssembly are
// gone, the isolate has no Node globals, and Error is frozen so stack hooks cannot be installed.
import { afterAll, afterEach, describe, expect, it } from "vitest";
import { createHarness, hostile, payload } from "./harness.js";

const h = createHarness();
afterEach(() => h.expectContained());
afterAll(() => h.sandbox.close());

// Each payload returns what it found, or "blocked:<reason>" when the runtime refused it; the same
// files run in `skillforge security-suite` (tests/security/payloads/sandbox/code-generation/).

/** The attempt threw inside the skill, which caught it; the runtime recorded it and failed the call anyway. */
const recorded = (what: "code generation" | "a write to a frozen intrinsic", message: RegExp = /./) => ({
  ok: false,
  code: "SANDBOX_CAPABILITY_DENIED",
  message: expect.stringMatching(message),
  violations: [{ op: "runtime", capability: `runtime:${what}` }],
});

describe("constructor chains to a string compiler", () => {
  it("attack Function('return process')(), the error caught → refused because the global Function constructor throws and the runtime fails the call", async () => {
    const out = await h.attack(payload("code-generation/function-constructor"));
    expect(out).toMatchObject(recorded("code generation", /Function/));
  });

  it("attack this.constructor.constructor('return this')() → refused because Function.prototype.constructor is replaced and the attempt fails the call", async () => {
    const out = await h.attack(payload("code-generation/constructor-constructor"));
    expect(out).toMatchObject(recorded("code generation"));
  });

  it("attack (async () => {}).constructor(code) → refused because AsyncFunction's constructor is replaced", async () => {
    const out = await h.attack(payload("code-generation/async-function-constructor"));
    expect(out).toMatchObject(recorded("code generation", /AsyncFunction/));
  });

  it("attack generator and async generator constructors → refused because both are replaced", async () => {
    const gen = await h.attack(payload("code-generation/generator-function-constructor"));
    const agen = await h.attack(payload("code-generation/async-generator-function-constructor"));
    expect(gen).toMatchObject(recorded("code generation", /GeneratorFunction/));
    expect(agen).toMatchObject(recorded("code generation", /AsyncGeneratorFunction/));
  });

  it("attack Reflect.construct(Function, [code]) and class extends Function → refused because the constructor they reach throws", async () => {
    const viaReflect = await h.attack(payload("code-generation/reflect-construct-function"));
    const viaClass = await h.attack(payload("code-generation/class-extends-function"));
    expect(viaReflect).toMatchObject(recorded("code generation"));
    expect(viaClass).toMatchObject(recorded("code generation"));
  });

  it("attack restoring the constructor on Function.prototype → refused because the prototype is frozen", async () => {
    const out = await h.attack(payload("code-generation/restore-function-constructor"));
    expect(out).toMatchObject({ ok: true, value: expect.stringMatching(/^blocked:/) });
  });
});

describe("eval and other code loading", () => {
  it("attack direct and indirect eval, the error caught → refused because eval only throws, and the attempt fails the call", async () => {
    const direct = await h.attack(payload("code-generation/direct-eval"));
    const indirect = await h.attack(payload("code-generation/indirect-eval"));
    expect(direct).toMatchObject(recorded("code generation", /eval/));
    expect(indirect).toMatchObject(recorded("code generation", /eval/));
  });

  it("attack dynamic import('fs') → refused because the isolate has no module loader", async () => {
    const out = await h.attack(payload("code-generation/dynamic-import"));
    expect(out).toMatchObject({ ok: true, value: "blocked" });
  });

  it("attack require('child_process') at module level → refused because require is undefined, so the skill does not load", async () => {
    const out = await h.attack(payload("code-generation/require-at-module-level"));
    expect(out).toMatchObject({ ok: false, code: "SANDBOX_SKILL_ERROR" });
  });
});

describe("host globals and dangerous built-ins", () => {
  it("attack process, globalThis.global and Buffer → contained because the isolate has no Node globals", async () => {
    const out = await h.attack(payload("code-generation/node-globals"));
    expect(out).toMatchObject({ ok: true, value: "undefined,undefined,undefined,undefined,undefined" });
  });

  it("attack WebAssembly memory, SharedArrayBuffer and Atomics → refused because they are removed", async () => {
    const out = await h.attack(payload("code-generation/wasm-and-shared-memory"));
    expect(out).toMatchObject({ ok: true, value: "undefined,undefined,undefined" });
  });

  it("attack FinalizationRegistry callbacks that would run after the call → refused because it is removed", async () => {
    const out = await h.attack(payload("code-generation/finalization-registry"));
    expect(out).toMatchObject({ ok: true, value: expect.stringMatching(/^blocked:/) });
  });

  it("attack Error.prepareStackTrace to read structured call sites → refused because Error is frozen and the write fails the call", async () => {
    const out = await h.attack(payload("code-generation/prepare-stack-trace"));
    expect(out).toMatchObject(recorded("a write to a frozen intrinsic", /prepareStackTrace/));
  });

  it("attack polluting Object.prototype for the next call → refused because intrinsics are frozen", async () => {
    const out = await h.attack(payload("code-generation/pollute-object-prototype"));
    expect(out).toMatchObject({ ok: true, value: expect.stringMatching(/^blocked:/) });
  });

  it("attack replacing the db bridge global → refused because db is a frozen, non-writable global", async () => {
    const out = await h.attack(payload("code-generation/replace-db-global"));
    expect(out).toMatchObject({ ok: true, value: expect.stringMatching(/^blocked:/) });
  });

  it("ordinary code that names an Error subclass still works with frozen intrinsics", async () => {
    const out = await h.attack(
      hostile(`class MyError extends Error { constructor(m) { super(m); this.name = "MyError"; } }
      try { throw new MyError("boom"); } catch (e) { return e.name + ":" + e.message + ":" + (e instanceof Error); }`),
    );
    expect(out).toMatchObject({ ok: true, value: "MyError:boom:true" });
  });
});
