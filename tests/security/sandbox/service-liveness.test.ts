// Stories about the service around the sandbox, on the real record store (embedded PGlite):
// a runaway skill must not stall the service's own HTTP answers, and one version called for two
// tenants must keep their rows apart even when the skill tries to pick the tenant itself.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../../../src/api/app.js";
import { createLogger } from "../../../src/api/http/logger.js";
import { createSandbox, type Sandbox, type SkillCall } from "../../../src/sandbox/index.js";
import { createRecordStore, createTenant, openStorage, type Storage } from "../../../src/storage/index.js";
import { hostile, NORMAL_SKILL } from "./harness.js";

describe("the service around a misbehaving skill (PGlite record store)", () => {
  let storage: Storage;
  let sandbox: Sandbox;
  let app: ReturnType<typeof createApp>;
  const tenants: string[] = [];
  const skillId = randomUUID();

  beforeAll(async () => {
    storage = await openStorage({});
    for (const name of ["A", "B"]) tenants.push((await createTenant(storage.db, { name }, "test")).id);
    sandbox = createSandbox({ store: createRecordStore(storage.db), limits: { callTimeoutMs: 1_500 }, workers: 2 });
    app = createApp({ storage, logger: createLogger("silent"), bodyLimitBytes: 4096 });
  });
  afterAll(async () => {
    await sandbox?.close();
    await storage?.close();
  });

  const call = (source: string, tenantId: string, extra: Partial<SkillCall> = {}): SkillCall => ({
    versionId: `v-${randomUUID()}`,
    source,
    capabilities: ["data.read:water_entries", "data.write:water_entries"],
    scope: { tenantId, skillId },
    ctx: { tenantId, config: {}, now: "2026-01-01T08:00:00.000Z" },
    method: "getData",
    ...extra,
  });

  it.each([
    ["a synchronous infinite loop", "while (true) {}"],
    ["a promise that never settles", "await new Promise(() => {});"],
    ["a memory bomb", "const a = []; while (true) a.push(new Array(1e6).fill(1.5));"],
  ])("attack: %s in getData → the service keeps answering /healthz and /readyz while it runs", async (_name, body) => {
    let settled = false;
    const runaway = sandbox.call(call(hostile(body), tenants[0]!)).finally(() => {
      settled = true;
    });
    const answers: Array<{ status: number; whileRunning: boolean }> = [];
    for (let i = 0; i < 5 && !settled; i++) {
      for (const path of ["/healthz", "/readyz"]) {
        const { status } = await app.request(path);
        answers.push({ status, whileRunning: !settled });
      }
    }
    // Defence: the skill runs in a worker process; the service's event loop is never its hostage,
    // so health answers arrive while the runaway call is still pending.
    expect(answers.filter((a) => a.whileRunning).length).toBeGreaterThan(0);
    expect(answers.every((a) => a.status === 200)).toBe(true);
    const outcome = await runaway;
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) expect(["SANDBOX_TIMEOUT", "SANDBOX_MEMORY"]).toContain(outcome.code);
  });

  it("attack: a skill filters on another tenant's id → it only ever sees the invoking tenant's rows", async () => {
    const [a, b] = tenants as [string, string];
    const write = await sandbox.call(
      call(NORMAL_SKILL, a, { method: "executeAction", action: "log_water", params: { amount_ml: 321 } }),
    );
    expect(write.ok).toBe(true);
    const snoop = hostile(`return await db.from("water_entries").select().eq("tenant_id", ${JSON.stringify(a)}).limit(100);`);
    const seen = await sandbox.call(call(snoop, b));
    // Defence: the host builds the scope from the invocation; a filter can only narrow it.
    expect(seen).toMatchObject({ ok: true, value: [] });
    const own = await sandbox.call(call(NORMAL_SKILL, a));
    expect(own).toMatchObject({ ok: true, value: { total_ml: 321 } });
  });
});
