import { afterAll, describe, expect, it } from "vitest";
import { createMemoryRecordStore } from "./memory-store.js";
import { createSandbox } from "./sandbox.js";
import type { CallOutcome, SkillCall } from "./types.js";

// One worker, a low ceiling: several tenants' isolates each keep 24 MB alive between calls.
const sandbox = createSandbox({ store: createMemoryRecordStore(), workers: 1, maxWorkers: 1, workerRssMb: 256 });
afterAll(() => sandbox.close());

const call = (tenant: number, body: string, top = ""): Promise<CallOutcome> => {
  const tenantId = `00000000-0000-4000-8000-${tenant.toString(16).padStart(12, "0")}`;
  return sandbox.call({
    versionId: `custom-memory@1.0.${top ? 1 : 0}`,
    source: `${top}\nexport default { getActions() { return []; }, async getData() { ${body} } };`,
    capabilities: [],
    scope: { tenantId, skillId: "00000000-0000-4000-8000-0000000000a1" },
    ctx: { tenantId, config: {}, now: "2024-01-15T10:00:00.000Z" },
    method: "getData",
  } satisfies SkillCall);
};

describe("memory charged to whoever used it", () => {
  it("reports an uncaught off-heap allocation failure as SANDBOX_MEMORY", async () => {
    const out = await call(1, `return new ArrayBuffer(4 * 1024 * 1024 * 1024).byteLength;`);
    expect(out).toMatchObject({ ok: false, code: "SANDBOX_MEMORY" });
  });

  // A guard on the outcome, not on one mechanism: this still passes with the worker's own RSS
  // check removed (the service's watchdog and retirement hold it at this size).
  const hoard = `const kept = [];`;
  const grow = `for (let i = 0; i < 3; i++) { const b = new Uint8Array(8 * 1024 * 1024); b.fill(1); kept.push(b); } return kept.length;`;

  it("charges the calls that grow the worker past its ceiling, one after another, to those calls", async () => {
    const codes: string[] = [];
    for (let tenant = 10; tenant < 26; tenant++) {
      const out = await call(tenant, grow, hoard);
      codes.push(out.ok ? "ok" : out.code);
      expect(out.ok || out.code === "SANDBOX_MEMORY", JSON.stringify(out)).toBe(true);
    }
    // 16 tenants × 24 MB does not fit under a 256 MB worker: some of the growers paid for it.
    expect(codes).toContain("SANDBOX_MEMORY");
  });

  it("never fails another tenant's call after them: a worker others have filled is retired once it answers", async () => {
    const codes: string[] = [];
    for (let tenant = 30; tenant < 46; tenant++) {
      const out = await call(tenant, grow, hoard);
      codes.push(out.ok ? "ok" : out.code);
      expect(out.ok || out.code === "SANDBOX_MEMORY", JSON.stringify(out)).toBe(true);
      // An ordinary call from a tenant that keeps nothing is served after every one of them.
      const victim = await call(2, `return 1;`);
      expect(victim, `victim after ${codes.join(",")}: ${JSON.stringify(victim)}`).toMatchObject({ ok: true, value: 1 });
    }
  });

  it("reports the heap after every call, not only on a sample of them", async () => {
    const seen: number[] = [];
    for (let i = 0; i < 12; i++) {
      const out = await call(3, `const k = globalThis.__k ??= []; k.push(new Array(20000).fill(i)); return k.length;`);
      seen.push(out.heapBytes);
    }
    // The heap grows every call; a sampled report would repeat a stale figure after the first 8.
    expect(seen.slice(8).every((b, i) => b !== seen[7 + i])).toBe(true);
  });
});
