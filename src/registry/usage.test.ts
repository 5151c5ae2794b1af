import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sql } from "drizzle-orm";
import { testDatabases } from "../../tests/support/storage.js";
import { createTenant, ensureSkill, insertVersion, type NewInvocation, type Storage } from "../storage/index.js";
import type { RegistryLogger } from "./types.js";
import { createUsageRecorder } from "./usage.js";

const rowsOf = (r: unknown) => (Array.isArray(r) ? r : (r as { rows: unknown[] }).rows) as Array<Record<string, unknown>>;

function recordingLogger() {
  const errors: Array<{ msg: string; fields?: Record<string, unknown> }> = [];
  const logger: RegistryLogger = { info: () => {}, warn: () => {}, error: (msg, fields) => errors.push({ msg, fields }) };
  return { logger, errors };
}

/** Polls until `check` holds; the recorder's own timer decides when rows land, the test only waits for them. */
async function eventually(check: () => Promise<boolean>): Promise<void> {
  for (let i = 0; i < 400; i++) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 10));
  }
  throw new Error("never happened");
}

for (const database of testDatabases()) {
  describe(`usage rows on ${database.name}`, () => {
    let storage: Storage;
    let cleanup: () => Promise<void>;
    let tenantId = "";
    let skillId = "";
    let versionId = "";
    let nextSkill = 0;

    beforeAll(async () => {
      ({ storage, cleanup } = await database.open());
      tenantId = (await createTenant(storage.db, { name: "U" }, "test")).id;
    });
    afterAll(async () => cleanup?.());

    /** A fresh skill per test, so each test counts only its own rows. */
    async function freshSkill(): Promise<void> {
      const slug = `custom-usage-${nextSkill++}`;
      skillId = (await ensureSkill(storage.db, { tenantId, slug, name: "Usage", description: "" })).id;
      versionId = (
        await insertVersion(storage.db, {
          tenantId,
          skillId,
          version: "1.0.0",
          source: "export default {}",
          sha256: "b".repeat(64),
          manifest: { slug },
          configSchema: { type: "object" },
          collections: {},
          skillMd: "# Usage",
          capabilities: [],
          auditReport: { ok: true, findings: [], capabilities: [], risk: "low" },
          trialReport: { ok: true, steps: [], peakHeapBytes: 0 },
          generator: { provider: "template" },
          status: "awaiting_approval",
        })
      ).id;
    }

    // No id: the database gives each row its own, so a batch written twice would show as twice the rows.
    const row = (ms: number, version = versionId): NewInvocation => ({
      tenantId,
      skillId,
      versionId: version,
      method: "executeAction",
      action: "ping",
      ok: true,
      errorCode: null,
      ms,
      at: new Date(),
    });
    const stored = async (): Promise<number[]> =>
      rowsOf(await storage.db.execute(sql`select ms from invocations where skill_id = ${skillId} order by ms`)).map((r) =>
        Number(r.ms),
      );

    it("writes every recorded row exactly once, whatever mix of full batches, timer and explicit flushes", async () => {
      await freshSkill();
      const { logger, errors } = recordingLogger();
      const usage = createUsageRecorder(storage, logger, { batchSize: 7, flushMs: 2 });
      for (let i = 0; i < 300; i++) {
        usage.record(row(i));
        if (i % 13 === 0) void usage.flush();
        if (i % 41 === 0) await new Promise((r) => setTimeout(r, 3));
      }
      await usage.flush();
      expect(await stored()).toEqual(Array.from({ length: 300 }, (_, i) => i));
      await usage.close();
      expect(await stored()).toHaveLength(300);
      expect(errors).toEqual([]);
    });

    it("writes a full batch at once, without waiting for the timer", async () => {
      await freshSkill();
      const usage = createUsageRecorder(storage, recordingLogger().logger, { batchSize: 5, flushMs: 3_600_000 });
      for (let i = 0; i < 5; i++) usage.record(row(i));
      await eventually(async () => (await stored()).length === 5);
      await usage.close();
    });

    it("writes a partial batch when the timer fires, with no flush asked for", async () => {
      await freshSkill();
      const usage = createUsageRecorder(storage, recordingLogger().logger, { batchSize: 1_000, flushMs: 5 });
      for (let i = 0; i < 3; i++) usage.record(row(i));
      await eventually(async () => (await stored()).length === 3);
      await usage.close();
    });

    it("writes what is still buffered on close, and a row recorded after close too", async () => {
      await freshSkill();
      const usage = createUsageRecorder(storage, recordingLogger().logger, { batchSize: 1_000, flushMs: 3_600_000 });
      for (let i = 0; i < 4; i++) usage.record(row(i));
      expect(await stored()).toEqual([]);
      await usage.close();
      expect(await stored()).toEqual([0, 1, 2, 3]);
      usage.record(row(4));
      await eventually(async () => (await stored()).length === 5);
    });

    it("logs a failed batch as an error naming the rows lost, and keeps writing the batches after it", async () => {
      await freshSkill();
      const { logger, errors } = recordingLogger();
      const usage = createUsageRecorder(storage, logger, { batchSize: 1_000, flushMs: 3_600_000 });
      // A version that does not exist: the database refuses the whole batch (foreign key).
      usage.record(row(0));
      usage.record(row(1, "00000000-0000-4000-8000-000000000000"));
      await usage.flush();
      expect(errors).toEqual([{ msg: "usage rows lost", fields: expect.objectContaining({ rows: 2 }) }]);
      usage.record(row(2));
      await usage.flush();
      expect(await stored()).toEqual([2]);
      expect(errors).toHaveLength(1);
      await usage.close();
    });
  });
}
