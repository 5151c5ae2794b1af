// Two service instances on one PostgreSQL database (runs when DATABASE_URL is set).
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createRegistryHarness, waterSkill, type RegistryHarness } from "../../tests/support/registry.js";
import { testDatabases } from "../../tests/support/storage.js";
import { createTenant, openStorage, type Storage } from "../storage/index.js";

const SLUG = "custom-water-tracker";
const postgres = testDatabases().find((d) => d.name === "postgres");
const rowsOf = (r: unknown) => (Array.isArray(r) ? r : (r as { rows: unknown[] }).rows) as Array<Record<string, unknown>>;

describe.skipIf(!postgres)("two registry instances on one PostgreSQL", () => {
  let one: Storage;
  let two: Storage;
  let cleanup: () => Promise<void>;
  let a: RegistryHarness;
  let b: RegistryHarness;

  beforeAll(async () => {
    const opened = await postgres!.open();
    one = opened.storage;
    cleanup = opened.cleanup;
    two = await openStorage({ databaseUrl: opened.url! });
    a = createRegistryHarness(one);
    b = createRegistryHarness(two, { sandbox: a.sandbox });
    await Promise.all([a.registry.ready(), b.registry.ready()]);
  });
  afterAll(async () => {
    await b?.close();
    await a?.close();
    await two?.close();
    await cleanup?.();
  });

  it("serves on one instance the version a rollback on the other made active, within a second", async () => {
    const t = (await createTenant(one.db, { name: "I1" }, "test")).id;
    const v1 = await a.register(t, waterSkill("one"));
    const v2 = await a.register(t, waterSkill("two"));
    await a.approveAndActivate(t, v1.id);
    await a.approveAndActivate(t, v2.id);
    expect(await b.registry.call({ tenantId: t, slug: SLUG, method: "getData" })).toMatchObject({ versionId: v2.id });
    await a.registry.rollback({ tenantId: t, slug: SLUG, actor: "test" });
    // Bounded: 50 tries, 20 ms apart (at most about one second).
    let seen = "";
    for (let i = 0; i < 50 && seen !== v1.id; i++) {
      seen = (await b.registry.call({ tenantId: t, slug: SLUG, method: "getData" })).versionId;
      if (seen !== v1.id) await new Promise((r) => setTimeout(r, 20));
    }
    expect(seen).toBe(v1.id);
    await a.registry.archive({ tenantId: t, slug: SLUG, actor: "test" });
    let code = "";
    for (let i = 0; i < 50 && code !== "SKILL_ARCHIVED"; i++) {
      code = await b.registry.call({ tenantId: t, slug: SLUG, method: "getData" }).then(
        () => "ok",
        (e: { code: string }) => e.code,
      );
      if (code !== "SKILL_ARCHIVED") await new Promise((r) => setTimeout(r, 20));
    }
    expect(code).toBe("SKILL_ARCHIVED");
  });

  it("archives each idle skill once when both instances sweep at the same moment", async () => {
    const tenants: string[] = [];
    for (let i = 0; i < 6; i++) {
      const t = (await createTenant(one.db, { name: `S${i}` }, "test")).id;
      const v = await a.register(t, waterSkill("one"));
      await a.approveAndActivate(t, v.id);
      tenants.push(t);
    }
    a.clock.advance(31 * 86_400_000);
    b.clock.advance(31 * 86_400_000);
    const [x, y] = await Promise.all([a.registry.archiveSweep(), b.registry.archiveSweep()]);
    const archived = [...x.archived, ...y.archived]
      .filter((s) => tenants.includes(s.tenantId))
      .map((s) => s.tenantId)
      .sort();
    expect(archived).toEqual([...tenants].sort());
    const rows = rowsOf(
      await one.db.execute(
        sql`select tenant_id, count(*)::int as n from audit_log where action = 'skill.archive' group by tenant_id`,
      ),
    );
    for (const t of tenants) expect(rows.find((r) => r.tenant_id === t)?.n).toBe(1);
  });
});
