// A busy worker may hold one call sent ahead, for the isolate it is running (worker-pool.ts). These
// check what that must never change: every call runs once, in its own isolate's order, with its
// own db replies; a call sent ahead is never failed by the runaway in front of it; and a call of
// another tenant is never the one that waits behind a runaway.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SkillCall } from "./types.js";
import { createMemoryRecordStore } from "./memory-store.js";
import { createSandbox } from "./sandbox.js";

const SKILL = `let calls = 0;
export default {
  getActions() {
    return [
      { slug: "count", name: "Count", description: "Count", params_schema: { type: "object" } },
      { slug: "spin", name: "Spin", description: "Spin", params_schema: { type: "object" } },
      { slug: "log", name: "Log", description: "Log", params_schema: { type: "object", properties: { n: { type: "integer" } } } },
    ];
  },
  async executeAction(ctx, action, params) {
    if (action === "spin") for (;;) {}
    if (action === "log") {
      await db.from("entries").insert({ n: params.n });
      const rows = await db.from("entries").select().eq("n", params.n);
      return { n: params.n, seen: rows.length };
    }
    calls++;
    return { calls };
  },
  async getData(ctx) { return {}; },
  async getInsights(ctx) { return []; },
};`;

const skillId = "00000000-0000-4000-8000-0000000000a1";
const call = (tenantId: string, action: string, params: SkillCall["params"] = {}): SkillCall => ({
  versionId: "custom-pipeline@1.0.0",
  source: SKILL,
  capabilities: ["data.read:entries", "data.write:entries"],
  scope: { tenantId, skillId },
  ctx: { tenantId, config: {}, now: "2026-01-15T10:00:00.000Z" },
  method: "executeAction",
  action,
  params,
});

const tenantA = "00000000-0000-4000-8000-00000000000a";
const tenantB = "00000000-0000-4000-8000-00000000000b";

describe("calls sent ahead to a busy worker", () => {
  const one = createSandbox({ store: createMemoryRecordStore(), workers: 1, maxWorkers: 1, limits: { callTimeoutMs: 3_000 } });
  afterAll(() => one.close());
  // The worker's start-up is not what these measure.
  beforeAll(async () => void (await one.call(call(tenantB, "count"))), 60_000);

  it("runs each of 40 concurrent calls of one isolate exactly once", async () => {
    const outs = await Promise.all(Array.from({ length: 40 }, () => one.call(call(tenantA, "count"))));
    expect(outs.filter((o) => !o.ok)).toEqual([]);
    const seen = outs.map((o) => (o.ok ? (o.value as { calls: number }).calls : 0)).sort((a, b) => a - b);
    expect(seen).toEqual(Array.from({ length: 40 }, (_, i) => i + 1));
  });

  it("relays each call's db requests to that call alone", async () => {
    const outs = await Promise.all(Array.from({ length: 30 }, (_, n) => one.call(call(tenantA, "log", { n }))));
    expect(outs.map((o) => (o.ok ? o.value : o))).toEqual(Array.from({ length: 30 }, (_, n) => ({ n, seen: 1 })));
  });

  it("does not fail the call waiting behind a runaway of the same isolate: it runs on the replacement worker", async () => {
    const [spin, count] = await Promise.all([one.call(call(tenantA, "spin")), one.call(call(tenantA, "count"))]);
    expect(spin).toMatchObject({ ok: false, code: "SANDBOX_TIMEOUT" });
    // A fresh worker, a fresh isolate: the count starts again from one.
    expect(count).toEqual(expect.objectContaining({ ok: true, value: { calls: 1 } }));
  });
});

describe("another tenant's call", () => {
  // The cap leaves a second worker time to start beside the runaway, on a loaded machine too.
  const two = createSandbox({ store: createMemoryRecordStore(), workers: 1, maxWorkers: 2, limits: { callTimeoutMs: 8_000 } });
  afterAll(() => two.close());
  beforeAll(async () => void (await two.call(call(tenantA, "count"))), 60_000);

  it("is never sent ahead behind a runaway: it gets a worker of its own and ends first", { timeout: 30_000 }, async () => {
    const order: string[] = [];
    const spin = two.call(call(tenantA, "spin")).then((o) => (order.push("spin"), o));
    const other = two.call(call(tenantB, "count")).then((o) => (order.push("other"), o));
    expect(await other).toEqual(expect.objectContaining({ ok: true, value: { calls: 1 } }));
    expect(await spin).toMatchObject({ ok: false, code: "SANDBOX_TIMEOUT" });
    expect(order).toEqual(["other", "spin"]);
  });
});
