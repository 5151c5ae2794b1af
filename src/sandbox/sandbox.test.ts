import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import type { SkillCall } from "./types.js";
import { createMemoryRecordStore } from "./memory-store.js";
import { createSandbox } from "./sandbox.js";

const events: string[] = [];
const sandbox = createSandbox({
  store: createMemoryRecordStore(),
  workers: 1,
  limits: { callTimeoutMs: 2_000 },
  log: (e) => events.push(e.type),
});
afterAll(() => sandbox.close());

const COUNTER = `let calls = 0;
export default {
  getActions() { return []; },
  async getData(ctx) { calls++; console.log("call", calls, ctx.tenantId); return { calls, tenant: ctx.tenantId }; },
};`;

const call = (tenantId: string, extra: Partial<SkillCall> = {}): SkillCall => ({
  versionId: "custom-counter@1.0.0",
  source: COUNTER,
  capabilities: [],
  scope: { tenantId, skillId: "00000000-0000-4000-8000-00000000000d" },
  ctx: { tenantId, config: {}, now: "2024-01-15T10:00:00.000Z" },
  method: "getData",
  ...extra,
});

describe("createSandbox", () => {
  it("keeps a version warm per tenant and never shares module state between tenants", async () => {
    expect(await sandbox.call(call("a"))).toMatchObject({ ok: true, value: { calls: 1, tenant: "a" }, logs: ["call 1 a"] });
    expect(await sandbox.call(call("a"))).toMatchObject({ ok: true, value: { calls: 2 } });
    expect(await sandbox.call(call("b"))).toMatchObject({ ok: true, value: { calls: 1, tenant: "b" } });
  });

  it("starts a version again from scratch after dispose", async () => {
    await sandbox.call(call("c"));
    await sandbox.dispose("custom-counter@1.0.0");
    expect(await sandbox.call(call("c"))).toMatchObject({ ok: true, value: { calls: 1 } });
  });

  it("treats a changed source under the same version id as a different isolate", async () => {
    const changed = COUNTER.replace("return { calls", "return { changed: true, calls");
    expect(await sandbox.call(call("d", { source: changed }))).toMatchObject({ ok: true, value: { changed: true, calls: 1 } });
  });

  it("reports a malformed call as a value, without running anything", async () => {
    const out = await sandbox.call({ ...call("e"), method: "deleteEverything" as never });
    expect(out).toMatchObject({ ok: false, code: "SANDBOX_BAD_PARAMS" });
  });

  it("reports a skill that does not parse or has no default export", async () => {
    expect(await sandbox.call(call("f", { source: "export default {" }))).toMatchObject({
      ok: false,
      code: "SANDBOX_SKILL_ERROR",
    });
    expect(await sandbox.call(call("f", { source: "export const x = 1;" }))).toMatchObject({
      ok: false,
      code: "SANDBOX_SKILL_ERROR",
      message: expect.stringMatching(/default export/),
    });
    expect(events).toContain("call-failed");
  });

  it("ends calls still queued when closed", async () => {
    const other = createSandbox({ store: createMemoryRecordStore(), workers: 1 });
    const pending = other.call(call("g"));
    await other.close();
    expect(await pending).toMatchObject({ ok: false, code: "SANDBOX_CRASHED" });
  });

  it("fails calls with a clear message instead of respawning a worker that cannot start", async () => {
    const broken = join(mkdtempSync(join(tmpdir(), "skillforge-worker-")), "worker.js");
    writeFileSync(broken, "process.stderr.write('boom at start\\n'); process.exit(3);");
    const other = createSandbox({ store: createMemoryRecordStore(), workers: 1, workerPath: broken });
    try {
      expect(await other.call(call("h"))).toMatchObject({
        ok: false,
        code: "SANDBOX_CRASHED",
        message: expect.stringMatching(/cannot start.*boom at start/),
      });
    } finally {
      await other.close();
    }
  });
});
