// Attack stories: calls that never end. Defence: the whole method call, db replies included, runs
// inside one synchronous entry into the isolate under the remaining time (isolated-vm's timeout
// stops synchronous work and microtask floods); a promise left pending with nothing to settle it
// ends the call at once; and the service's watchdog kills the worker process at the deadline plus
// a grace if even that does not end it.
import { afterAll, afterEach, describe, expect, it } from "vitest";
import { createMemoryRecordStore, createSandbox, type SandboxEvent } from "../../../src/sandbox/index.js";
import { createHarness, hostile, payload } from "./harness.js";

const h = createHarness({ callTimeoutMs: 500 });
afterEach(() => h.expectContained());
afterAll(() => h.sandbox.close());

const timedOut = { ok: false, code: "SANDBOX_TIMEOUT" };

describe("synchronous runaways", () => {
  it("attack while (true) {} in a method → contained because the isolate's timeout stops it", async () => {
    expect(await h.attack(payload("runaway/while-true"))).toMatchObject(timedOut);
  });

  it("attack an endless loop in module-level code → contained because loading runs under the same deadline", async () => {
    expect(await h.attack(payload("runaway/module-level-loop"))).toMatchObject(timedOut);
  });

  it("attack a denied db call, then an endless loop → reported as SANDBOX_TIMEOUT because running out of time wins over a violation, which stays listed", async () => {
    const out = await h.attack(payload("runaway/denied-call-then-spin"));
    expect(out).toMatchObject({ ...timedOut, violations: [{ capability: "data.read:secrets" }] });
  });

  it("attack a trial of 50 actions that each run to the cap → stopped at the first, because a trial ends at its first timed-out step", async () => {
    const actions = Array.from({ length: 50 }, (_, i) => ({
      slug: `a${i}`,
      name: "A",
      description: "A",
      params_schema: { type: "object" },
    }));
    const report = await h.sandbox.trial({
      source: `export default { getActions() { return ${JSON.stringify(actions)}; }, async executeAction() { for (;;) {} },
        async getData() { return {}; }, async getInsights() { return []; } };`,
      capabilities: [],
      tenantId: "00000000-0000-4000-8000-00000000000a",
    });
    expect(report.ok).toBe(false);
    expect(report.steps).toHaveLength(2);
    expect(report.steps[1]).toMatchObject({
      method: "executeAction",
      ok: false,
      error: expect.stringMatching(/SANDBOX_TIMEOUT/),
    });
  });

  it("attack unbounded recursion → contained because the stack overflow stays inside the isolate", async () => {
    const out = await h.attack(payload("runaway/unbounded-recursion"));
    expect(out).toMatchObject({ ok: false, code: "SANDBOX_SKILL_ERROR", message: expect.stringMatching(/call stack/i) });
  });

  it("attack catching the stack overflow and recursing again forever → contained because the deadline still applies", async () => {
    const out = await h.attack(payload("runaway/recurse-after-overflow"));
    expect(out).toMatchObject(timedOut);
  });

  it("attack a getter on the result that loops → contained because results are serialized inside the isolate under the deadline", async () => {
    expect(await h.attack(payload("runaway/looping-result-getter"))).toMatchObject(timedOut);
  });

  it("attack an error whose message getter loops → contained because errors are described inside the isolate", async () => {
    expect(await h.attack(payload("runaway/looping-error-message"))).toMatchObject(timedOut);
  });
});

describe("asynchronous runaways", () => {
  it("attack a microtask flood → contained because microtasks run under the isolate's timeout", async () => {
    expect(await h.attack(payload("runaway/microtask-flood"))).toMatchObject(timedOut);
  });

  it("attack a promise that never settles → contained because once the entry has drained its microtasks nothing is left that could settle it", async () => {
    expect(await h.attack(payload("runaway/never-settling-promise"))).toMatchObject({
      ...timedOut,
      message: expect.stringMatching(/never settles/),
    });
  });

  it("attack never-settling promises call after call to make the service respawn workers → each ends at once and the worker is kept (its isolate is idle, only that isolate is dropped)", async () => {
    const events: SandboxEvent[] = [];
    const one = createSandbox({
      store: createMemoryRecordStore(),
      workers: 1,
      maxWorkers: 1,
      limits: { callTimeoutMs: 500 },
      log: (e) => events.push(e),
    });
    try {
      const base = {
        capabilities: [],
        scope: { tenantId: "00000000-0000-4000-8000-000000000003", skillId: "00000000-0000-4000-8000-000000000007" },
        ctx: { tenantId: "00000000-0000-4000-8000-000000000003", config: {}, now: "2024-01-15T10:00:00.000Z" },
        method: "getData",
      } as const;
      for (let i = 0; i < 5; i++) {
        const out = await one.call({
          ...base,
          versionId: "custom-hostile@4.0.0",
          source: hostile(`await new Promise(() => {}); return 1;`),
        });
        expect(out).toMatchObject(timedOut);
      }
      expect(await one.call({ ...base, versionId: "custom-ok@1.0.0", source: hostile(`return "served";`) })).toMatchObject({
        ok: true,
        value: "served",
      });
      expect(events.filter((e) => e.type === "worker-replaced")).toEqual([]);
    } finally {
      await one.close();
    }
  });

  it("attack a thenable result whose then never calls back → contained because the deadline covers awaiting the result", async () => {
    expect(await h.attack(payload("runaway/thenable-never-calls-back"))).toMatchObject(timedOut);
  });

  it("attack a sync loop after awaiting a host db call → contained because the reply's continuation runs in the same entry, under the same timeout", async () => {
    expect(await h.attack(payload("runaway/loop-after-db-call"))).toMatchObject(timedOut);
  });

  it("attack an endless chain of awaited db calls → contained because the db call cap and the deadline both apply", async () => {
    const out = await h.attack(payload("runaway/endless-db-calls"));
    expect(out.ok).toBe(false);
    expect(["SANDBOX_TIMEOUT", "SANDBOX_LIMIT"]).toContain(out.ok ? "" : out.code);
  });

  it("attack leaving an async loop running after the method returned → contained because the loop holds the entry to its deadline and the isolate is dropped", async () => {
    const out = await h.attack(payload("runaway/async-loop-after-return"));
    // db replies settle inside the same entry, so the leftover loop never lets the entry end: the
    // call runs to its deadline (the cap refuses its db calls past 100) and the isolate is dropped.
    expect(out).toMatchObject({ ok: false, code: "SANDBOX_TIMEOUT" });
    await h.expectContained();
  });
});

describe("other tenants during a runaway", () => {
  it("attack hogging a worker with an endless loop → other tenants are served meanwhile because each call has its own worker process", async () => {
    const slow = createHarness({ callTimeoutMs: 3_000 });
    try {
      const order: string[] = [];
      const runaway = slow.attack(hostile(`while (true) {}`)).then((o) => {
        order.push("runaway");
        return o;
      });
      const served = await slow.serveNormal();
      order.push("normal");
      expect(served).toMatchObject({ ok: true, value: { total_ml: 250 } });
      expect(await runaway).toMatchObject(timedOut);
      expect(order).toEqual(["normal", "runaway"]);
    } finally {
      await slow.sandbox.close();
    }
  });
});

describe("floods of runaways", () => {
  it("attack three concurrent endless loops on a one-worker sandbox → all end because each runs under its cap and waiting for a worker is bounded too", async () => {
    const store = createMemoryRecordStore();
    const tiny = createSandbox({ store, workers: 1, maxWorkers: 1, limits: { callTimeoutMs: 500 } });
    try {
      const base = {
        capabilities: [],
        scope: { tenantId: "00000000-0000-4000-8000-000000000003", skillId: "00000000-0000-4000-8000-000000000007" },
        ctx: { tenantId: "00000000-0000-4000-8000-000000000003", config: {}, now: "2024-01-15T10:00:00.000Z" },
        method: "getData",
      } as const;
      const outs = await Promise.all(
        [1, 2, 3].map((i) => tiny.call({ ...base, versionId: `custom-hostile@3.0.${i}`, source: hostile(`while (true) {}`) })),
      );
      expect(outs.map((o) => (o.ok ? "ok" : o.code))).toEqual(["SANDBOX_TIMEOUT", "SANDBOX_TIMEOUT", "SANDBOX_TIMEOUT"]);
      const after = await tiny.call({ ...base, versionId: "custom-ok@1.0.0", source: hostile(`return "served";`) });
      expect(after).toMatchObject({ ok: true, value: "served" });
    } finally {
      await tiny.close();
    }
  });
});

describe("the default five-second cap", () => {
  it("attack while (true) {} under the contract's default limits → contained because the default 5 s cap applies", async () => {
    const strict = createHarness({});
    try {
      const out = await strict.attack(hostile(`while (true) {}`));
      expect(out).toMatchObject(timedOut);
      await strict.expectContained();
    } finally {
      await strict.sandbox.close();
    }
  });
});
