// Technique: get the human to approve one thing, then swap the source or widen the capabilities
// of the version before activation (a database-level attacker who can drop the immutability trigger).
// Defence: the request binds to the source sha256, the capability-set sha256 and the disclosure
// hash; every code check and the activation re-hash the version; any change supersedes.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sql } from "drizzle-orm";
import { approvalFixture, insertVersion } from "../../support/approval.js";
import { openStorage, type Storage } from "../../../src/storage/index.js";

describe("tampered version after the request", () => {
  let storage: Storage;
  beforeAll(async () => {
    storage = await openStorage({});
  });
  afterAll(async () => storage?.close());

  const tamper = async (versionId: string, set: string) => {
    await storage.db.execute(sql`alter table skill_versions disable trigger skill_versions_immutable`);
    await storage.db.execute(sql.raw(`update skill_versions set ${set} where id = '${versionId}'`));
    await storage.db.execute(sql`alter table skill_versions enable trigger skill_versions_immutable`);
  };

  it.each([
    ["swapped source", "source = source || '\n// exfiltrate'"],
    [
      "widened capabilities",
      "capabilities = array['data.read:water_entries','data.write:water_entries','data.read:health_records']",
    ],
  ])("%s between code 1 and code 2: the request is superseded and nothing activates", async (_name, set) => {
    const fx = await approvalFixture(storage);
    const { versionId } = await insertVersion(storage, fx.tenantId, {
      slug: `custom-t${Math.random().toString(36).slice(2, 8)}`,
    });
    const a = await fx.service.gateway.create(fx.tenantId, versionId, "test");
    await fx.service.gateway.flush();
    expect((await fx.service.gateway.verify(fx.tenantId, a.id, "email", fx.lastCode("email"), "owner")).ok).toBe(true);
    await fx.service.gateway.flush();
    await tamper(versionId, set);
    expect(await fx.service.gateway.verify(fx.tenantId, a.id, "sms", fx.lastCode("sms"), "owner")).toMatchObject({
      ok: false,
      code: "APPROVAL_SUPERSEDED",
    });
    expect((await fx.service.gateway.get(fx.tenantId, a.id))!.status).toBe("superseded");
    expect(fx.approved).toEqual([]);
  });

  it("a binding stored on the request cannot be rewritten to match (a trigger refuses it)", async () => {
    const fx = await approvalFixture(storage);
    const { versionId } = await insertVersion(storage, fx.tenantId, { slug: "custom-bound" });
    const a = await fx.service.gateway.create(fx.tenantId, versionId, "test");
    await expect(storage.db.execute(sql`update approvals set capabilities_sha256 = 'x' where id = ${a.id}`)).rejects.toThrow();
  });
});
