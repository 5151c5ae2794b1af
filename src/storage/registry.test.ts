import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sql } from "drizzle-orm";
import { testDatabases } from "../../tests/support/storage.js";
import {
  createTenant,
  ensureSkill,
  insertInvocations,
  insertVersion,
  setSkillState,
  setVersionStatus,
  versionUsage,
  type Storage,
} from "./index.js";

const UPDATES: Record<string, (col: string) => string> = {
  text: (c) => `${c} = ${c} || 'x'`,
  uuid: (c) => `${c} = gen_random_uuid()`,
  jsonb: (c) => `${c} = jsonb_build_object('forged', ${c})`,
  ARRAY: (c) => `${c} = array_append(${c}, 'data.read:forged')`,
  "timestamp with time zone": (c) => `${c} = ${c} + interval '1 second'`,
};

/** The database's own message (drizzle wraps it as the cause of "Failed query"). */
async function refusal(p: Promise<unknown>): Promise<string> {
  try {
    await p;
  } catch (err) {
    const e = err as Error & { cause?: Error };
    return `${e.message} ${e.cause?.message ?? ""}`;
  }
  return "accepted";
}

const rowsOf = (r: unknown) => (Array.isArray(r) ? r : (r as { rows: unknown[] }).rows) as Array<Record<string, string>>;

for (const database of testDatabases()) {
  describe(`registry storage guards on ${database.name}`, () => {
    let storage: Storage;
    let cleanup: () => Promise<void>;
    let tenantId = "";
    let skillId = "";
    let versionId = "";

    beforeAll(async () => {
      ({ storage, cleanup } = await database.open());
      tenantId = (await createTenant(storage.db, { name: "G" }, "test")).id;
      skillId = (await ensureSkill(storage.db, { tenantId, slug: "custom-guarded", name: "Guarded", description: "" })).id;
      versionId = (
        await insertVersion(storage.db, {
          tenantId,
          skillId,
          version: "1.0.0",
          source: "export default {}",
          sha256: "a".repeat(64),
          manifest: { slug: "custom-guarded" },
          configSchema: { type: "object" },
          collections: {},
          skillMd: "# Guarded",
          capabilities: ["data.read:things"],
          auditReport: { ok: true, findings: [], capabilities: ["data.read:things"], risk: "low" },
          trialReport: { ok: true, steps: [], peakHeapBytes: 0 },
          generator: { provider: "template" },
          status: "awaiting_approval",
        })
      ).id;
    });
    afterAll(async () => cleanup?.());

    it("refuses a change to every column of a version but status, including columns added after the first guard", async () => {
      const cols = rowsOf(
        await storage.db.execute(
          sql`select column_name, data_type from information_schema.columns where table_name = 'skill_versions' and table_schema = current_schema() order by ordinal_position`,
        ),
      );
      const checked: string[] = [];
      for (const { column_name: col, data_type: type } of cols) {
        if (col === "status") continue;
        const update = UPDATES[type!];
        expect(update, `no probe for ${col} (${type})`).toBeDefined();
        expect(
          await refusal(
            storage.db.execute(sql.raw(`update skill_versions set ${update!(`"${col}"`)} where id = '${versionId}'`)),
          ),
          col,
        ).toMatch(/immutable/);
        checked.push(col!);
      }
      expect(checked).toEqual(
        expect.arrayContaining([
          "source",
          "sha256",
          "capabilities",
          "audit_report",
          "trial_report",
          "generator",
          "config_schema",
          "collections",
          "skill_md",
        ]),
      );
      await setVersionStatus(storage.db, tenantId, versionId, "approved");
      const [row] = rowsOf(await storage.db.execute(sql`select status, sha256 from skill_versions where id = ${versionId}`));
      expect(row).toEqual({ status: "approved", sha256: "a".repeat(64) });
    });

    it("refuses an active version that is not an approved version of the same skill", async () => {
      const other = await ensureSkill(storage.db, { tenantId, slug: "custom-other", name: "Other", description: "" });
      expect(
        await refusal(
          setSkillState(storage.db, tenantId, other.id, { status: "active", activeVersionId: versionId }, new Date()),
        ),
      ).toMatch(/approved version of the same skill/);
      const pending = await insertVersion(storage.db, {
        tenantId,
        skillId,
        version: "1.0.1",
        source: "export default {}",
        sha256: "b".repeat(64),
        manifest: {},
        configSchema: true,
        collections: {},
        skillMd: "",
        capabilities: [],
        auditReport: { ok: true, findings: [], capabilities: [], risk: "low" },
        trialReport: { ok: true, steps: [], peakHeapBytes: 0 },
        generator: { provider: "template" },
        status: "awaiting_approval",
      });
      expect(
        await refusal(
          setSkillState(storage.db, tenantId, skillId, { status: "active", activeVersionId: pending.id }, new Date()),
        ),
      ).toMatch(/approved version of the same skill/);
      await setSkillState(storage.db, tenantId, skillId, { status: "active", activeVersionId: versionId }, new Date());
    });

    it("writes a batch of calls in one statement, text kept exactly, and they go with their tenant", async () => {
      const own = await createTenant(storage.db, { name: "Usage" }, "test");
      const skill = await ensureSkill(storage.db, { tenantId: own.id, slug: "custom-used", name: "Used", description: "" });
      const version = await insertVersion(storage.db, {
        tenantId: own.id,
        skillId: skill.id,
        version: "1.0.0",
        source: "export default {}",
        sha256: "c".repeat(64),
        manifest: {},
        configSchema: true,
        collections: {},
        skillMd: "",
        capabilities: [],
        auditReport: { ok: true, findings: [], capabilities: [], risk: "low" },
        trialReport: { ok: true, steps: [], peakHeapBytes: 0 },
        generator: { provider: "template" },
        status: "awaiting_approval",
      });
      const at = new Date("2026-03-01T10:00:00.000Z");
      const row = { tenantId: own.id, skillId: skill.id, versionId: version.id, method: "executeAction", at };
      const odd = `it's "odd", {a,b} \\ \u0000-free ☕`;
      await insertInvocations(storage.db, [
        { ...row, id: "00000000-0000-4000-8000-00000000abcd", action: "log", ok: true, errorCode: null, ms: 3.6 },
        { ...row, action: odd, ok: false, errorCode: "SANDBOX_TIMEOUT", ms: 12 },
        { ...row, method: "getData", action: null, ok: true, errorCode: null, ms: 0, at: new Date(at.getTime() + 5_000) },
      ]);
      const [usage] = await versionUsage(storage.db, own.id, skill.id);
      expect(usage).toMatchObject({ versionId: version.id, calls: 3, errors: 1 });
      const stored = rowsOf(
        await storage.db.execute(
          sql`select id::text, action, error_code, ms, at from invocations where tenant_id = ${own.id} order by at, ms`,
        ),
      );
      expect(stored.map((r) => r.action)).toEqual(expect.arrayContaining(["log", odd.replace("\u0000", "\ufffd"), null]));
      expect(stored.find((r) => r.action === "log")).toMatchObject({ id: "00000000-0000-4000-8000-00000000abcd", ms: 4 });
      expect(stored.every((r) => typeof r.id === "string" && r.id.length === 36)).toBe(true);
      const lastUsed = rowsOf(await storage.db.execute(sql`select last_used_at from skills where id = ${skill.id}`))[0]!;
      expect(new Date(lastUsed.last_used_at!).toISOString()).toBe("2026-03-01T10:00:05.000Z");
      // The version is the one reference: deleting the tenant takes the calls with it.
      await storage.db.execute(sql`delete from tenants where id = ${own.id}`);
      const left = rowsOf(await storage.db.execute(sql`select count(*)::int as n from invocations where tenant_id = ${own.id}`));
      expect(Number(left[0]!.n)).toBe(0);
    });
  });
}
