import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sql } from "drizzle-orm";
import { testDatabases } from "../../tests/support/storage.js";
import {
  appendAudit,
  createApiKey,
  createRecordStore,
  createSecretBox,
  createTenant,
  enrolTotp,
  findActiveKey,
  getTenant,
  listApiKeys,
  listAudit,
  listTenants,
  openStorage,
  readTotpSecret,
  revokeApiKey,
  type Storage,
} from "./index.js";

for (const database of testDatabases()) {
  describe(`storage on ${database.name}`, () => {
    let storage: Storage;
    let url: string | undefined;
    let cleanup: () => Promise<void>;

    beforeAll(async () => {
      ({ storage, url, cleanup } = await database.open());
    });
    afterAll(async () => cleanup?.());

    it("applies migrations again without error (idempotent)", async () => {
      if (url) {
        const again = await openStorage({ databaseUrl: url });
        await again.close();
        // Two instances starting at once: the advisory lock serialises them.
        const both = await Promise.all([openStorage({ databaseUrl: url }), openStorage({ databaseUrl: url })]);
        await Promise.all(both.map((s) => s.close()));
      } else {
        const { migrate } = await import("drizzle-orm/pglite/migrator");
        await migrate(storage.db as never, { migrationsFolder: "drizzle" });
      }
      await storage.ping();
      const tables = await storage.db.execute(
        sql`select count(*)::int as n from information_schema.tables where table_name = 'skill_records'`,
      );
      expect(JSON.stringify(tables)).toContain('"n":1');
    });

    it("keeps one tenant's records invisible to another through every record function", async () => {
      const a = await createTenant(storage.db, { name: "A" }, "test");
      const b = await createTenant(storage.db, { name: "B" }, "test");
      const skillId = randomUUID();
      const store = createRecordStore(storage.db);
      const scopeA = { tenantId: a.id, skillId, collection: "water_entries" };
      const scopeB = { tenantId: b.id, skillId, collection: "water_entries" };
      const row = await store.insert(scopeA, { amount_ml: 250, secret: "a-only" });

      expect(await store.select(scopeB, { filters: [], limit: 100 })).toEqual([]);
      expect(await store.select(scopeB, { filters: [{ field: "id", value: row.id }], limit: 100 })).toEqual([]);
      expect(await store.update(scopeB, { amount_ml: 1 }, [])).toBe(0);
      expect(await store.update(scopeB, { amount_ml: 1 }, [{ field: "id", value: row.id }])).toBe(0);
      expect(await store.dropSkillData({ tenantId: b.id, skillId })).toBe(0);

      const [still] = await store.select(scopeA, { filters: [], limit: 10 });
      expect(still).toMatchObject({ amount_ml: 250, secret: "a-only", id: row.id });
      // Another skill of the same tenant, or another collection, sees nothing either.
      expect(await store.select({ ...scopeA, skillId: randomUUID() }, { filters: [], limit: 10 })).toEqual([]);
      expect(await store.select({ ...scopeA, collection: "other" }, { filters: [], limit: 10 })).toEqual([]);
    });

    it("filters, orders and limits records, and protects host-owned fields", async () => {
      const t = await createTenant(storage.db, { name: "Q" }, "test");
      const store = createRecordStore(storage.db);
      const scope = { tenantId: t.id, skillId: randomUUID(), collection: "moods" };
      for (const [score, day] of [
        [3, "mon"],
        [7, "tue"],
        [5, "mon"],
      ] as const) {
        await store.insert(scope, { score, day, id: "forged", created_at: "1970-01-01" });
      }
      const mondays = await store.select(scope, {
        filters: [{ field: "day", value: "mon" }],
        order: { field: "score", ascending: false },
        limit: 10,
      });
      expect(mondays.map((r) => r.score)).toEqual([5, 3]);
      expect(mondays.every((r) => r.id !== "forged" && r.created_at !== "1970-01-01")).toBe(true);
      expect(
        (await store.select(scope, { filters: [], order: { field: "score", ascending: true }, limit: 2 })).map((r) => r.score),
      ).toEqual([3, 5]);
      expect(await store.update(scope, { day: "wed", id: "x" }, [{ field: "score", value: 7 }])).toBe(1);
      const [wed] = await store.select(scope, { filters: [{ field: "day", value: "wed" }], limit: 5 });
      expect(wed).toMatchObject({ score: 7, day: "wed" });
      expect(wed!.id).not.toBe("x");
      await expect(store.select(scope, { filters: [{ field: "a'; drop table x; --", value: 1 }], limit: 1 })).rejects.toThrow(
        /invalid field/,
      );
      await expect(store.select({ ...scope, collection: "Bad-Name" }, { filters: [], limit: 1 })).rejects.toThrow(/collection/);
      expect(await store.dropSkillData({ tenantId: t.id, skillId: scope.skillId })).toBe(3);
    });

    it("keeps API keys, audit rows and tenants separate per tenant", async () => {
      const a = await createTenant(storage.db, { name: "KA" }, "test");
      const b = await createTenant(storage.db, { name: "KB" }, "test");
      const { key, token } = await createApiKey(storage.db, a.id, { name: "k", scopes: ["assistant"] }, "test");
      expect(token).toMatch(/^sfk_/);
      expect(JSON.stringify(await listApiKeys(storage.db, a.id))).not.toContain(token);
      expect(await listApiKeys(storage.db, b.id)).toEqual([]);
      expect(await revokeApiKey(storage.db, b.id, key.id, "test")).toBe(false);
      expect((await findActiveKey(storage.db, token))?.tenant.id).toBe(a.id);
      expect(await revokeApiKey(storage.db, a.id, key.id, "test")).toBe(true);
      expect(await findActiveKey(storage.db, token)).toBeUndefined();
      expect((await listAudit(storage.db, b.id)).map((r) => r.action)).toEqual(["tenant.create"]);
      expect(await getTenant(storage.db, "not-a-uuid")).toBeUndefined();
      expect((await listTenants(storage.db)).length).toBeGreaterThanOrEqual(2);
    });

    it("refuses to change or delete audit rows (append-only)", async () => {
      await appendAudit(storage.db, { tenantId: null, actor: "test", action: "probe" });
      await expect(storage.db.execute(sql`update audit_log set action = 'forged'`)).rejects.toThrow();
      await expect(storage.db.execute(sql`delete from audit_log`)).rejects.toThrow();
    });

    it("stores TOTP secrets encrypted at rest", async () => {
      const t = await createTenant(storage.db, { name: "T" }, "test");
      const box = createSecretBox(Buffer.alloc(32, 7).toString("base64"));
      await enrolTotp(storage.db, box, t.id, "JBSWY3DPEHPK3PXP", "test");
      const raw = await getTenant(storage.db, t.id);
      expect(raw?.totpSecretEnc).not.toContain("JBSWY3DPEHPK3PXP");
      expect(await readTotpSecret(storage.db, box, t.id)).toBe("JBSWY3DPEHPK3PXP");
    });
  });
}
