import { afterAll, describe, expect, it } from "vitest";
import type { Capability, RecordScope, RecordStore } from "../contract/index.js";
import { createMemoryRecordStore } from "./memory-store.js";
import { createSandbox } from "./sandbox.js";
import { actionsProblem, insightsProblem } from "./trial.js";

// The store records every scope written to, so the clean-up can be checked scope by scope.
const inner = createMemoryRecordStore();
const written: RecordScope[] = [];
const store: RecordStore = {
  ...inner,
  insert: (scope, row) => {
    written.push(scope);
    return inner.insert(scope, row);
  },
};
const sandbox = createSandbox({ store, workers: 1, limits: { callTimeoutMs: 2_000 } });
afterAll(() => sandbox.close());

const CAPS: Capability[] = ["data.read:water_entries", "data.write:water_entries"];
const WATER = `
export default class WaterTracker {
  slug = "custom-water-tracker";
  getActions() {
    return [{ slug: "log_water", name: "Log water", description: "Record a drink",
      params_schema: { type: "object", required: ["amount_ml", "day"], properties: {
        amount_ml: { type: "number", exclusiveMinimum: 0, maximum: 5000 }, day: { type: "string", format: "date" } } } }];
  }
  async executeAction(ctx: { now: string }, action: string, params: { amount_ml: number }) {
    await db.from("water_entries").insert({ amount_ml: params.amount_ml, logged_at: ctx.now });
    return { success: true };
  }
  async getData() { return { count: (await db.from("water_entries").select()).length }; }
  async getInsights() { return [{ type: "info", title: "Water", message: "Logged" }]; }
}`;

describe("trial", () => {
  it("runs every method, refuses invalid params, and passes a well-formed skill", async () => {
    const report = await sandbox.trial({ source: WATER, capabilities: CAPS, tenantId: "00000000-0000-4000-8000-000000000001" });
    expect(report.steps.map((s) => [s.method, s.action ?? "", !!s.invalidParams, s.ok])).toEqual([
      ["getActions", "", false, true],
      ["executeAction", "log_water", false, true],
      ["executeAction", "log_water", false, true],
      ["executeAction", "log_water", false, true],
      ["executeAction", "log_water", true, true],
      ["getData", "", false, true],
      ["getInsights", "", false, true],
    ]);
    expect(report.ok).toBe(true);
    expect(report.peakHeapBytes).toBeGreaterThan(0);
  });

  it("refuses a tenant id that is no uuid with a clear error, before any step runs", async () => {
    await expect(sandbox.trial({ source: WATER, capabilities: CAPS, tenantId: "bench" })).rejects.toThrow(
      "trial: tenantId must be a uuid",
    );
  });

  it("runs in a throwaway scope of its own, and leaves no row behind", async () => {
    const tenantId = "00000000-0000-4000-8000-000000000002";
    written.length = 0;
    const first = await sandbox.trial({ source: WATER, capabilities: CAPS, tenantId });
    const second = await sandbox.trial({ source: WATER, capabilities: CAPS, tenantId });
    expect(first.ok && second.ok).toBe(true);
    // The trial wrote (its log_water step), into skill scopes that are fresh uuids, one per run…
    expect(written.length).toBeGreaterThanOrEqual(2);
    expect(new Set(written.map((s) => s.skillId)).size).toBe(2);
    // …and every one of those scopes is empty afterwards.
    for (const scope of written) expect(await store.select(scope, { filters: [], limit: 10 })).toEqual([]);
  });

  it("fails the step whose output has the wrong shape", async () => {
    const bad = WATER.replace(`[{ type: "info", title: "Water", message: "Logged" }]`, `[{ type: "shout", title: 1 }]`);
    const report = await sandbox.trial({ source: bad, capabilities: CAPS, tenantId: "00000000-0000-4000-8000-000000000001" });
    expect(report.ok).toBe(false);
    expect(report.steps.at(-1)).toMatchObject({ method: "getInsights", ok: false, error: expect.stringMatching(/insight 0/) });
  });

  it("fails the steps that need a capability the trial was not given", async () => {
    const report = await sandbox.trial({ source: WATER, capabilities: [], tenantId: "00000000-0000-4000-8000-000000000001" });
    expect(report.ok).toBe(false);
    expect(report.steps[1]).toMatchObject({ ok: false, error: expect.stringMatching(/SANDBOX_CAPABILITY_DENIED/) });
  });
});

describe("trial deadline", () => {
  const busy = (ms: number) => `const t = Date.now(); while (Date.now() - t < ${ms}) {} return { ok: true };`;
  const slugs = ["a", "b", "c", "d", "e", "f"];
  const skill = (body: string) => `export default {
    getActions() { return ${JSON.stringify(slugs.map((slug) => ({ slug, name: slug, description: slug, params_schema: { type: "object" } })))}; },
    async executeAction() { ${body} },
    async getData() { return {}; },
    async getInsights() { return []; },
  };`;

  it("stops at the first step that runs to the cap", async () => {
    // A cap with room for a cold isolate on a loaded machine: the endless loop reaches it anyway.
    const tight = createSandbox({ store, workers: 1, limits: { callTimeoutMs: 2_000 } });
    try {
      const report = await tight.trial({
        source: skill("for (;;) {}"),
        capabilities: [],
        tenantId: "00000000-0000-4000-8000-000000000003",
      });
      expect(report.ok).toBe(false);
      expect(report.steps.map((s) => [s.method, s.action ?? ""])).toEqual([
        ["getActions", ""],
        ["executeAction", "a"],
      ]);
      expect(report.steps[1]!.error).toMatch(/SANDBOX_TIMEOUT/);
    } finally {
      await tight.close();
    }
  });

  it("gives the whole trial one budget: steps that each stay under the cap still end it when they add up", async () => {
    const budgeted = createSandbox({ store, workers: 1, limits: { callTimeoutMs: 2_000 }, trialBudgetMs: 1_500 });
    try {
      const report = await budgeted.trial({
        source: skill(busy(400)),
        capabilities: [],
        tenantId: "00000000-0000-4000-8000-000000000003",
      });
      expect(report.ok).toBe(false);
      expect(report.steps.at(-1)).toMatchObject({ ok: false, error: expect.stringMatching(/1500 ms budget/) });
      // Six actions of 400 ms cannot all have run in 1.5 s (the invalid-params probes after each
      // action return at once and are not counted).
      const ran = report.steps.filter((s) => s.method === "executeAction" && s.ok && !s.invalidParams);
      expect(ran.length).toBeLessThan(6);
      expect(report.steps.some((s) => s.method === "getInsights")).toBe(false);
    } finally {
      await budgeted.close();
    }
  });
});

describe("params a skill cannot recognise", () => {
  it("runs each action with several random params sets, drawn afresh for every trial", async () => {
    // The water step writes the params it saw: the rows show what the skill was given.
    const seeing = WATER.replace(
      "amount_ml: params.amount_ml,",
      "amount_ml: params.amount_ml, day: (params as { day?: string }).day,",
    );
    const captured = createMemoryRecordStore();
    const rows: string[] = [];
    const recorder = createSandbox({
      store: { ...captured, insert: (scope, row) => (rows.push(JSON.stringify(row)), captured.insert(scope, row)) },
      workers: 1,
      limits: { callTimeoutMs: 2_000 },
    });
    try {
      for (let i = 0; i < 2; i++) {
        const report = await recorder.trial({
          source: seeing,
          capabilities: CAPS,
          tenantId: "00000000-0000-4000-8000-000000000005",
        });
        expect(report.ok).toBe(true);
        expect(report.steps.filter((s) => s.paramsSet !== undefined).map((s) => s.paramsSet)).toEqual([1, 2, 3]);
      }
    } finally {
      await recorder.close();
    }
    expect(rows.length).toBe(6);
    expect(new Set(rows.map((r) => JSON.stringify(JSON.parse(r) as unknown, ["amount_ml", "day"]))).size).toBe(6);
  });

  it("fails the step, without a fixed fallback, when no draw fits a schema it cannot sample", async () => {
    const odd = WATER.replace(`day: { type: "string", format: "date" } }`, `day: { type: "string", not: { minLength: 0 } } }`);
    const report = await sandbox.trial({ source: odd, capabilities: CAPS, tenantId: "00000000-0000-4000-8000-000000000001" });
    expect(report.ok).toBe(false);
    expect(report.steps[1]).toMatchObject({ ok: false, paramsSet: 1, error: expect.stringMatching(/could not draw params/) });
  });
});

describe("shape checks", () => {
  it("accepts action descriptors and refuses duplicates or missing fields", () => {
    const a = { slug: "a", name: "A", description: "d", params_schema: { type: "object" } };
    expect(actionsProblem([a])).toBeNull();
    expect(actionsProblem([a, a])).toMatch(/twice/);
    expect(actionsProblem([{ ...a, name: 1 }])).toMatch(/name/);
    expect(actionsProblem({})).toMatch(/array/);
  });

  it("accepts insights of the three types only", () => {
    expect(insightsProblem([{ type: "success", title: "t", message: "m" }])).toBeNull();
    expect(insightsProblem([{ type: "error", title: "t", message: "m" }])).toMatch(/type/);
    expect(insightsProblem("x")).toMatch(/array/);
  });
});

describe("the trial captures the version's actions", () => {
  const tenantId = "00000000-0000-4000-8000-000000000005";
  /** A skill whose getActions body is `body`, with `top` at module level. */
  const skill = (body: string, top = "") => `${top}
export default {
  slug: "custom-cups",
  getActions() { ${body} },
  async executeAction(ctx, action, params) { return { success: true, action }; },
  async getData() { return {}; },
  async getInsights() { return []; },
};`;
  const KINDS = `const KINDS = ["tea", "coffee"];`;
  const BUILD = `return KINDS.map((k) => ({ slug: "log_" + k, name: "Log " + k, description: "A cup of " + k,
    params_schema: { type: "object", properties: Object.fromEntries([["cups", { type: "integer", minimum: 1, maximum: 9 }]]), required: ["cups"] } }));`;
  const trial = (source: string, actions?: unknown[]) =>
    sandbox.trial({ source, capabilities: [], tenantId, ...(actions ? { actions: actions as never } : {}) });

  it("records computed actions and runs each one with its captured schema", async () => {
    const report = await trial(skill(BUILD, KINDS));
    expect(report.ok).toBe(true);
    expect(report.actions?.map((a) => a.slug)).toEqual(["log_tea", "log_coffee"]);
    expect(report.actions?.[0]?.params_schema).toMatchObject({ required: ["cups"] });
    expect(report.steps.filter((s) => s.invalidParams).map((s) => [s.action, s.ok])).toEqual([
      ["log_tea", true],
      ["log_coffee", true],
    ]);
  });

  it("keeps only the four fields of a descriptor", async () => {
    const report = await trial(skill(`return [{ slug: "a", name: "A", description: "A", params_schema: true, extra: 1 }];`));
    expect(report.actions).toEqual([{ slug: "a", name: "A", description: "A", params_schema: true }]);
  });

  it("fails when getActions uses db, even with capabilities for it", async () => {
    const source = skill(`await db.from("kinds").select(); ${BUILD}`, KINDS).replace("getActions()", "async getActions()");
    const report = await sandbox.trial({ source, capabilities: ["data.read:kinds"], tenantId });
    expect(report.ok).toBe(false);
    expect(report.actions).toBeUndefined();
    expect(report.steps[0]).toMatchObject({ method: "getActions", ok: false, error: expect.stringMatching(/may not use db/) });
  });

  it("fails when getActions throws", async () => {
    const report = await trial(skill(`throw new Error("no table");`));
    expect(report.ok).toBe(false);
    expect(report.actions).toBeUndefined();
    expect(report.steps[0]!.error).toMatch(/cannot be captured.*no table/);
  });

  it("fails when getActions answers differently on its second call", async () => {
    const report = await trial(skill(`calls++; ${BUILD.replace('"log_" + k', '"log_" + k + calls')}`, `${KINDS} let calls = 0;`));
    expect(report.ok).toBe(false);
    expect(report.actions).toBeUndefined();
    expect(report.steps[1]).toMatchObject({ method: "getActions", ok: false, error: expect.stringMatching(/second time/) });
  });

  it("fails when a captured schema breaks the audit's schema rules", async () => {
    for (const [schema, why] of [
      [`{ type: "object", $async: true }`, /\$async/],
      [`{ type: "object", requried: ["x"] }`, /requried/],
      [`{ $ref: "https://example.com/s.json" }`, /local references/],
      [`{ $defs: { a: { $ref: "#/$defs/a" } }, $ref: "#/$defs/a" }`, /ref/i],
    ] as const) {
      const report = await trial(skill(`return [{ slug: "a", name: "A", description: "A", params_schema: ${schema} }];`));
      expect(report.ok, schema).toBe(false);
      expect(report.actions, schema).toBeUndefined();
      expect(report.steps[0]!.error, schema).toMatch(why);
    }
  });

  it("fails when the actions differ from the audit's reading", async () => {
    const read = [{ slug: "log_tea", name: "Log tea", description: "A cup of tea", params_schema: { type: "object" } }];
    const report = await trial(skill(`return [{ ...${JSON.stringify(read[0])}, params_schema: true }];`), read);
    expect(report.ok).toBe(false);
    expect(report.steps[0]!.error).toMatch(/other actions than the audit read/);
    const same = await trial(
      skill(`return [{ params_schema: { type: "object" }, slug: "log_tea", name: "Log tea", description: "A cup of tea" }];`),
      read,
    );
    expect(same.ok).toBe(true);
    expect(same.actions).toEqual(read);
  });
});
