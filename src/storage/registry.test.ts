import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sql } from "drizzle-orm";
import { testDatabases } from "../../tests/support/storage.js";
import { createTenant, ensureSkill, insertVersion, setSkillState, setVersionStatus, type Storage } from "./index.js";

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
  });
}
