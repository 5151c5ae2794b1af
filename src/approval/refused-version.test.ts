// A request that ends refused (rejected on a page or by SMS, too many wrong codes, expired) refuses
// its version with it: the version becomes `rejected` with an audit row, in the transaction that
// decided the request, and can never be asked about again. A superseded request leaves its version
// alone: the version itself did not fail, a newer request replaced the old one.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sql } from "drizzle-orm";
import { testDatabases } from "../../tests/support/storage.js";
import { approvalFixture, insertVersion, type Fixture } from "../../tests/support/approval.js";
import { listAudit, type Storage } from "../storage/index.js";

for (const database of testDatabases()) {
  describe(`a refused request refuses its version, on ${database.name}`, () => {
    let storage: Storage;
    let cleanup: () => Promise<void>;
    beforeAll(async () => {
      ({ storage, cleanup } = await database.open());
    });
    afterAll(async () => cleanup?.());

    async function start(slug: string) {
      const fx = await approvalFixture(storage);
      const { versionId } = await insertVersion(storage, fx.tenantId, { slug });
      const approval = await fx.service.gateway.create(fx.tenantId, versionId, "test");
      await fx.service.gateway.flush();
      return { fx, approval, versionId };
    }
    const versionStatus = async (versionId: string) => {
      const rows = await storage.db.execute(sql`select status from skill_versions where id = ${versionId}`);
      const list = (Array.isArray(rows) ? rows : (rows as { rows: unknown[] }).rows) as Array<{ status: string }>;
      return list[0]?.status;
    };
    const versionAudit = async (fx: Fixture, versionId: string) =>
      (await listAudit(storage.db, fx.tenantId)).filter((r) => r.action === "skill.version.reject" && r.target === versionId);

    it("a rejected request marks its version rejected with one audit row, and no new request can be made for it", async () => {
      const { fx, approval, versionId } = await start("custom-rejected");
      await fx.service.gateway.reject(fx.tenantId, approval.id, "approval-page");
      expect(await versionStatus(versionId)).toBe("rejected");
      const audit = await versionAudit(fx, versionId);
      expect(audit).toHaveLength(1);
      expect(audit[0]).toMatchObject({ actor: "approval-page", detail: { approvalId: approval.id, approval: "rejected" } });
      await expect(fx.service.gateway.create(fx.tenantId, versionId, "test")).rejects.toMatchObject({ code: "CONFLICT" });
    });

    it("ten wrong codes reject the request and its version", async () => {
      const { fx, approval, versionId } = await start("custom-guessed");
      for (let i = 0; i < 10; i++) await fx.service.gateway.verify(fx.tenantId, approval.id, "email", "0000000" + (i % 10), "x");
      expect((await fx.service.gateway.get(fx.tenantId, approval.id))!.status).toBe("rejected");
      expect(await versionStatus(versionId)).toBe("rejected");
      expect(await versionAudit(fx, versionId)).toMatchObject([{ actor: "system", detail: { reason: "too many wrong codes" } }]);
    });

    it("expiry refuses the version, whether a late code or the sweep finds it first", async () => {
      const late = await start("custom-late");
      late.fx.clock.advance(24 * 3600_000);
      expect(
        await late.fx.service.gateway.verify(late.fx.tenantId, late.approval.id, "email", late.fx.lastCode("email"), "x"),
      ).toMatchObject({
        ok: false,
        code: "APPROVAL_EXPIRED",
      });
      expect(await versionStatus(late.versionId)).toBe("rejected");
      expect(await versionAudit(late.fx, late.versionId)).toMatchObject([{ detail: { approval: "expired" } }]);

      const swept = await start("custom-swept");
      swept.fx.clock.advance(24 * 3600_000 + 1);
      await swept.fx.service.gateway.expireDue();
      expect((await swept.fx.service.gateway.get(swept.fx.tenantId, swept.approval.id))!.status).toBe("expired");
      expect(await versionStatus(swept.versionId)).toBe("rejected");
      expect(await versionAudit(swept.fx, swept.versionId)).toHaveLength(1);
    });

    it("a superseded request leaves its version awaiting approval, and the new request can approve it", async () => {
      const { fx, approval, versionId } = await start("custom-asked-twice");
      const again = await fx.service.gateway.create(fx.tenantId, versionId, "test");
      expect((await fx.service.gateway.get(fx.tenantId, approval.id))!.status).toBe("superseded");
      expect(await versionStatus(versionId)).toBe("awaiting_approval");
      await fx.service.gateway.flush();
      expect((await fx.service.gateway.verify(fx.tenantId, again.id, "email", fx.lastCode("email"), "x")).ok).toBe(true);
      await fx.service.gateway.flush();
      expect(await fx.service.gateway.verify(fx.tenantId, again.id, "sms", fx.lastCode("sms"), "x")).toMatchObject({
        ok: true,
        approval: { status: "approved" },
      });
      expect(await versionAudit(fx, versionId)).toEqual([]);
    });
  });
}
