// A crash at any point of a state change leaves the old state or the new one, checked by a query
// over the tables (not the registry's own view); and calls in flight during switches each run on
// exactly one version.
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testDatabases } from "../../tests/support/storage.js";
import { createRegistryHarness, waterSkill, type RegistryHarness } from "../../tests/support/registry.js";
import { createTenant, type Storage } from "../storage/index.js";
import { writeApproval } from "../storage/approval-fixtures.js";

const SLUG = "custom-water-tracker";
const rowsOf = (r: unknown) => (Array.isArray(r) ? r : (r as { rows: unknown[] }).rows) as Array<Record<string, unknown>>;

/** Everything a switch writes, read straight from the tables, plus the invariants that must always hold. */
async function tableState(storage: Storage, tenantId: string) {
  const [state] = rowsOf(
    await storage.db.execute(sql`
    select s.status as skill_status, s.active_version_id,
      (select count(*)::int from skill_activations a where a.skill_id = s.id) as activations,
      (select version_id from skill_activations a where a.skill_id = s.id order by id desc limit 1) as last_activated,
      (select count(*)::int from audit_log l where l.target = s.id::text) as audit_rows,
      (select string_agg(v.version || '=' || v.status, ',' order by v.version) from skill_versions v where v.skill_id = s.id) as versions,
      (s.status = 'active') = (s.active_version_id is not null) or s.status = 'archived' as pointer_ok
    from skills s where s.tenant_id = ${tenantId} and s.slug = ${SLUG}`),
  );
  return state!;
}

for (const database of testDatabases()) {
  describe(`registry consistency on ${database.name}`, () => {
    let storage: Storage;
    let cleanup: () => Promise<void>;
    let h: RegistryHarness;
    let failAt: string | undefined;
    const points = new Set<string>();

    beforeAll(async () => {
      ({ storage, cleanup } = await database.open());
      h = createRegistryHarness(storage, {
        faultPoint: (name) => {
          points.add(name);
          if (name === failAt) throw new Error(`injected failure at ${name}`);
        },
      });
    });
    afterAll(async () => {
      await h?.close();
      await cleanup?.();
    });

    // Each case starts from a fresh tenant in the state the operation starts from.
    const setups: Record<string, (t: string) => Promise<() => Promise<unknown>>> = {
      async activate(t) {
        const v1 = await h.register(t, waterSkill("one"));
        await h.approveAndActivate(t, v1.id);
        const v2 = await h.register(t, waterSkill("two"));
        const version = (await h.registry.versions(t, SLUG)).find((v) => v.id === v2.id)!;
        await writeApproval(storage.db, {
          tenantId: t,
          versionId: v2.id,
          sourceSha256: version.sourceSha256,
          capabilities: version.capabilities,
          status: "approved",
        });
        return () => h.registry.activate({ tenantId: t, versionId: v2.id, actor: "test" });
      },
      async rollback(t) {
        const v1 = await h.register(t, waterSkill("one"));
        const v2 = await h.register(t, waterSkill("two"));
        await h.approveAndActivate(t, v1.id);
        await h.approveAndActivate(t, v2.id);
        return () => h.registry.rollback({ tenantId: t, slug: SLUG, actor: "test" });
      },
      async archive(t) {
        const v1 = await h.register(t, waterSkill("one"));
        await h.approveAndActivate(t, v1.id);
        return () => h.registry.archive({ tenantId: t, slug: SLUG, actor: "test" });
      },
      async restore(t) {
        const v1 = await h.register(t, waterSkill("one"));
        await h.approveAndActivate(t, v1.id);
        await h.registry.archive({ tenantId: t, slug: SLUG, actor: "test" });
        return () => h.registry.restore({ tenantId: t, slug: SLUG, actor: "test" });
      },
    };
    let tenants = 0;
    const freshTenant = async () => (await createTenant(storage.db, { name: `C${++tenants}` }, "test")).id;

    it.each(Object.keys(setups))(
      "leaves the old state or the new one when a failure lands between any two writes of %s",
      async (op) => {
        // A clean run finds the operation's fault points (each sits right after one write).
        const dry = await freshTenant();
        const run = await setups[op]!(dry);
        const start = await tableState(storage, dry);
        points.clear();
        await run();
        const end = await tableState(storage, dry);
        expect(end).not.toEqual(start);
        const opPoints = [...points].filter((p) => p.startsWith(`${op}:`));
        expect(opPoints.length).toBeGreaterThan(0);
        for (const point of opPoints) {
          const t = await freshTenant();
          const again = await setups[op]!(t);
          const before = await tableState(storage, t);
          failAt = point;
          try {
            await expect(again(), point).rejects.toThrow(/injected failure/);
          } finally {
            failAt = undefined;
          }
          expect(await tableState(storage, t), point).toEqual(before);
          await again();
          const after = await tableState(storage, t);
          expect({ ...after, active_version_id: null, last_activated: null }, point).toEqual({
            ...end,
            active_version_id: null,
            last_activated: null,
          });
          expect(after.pointer_ok).toBe(true);
        }
      },
    );

    it("runs 200 calls in flight while rollbacks land: every call succeeds on exactly one version", async () => {
      const t = (await createTenant(storage.db, { name: "C2" }, "test")).id;
      const v1 = await h.register(t, waterSkill("one"));
      const v2 = await h.register(t, waterSkill("two"));
      await h.approveAndActivate(t, v1.id);
      await h.approveAndActivate(t, v2.id);
      const marker = new Map([
        [v1.id, "one"],
        [v2.id, "two"],
      ]);
      // Ten waves of 20 calls; each wave is still in flight when the next rollback lands.
      const calls: Array<ReturnType<typeof h.registry.call>> = [];
      for (let wave = 0; wave < 10; wave++) {
        for (let i = 0; i < 20; i++) {
          calls.push(
            h.registry.call({
              tenantId: t,
              slug: SLUG,
              method: "executeAction",
              action: "log_water",
              params: { amount_ml: wave * 20 + i + 1 },
            }),
          );
        }
        await h.registry.rollback({ tenantId: t, slug: SLUG, actor: "test" });
      }
      const outcomes = await Promise.all(calls);
      for (const o of outcomes) {
        expect(o.ok).toBe(true);
        // The value was computed by the code of the version the outcome names.
        expect(o.ok && (o.value as { marker: string }).marker).toBe(marker.get(o.versionId));
      }
      const used = new Set(outcomes.map((o) => o.versionId));
      expect([...used].sort()).toEqual([v1.id, v2.id].sort());
      const [{ n }] = rowsOf(
        await storage.db.execute(sql`select count(*)::int as n from skill_records where tenant_id = ${t}`),
      ) as [{ n: number }];
      expect(n).toBe(200);
    });
  });
}
