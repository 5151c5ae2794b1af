// Attack stories against activation: making code callable that the user did not approve.
// Technique: reuse an approval for other code, rewrite an approved version in place, or point the
// skill at an unapproved version behind the registry's back. Canary: the approved version stays
// the one that runs.
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createRegistryHarness, waterSkill, type RegistryHarness } from "../../support/registry.js";
import { testDatabases } from "../../support/storage.js";
import { createTenant, type Storage } from "../../../src/storage/index.js";
import { writeApproval } from "../../../src/storage/approval-fixtures.js";

const SLUG = "custom-water-tracker";
const [pglite] = testDatabases();

async function refusal(p: Promise<unknown>): Promise<string> {
  try {
    await p;
    return "accepted";
  } catch (err) {
    const e = err as Error & { code?: string; cause?: Error };
    return `${e.code ?? ""} ${e.message} ${e.cause?.message ?? ""}`;
  }
}

describe("registry: activating code the user did not approve", () => {
  let storage: Storage;
  let cleanup: () => Promise<void>;
  let h: RegistryHarness;
  let tenantId = "";
  let approved = { id: "", sha: "" };
  let evil = { id: "", sha: "", caps: [] as string[] };

  const canary = async () => {
    const outcome = await h.registry.call({ tenantId, slug: SLUG, method: "getData" });
    expect(outcome).toMatchObject({ ok: true, versionId: approved.id, value: { marker: "approved" } });
  };

  beforeAll(async () => {
    ({ storage, cleanup } = await pglite!.open());
    h = createRegistryHarness(storage);
    tenantId = (await createTenant(storage.db, { name: "victim" }, "test")).id;
    const v1 = await h.register(tenantId, waterSkill("approved"));
    await h.approveAndActivate(tenantId, v1.id);
    approved = { id: v1.id, sha: v1.sourceSha256 };
    const v2 = await h.register(tenantId, waterSkill("exfiltrate", { moods: true }));
    evil = { id: v2.id, sha: v2.sourceSha256, caps: v2.capabilities };
  });
  afterAll(async () => {
    await h?.close();
    await cleanup?.();
  });

  it("refuses to activate new code with the approval of the old code (hash bound): APPROVAL_BINDING_MISMATCH", async () => {
    // The attacker copies the approved version's approval onto the new version id.
    await writeApproval(storage.db, {
      tenantId,
      versionId: evil.id,
      sourceSha256: approved.sha,
      capabilities: evil.caps,
      status: "approved",
    });
    expect(await refusal(h.registry.activate({ tenantId, versionId: evil.id, actor: "attacker" }))).toMatch(
      /^APPROVAL_BINDING_MISMATCH/,
    );
    await canary();
  });

  it("refuses to activate code with more capabilities than were approved (capability set bound): APPROVAL_BINDING_MISMATCH", async () => {
    await writeApproval(storage.db, {
      tenantId,
      versionId: evil.id,
      sourceSha256: evil.sha,
      capabilities: ["data.read:water_entries"],
      status: "approved",
    });
    expect(await refusal(h.registry.activate({ tenantId, versionId: evil.id, actor: "attacker" }))).toMatch(
      /^APPROVAL_BINDING_MISMATCH/,
    );
    await canary();
  });

  it("refuses rewriting an approved version's source, capabilities or audit report in place: the database says immutable", async () => {
    for (const change of [
      sql`update skill_versions set source = replace(source, 'approved', 'exfiltrate') where id = ${approved.id}`,
      sql`update skill_versions set capabilities = array_append(capabilities, 'data.read:moods') where id = ${approved.id}`,
      sql`update skill_versions set audit_report = jsonb_set(audit_report, '{capabilities}', '["data.read:moods"]') where id = ${approved.id}`,
      sql`update skill_versions set trial_report = '{"ok":true,"steps":[],"peakHeapBytes":0}' where id = ${approved.id}`,
    ]) {
      expect(await refusal(storage.db.execute(change))).toMatch(/immutable/);
    }
    await canary();
  });

  it("refuses pointing the skill at an unapproved version with SQL: the database requires an approved version of the same skill", async () => {
    expect(
      await refusal(
        storage.db.execute(
          sql`update skills set active_version_id = ${evil.id} where tenant_id = ${tenantId} and slug = ${SLUG}`,
        ),
      ),
    ).toMatch(/approved version of the same skill/);
    await canary();
  });
});
