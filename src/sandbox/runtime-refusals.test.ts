import { afterAll, describe, expect, it } from "vitest";
import { createMemoryRecordStore } from "./memory-store.js";
import { createSandbox } from "./sandbox.js";
import type { CallOutcome, SandboxEvent } from "./types.js";

const events: SandboxEvent[] = [];
const sandbox = createSandbox({
  store: createMemoryRecordStore(),
  workers: 1,
  limits: { callTimeoutMs: 2_000 },
  log: (e) => events.push(e),
});
afterAll(() => sandbox.close());

const tenantId = "00000000-0000-4000-8000-0000000000d1";
let n = 0;
const skill = (body: string, top = "") =>
  `${top}\nexport default { getActions() { return [{ slug: "go", name: "Go", description: "Go", params_schema: { type: "object" } }]; },
  async executeAction() { ${body} }, async getData() { ${body} }, async getInsights() { return []; } };`;
const run = (body: string, top = ""): Promise<CallOutcome> =>
  sandbox.call({
    versionId: `custom-refusals@1.0.${++n}`,
    source: skill(body, top),
    capabilities: [],
    scope: { tenantId, skillId: "00000000-0000-4000-8000-0000000000d2" },
    ctx: { tenantId, config: {}, now: "2024-01-15T10:00:00.000Z" },
    method: "getData",
  });
const caught = (expr: string) => `try { ${expr}; } catch (e) {} return "swallowed";`;

describe("the runtime backs the audit", () => {
  const attempts: [string, string][] = [
    ["Function", `Function("return 1")()`],
    ["eval", `eval("1")`],
    ["indirect eval", `(0, eval)("1")`],
    ["Function via a constructor chain", `(() => {}).constructor("return 1")()`],
    ["AsyncFunction", `(async () => {}).constructor("return 1")`],
    ["GeneratorFunction", `(function* () {}).constructor("yield 1")`],
    ["AsyncGeneratorFunction", `(async function* () {}).constructor("yield 1")`],
    ["Reflect.construct(Function)", `Reflect.construct(Function, ["return 1"])`],
  ];
  for (const [name, expr] of attempts) {
    it(`fails a call that tries ${name} and swallows the error, and records the violation`, async () => {
      const out = await run(caught(expr));
      expect(out).toMatchObject({
        ok: false,
        code: "SANDBOX_CAPABILITY_DENIED",
        violations: [{ op: "runtime", capability: "runtime:code generation" }],
      });
      expect(events.some((e) => e.type === "violation" && e.violation.op === "runtime")).toBe(true);
    });
  }

  it("fails a call that tries to replace a frozen intrinsic's method, even caught", async () => {
    for (const expr of [
      `Array.prototype.map = function () {}`,
      `JSON.parse = () => ({})`,
      `Math.random = () => 4`,
      `Object.prototype.toString = () => "x"`,
      `Error.prepareStackTrace = (e, s) => s`,
    ]) {
      const out = await run(caught(expr));
      expect(out, expr).toMatchObject({ ok: false, violations: [{ capability: "runtime:a write to a frozen intrinsic" }] });
    }
  });

  it("marks every call of an isolate whose module code tried it at load", async () => {
    const source = skill(`return "fine";`, `try { Function("return 1"); } catch (e) {}`);
    const base = {
      versionId: "custom-refusals-load@1.0.0",
      source,
      capabilities: [],
      scope: { tenantId, skillId: "00000000-0000-4000-8000-0000000000d3" },
      ctx: { tenantId, config: {}, now: "2024-01-15T10:00:00.000Z" },
      method: "getData" as const,
    };
    expect(await sandbox.call(base)).toMatchObject({ ok: false, code: "SANDBOX_CAPABILITY_DENIED" });
    expect(await sandbox.call(base)).toMatchObject({ ok: false, code: "SANDBOX_CAPABILITY_DENIED" });
  });

  it("fails the trial step that tries it", async () => {
    const report = await sandbox.trial({ source: skill(caught(`Function("return 1")()`)), capabilities: [], tenantId });
    expect(report.ok).toBe(false);
    expect(report.steps.find((s) => s.method === "getData")).toMatchObject({
      ok: false,
      error: expect.stringMatching(/SANDBOX_CAPABILITY_DENIED/),
    });
  });

  it("leaves ordinary code alone: overriding methods on own objects and classes, Error subclasses", async () => {
    const out = await run(`
      class MyError extends Error { constructor(m) { super(m); this.name = "MyError"; } }
      class Point { toString() { return "p"; } }
      const o = { toString() { return "o"; } }; o.valueOf = () => 3;
      const a = [3, 1, 2]; a.map = undefined;
      return [String(new Point()), String(o), o + 0, new MyError("x").name, [1, 2].map((x) => x * 2).join(), JSON.parse("[1]")[0]];`);
    expect(out).toMatchObject({ ok: true, value: ["p", "o", 3, "MyError", "2,4", 1] });
  });
});
