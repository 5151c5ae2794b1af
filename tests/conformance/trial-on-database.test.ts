// A trial runs the same on the database store as on the in-memory one: its throwaway scope is
// one every store accepts, and a params_schema that passed the audit compiles in the sandbox.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createSandbox, type Sandbox } from "../../src/sandbox/index.js";
import { createRecordStore, createTenant, type Storage } from "../../src/storage/index.js";
import { auditSkill } from "../../src/validator/index.js";
import { testDatabases } from "../support/storage.js";

const SOURCE = `
export default {
  slug: "custom-water-tracker",
  getActions() {
    return [{ slug: "log_water", name: "Log water", description: "Record a drink",
      params_schema: { $schema: "https://json-schema.org/draft-07/schema#", type: "object", required: ["amount_ml"],
        additionalProperties: false, properties: { amount_ml: { type: "number", exclusiveMinimum: 0, maximum: 5000 } } } }];
  },
  async executeAction(ctx, action, params) {
    await db.from("water_entries").insert({ amount_ml: params.amount_ml, logged_at: ctx.now });
    return { success: true };
  },
  async getData(ctx) {
    const entries = await db.from("water_entries").select().order("logged_at", { ascending: false }).limit(200);
    return { entries, total_ml: entries.reduce((s, e) => s + e.amount_ml, 0) };
  },
  async getInsights() { return [{ type: "info", title: "Water", message: "ok" }]; },
};`;

for (const database of testDatabases()) {
  describe(`a trial on the ${database.name} store`, () => {
    let storage: Storage;
    let cleanup: () => Promise<void>;
    let sandbox: Sandbox;
    beforeAll(async () => {
      ({ storage, cleanup } = await database.open());
      sandbox = createSandbox({ store: createRecordStore(storage.db), workers: 1, maxWorkers: 1 });
    });
    afterAll(async () => {
      await sandbox?.close();
      await cleanup?.();
    });

    it("passes every step with the audited capabilities, and leaves no row behind", async () => {
      const audit = auditSkill({ source: SOURCE, language: "js" });
      expect(audit.findings).toEqual([]);
      const tenant = await createTenant(storage.db, { name: "trial" }, "test");
      const report = await sandbox.trial({ source: SOURCE, capabilities: audit.capabilities, tenantId: tenant.id });
      expect(report.steps.filter((s) => !s.ok)).toEqual([]);
      expect(report.ok).toBe(true);
      const { sql } = await import("drizzle-orm");
      const left = await storage.db.execute(sql`select count(*)::int as n from skill_records where tenant_id = ${tenant.id}`);
      expect(JSON.stringify(left)).toContain('"n":0');
    });
  });
}
