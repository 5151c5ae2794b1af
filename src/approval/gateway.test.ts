import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sql } from "drizzle-orm";
import { testDatabases } from "../../tests/support/storage.js";
import { approvalFixture, insertVersion, outboxOf, type Fixture } from "../../tests/support/approval.js";
import { listApprovalEvents, listAudit, openStorage, type Storage } from "../storage/index.js";

for (const database of testDatabases()) {
  describe(`approval gateway on ${database.name}`, () => {
    let storage: Storage;
    let url: string | undefined;
    let cleanup: () => Promise<void>;
    beforeAll(async () => {
      ({ storage, url, cleanup } = await database.open());
    });
    afterAll(async () => cleanup?.());

    async function start(opts: { totp?: boolean } = {}) {
      const fx = await approvalFixture(storage, opts);
      const { versionId, skillId } = await insertVersion(storage, fx.tenantId);
      const approval = await fx.service.gateway.create(fx.tenantId, versionId, "api-key:assistant");
      await fx.service.gateway.flush();
      return { fx, approval, versionId, skillId };
    }
    const verify = (fx: Fixture, id: string, channel: "sms" | "email" | "totp", code: string) =>
      fx.service.gateway.verify(fx.tenantId, id, channel, code, "test");

    it("approves after email then SMS, activates once, and never stores or logs a code", async () => {
      const { fx, approval } = await start();
      expect(approval.channels).toEqual(["email", "sms"]);
      expect(approval.fingerprint).toMatch(/^[0-9A-F]{4}-[0-9A-F]{4}$/);
      expect(fx.email.sent).toHaveLength(1);
      expect(fx.sms.sent).toHaveLength(0);
      const mail = fx.email.sent[0]!;
      expect(mail.subject).toContain(approval.fingerprint);
      expect(mail.text).toContain("Add and change entries in your water entries (medium risk, NEW)");
      const emailCode = fx.lastCode("email");
      expect(emailCode).toMatch(/^\d{8}$/);
      const first = await verify(fx, approval.id, "email", emailCode);
      expect(first).toMatchObject({ ok: true, next: "sms" });
      await fx.service.gateway.flush();
      expect(fx.sms.sent).toHaveLength(1);
      expect(fx.sms.sent[0]!.text).toContain(approval.fingerprint);
      expect(fx.sms.sent[0]!.text.length).toBeLessThan(320);
      const done = await verify(fx, approval.id, "sms", fx.lastCode("sms"));
      expect(done).toMatchObject({ ok: true, approval: { status: "approved", confirmed: ["email", "sms"] } });
      expect(fx.approved.map((a) => a.id)).toEqual([approval.id]);
      const kinds = (await listApprovalEvents(storage.db, fx.tenantId, approval.id)).map((e) => e.kind);
      expect(kinds).toEqual(
        expect.arrayContaining(["created", "code_issued", "delivery_accepted", "channel_confirmed", "approved", "activated"]),
      );
      const trail = JSON.stringify([
        await listApprovalEvents(storage.db, fx.tenantId, approval.id),
        await listAudit(storage.db, fx.tenantId),
      ]);
      expect(trail).not.toContain(emailCode);
      // Real transports' bodies are dropped once delivered: the outbox keeps no code.
      expect((await outboxOf(storage, approval.id)).every((r) => r.body === null && r.status === "sent")).toBe(true);
    });

    it("approves on email then TOTP when an authenticator is enrolled, and refuses the TOTP code a second time", async () => {
      const { fx, approval } = await start({ totp: true });
      expect(approval.channels).toEqual(["email", "totp"]);
      expect((await verify(fx, approval.id, "email", fx.lastCode("email"))).ok).toBe(true);
      const code = await fx.totpCode();
      expect(await verify(fx, approval.id, "totp", code)).toMatchObject({ ok: true, approval: { status: "approved" } });
      // The same TOTP step on a later request of the tenant is a replay.
      const again = await insertVersion(storage, fx.tenantId, { slug: "custom-other" });
      const second = await fx.service.gateway.create(fx.tenantId, again.versionId, "test");
      await fx.service.gateway.flush();
      expect((await verify(fx, second.id, "email", fx.lastCode("email"))).ok).toBe(true);
      expect(await verify(fx, second.id, "totp", code)).toMatchObject({ ok: false, code: "APPROVAL_CODE_REJECTED" });
    });

    it("locks a code after five wrong tries and rejects the request after ten across resends", async () => {
      const { fx, approval } = await start();
      const right = fx.lastCode("email");
      const wrong = right === "00000000" ? "11111111" : "00000000";
      for (let i = 0; i < 5; i++)
        expect(await verify(fx, approval.id, "email", wrong)).toMatchObject({ ok: false, code: "APPROVAL_CODE_REJECTED" });
      // Locked: even the right code now fails, and the answer does not say why.
      expect(await verify(fx, approval.id, "email", right)).toMatchObject({ ok: false, code: "APPROVAL_CODE_REJECTED" });
      await fx.service.gateway.resend(fx.tenantId, approval.id, "test");
      await fx.service.gateway.flush();
      const fresh = fx.lastCode("email");
      // 6 failures so far (the locked right code counted); 4 more make 10.
      for (let i = 0; i < 4; i++) await verify(fx, approval.id, "email", fresh === wrong ? "22222222" : wrong);
      expect(await verify(fx, approval.id, "email", fresh)).toMatchObject({ ok: false, code: "APPROVAL_DECIDED" });
      expect((await fx.service.gateway.get(fx.tenantId, approval.id))!.status).toBe("rejected");
    });

    it("allows three resends per channel and no more, without resetting counters", async () => {
      const { fx, approval } = await start();
      await verify(fx, approval.id, "email", "12");
      for (let i = 0; i < 3; i++) await fx.service.gateway.resend(fx.tenantId, approval.id, "test");
      await expect(fx.service.gateway.resend(fx.tenantId, approval.id, "test")).rejects.toMatchObject({ code: "RATE_LIMITED" });
      const row = await storage.db.execute(sql`select failed_attempts from approvals where id = ${approval.id}`);
      expect(JSON.stringify(row)).toContain('"failed_attempts":1');
    });

    it("refuses the SMS code before the email one, and the same channel twice", async () => {
      const { fx, approval } = await start();
      expect(await verify(fx, approval.id, "sms", "123456")).toMatchObject({ ok: false, code: "APPROVAL_CODE_REJECTED" });
      const code = fx.lastCode("email");
      expect((await verify(fx, approval.id, "email", code)).ok).toBe(true);
      expect(await verify(fx, approval.id, "email", code)).toMatchObject({ ok: false, code: "APPROVAL_CODE_REJECTED" });
      expect((await fx.service.gateway.get(fx.tenantId, approval.id))!.confirmed).toEqual(["email"]);
    });

    it("refuses a code after its 10 minutes and every code after the 24 h expiry, then the sweep expires once", async () => {
      const { fx, approval } = await start();
      const code = fx.lastCode("email");
      fx.clock.advance(10 * 60_000);
      expect(await verify(fx, approval.id, "email", code)).toMatchObject({ ok: false, code: "APPROVAL_CODE_REJECTED" });
      await fx.service.gateway.resend(fx.tenantId, approval.id, "test");
      await fx.service.gateway.flush();
      const fresh = fx.lastCode("email");
      fx.clock.advance(24 * 3600_000);
      expect(await verify(fx, approval.id, "email", fresh)).toMatchObject({ ok: false, code: "APPROVAL_EXPIRED" });
      const other = await start();
      other.fx.clock.advance(24 * 3600_000 + 1);
      // The database is shared by this file's tests: others' pending requests are due too.
      expect((await other.fx.service.gateway.expireDue()).expired).toBeGreaterThanOrEqual(1);
      expect(await other.fx.service.gateway.expireDue()).toMatchObject({ expired: 0 });
      expect((await other.fx.service.gateway.get(other.fx.tenantId, other.approval.id))!.status).toBe("expired");
    });

    it.runIf(database.name === "postgres")("expires each request once when two instances sweep at the same moment", async () => {
      const fx = await approvalFixture(storage);
      const ids: string[] = [];
      for (let i = 0; i < 3; i++) {
        const { versionId } = await insertVersion(storage, fx.tenantId, { slug: `custom-sweep${i}` });
        ids.push((await fx.service.gateway.create(fx.tenantId, versionId, "test")).id);
      }
      await fx.service.gateway.flush();
      fx.clock.advance(24 * 3600_000 + 1);
      const second = await openStorage({ databaseUrl: url! });
      try {
        const other = await approvalFixture(second);
        other.clock.set(fx.clock.now());
        await Promise.all([fx.service.gateway.expireDue(), other.service.gateway.expireDue(), fx.service.gateway.expireDue()]);
        for (const id of ids) {
          const kinds = (await listApprovalEvents(storage.db, fx.tenantId, id)).map((e) => e.kind);
          expect(kinds.filter((k) => k === "expired")).toHaveLength(1);
        }
      } finally {
        await second.close();
      }
    });

    it("accepts exactly one of ten simultaneous correct submissions", async () => {
      const { fx, approval } = await start();
      const code = fx.lastCode("email");
      const results = await Promise.all(Array.from({ length: 10 }, () => verify(fx, approval.id, "email", code)));
      expect(results.filter((r) => r.ok)).toHaveLength(1);
      await fx.service.gateway.flush();
      expect(fx.sms.sent).toHaveLength(1);
    });

    it("supersedes the request when the version changes after it was made, and a new request supersedes an old one", async () => {
      const { fx, approval, versionId, skillId } = await start();
      const code = fx.lastCode("email");
      // Tampering past the immutability trigger, as a database-level attacker would.
      await storage.db.execute(sql`alter table skill_versions disable trigger skill_versions_immutable`);
      await storage.db.execute(
        sql`update skill_versions set capabilities = array['data.read:water_entries','data.write:bank_accounts'] where id = ${versionId}`,
      );
      await storage.db.execute(sql`alter table skill_versions enable trigger skill_versions_immutable`);
      expect(await verify(fx, approval.id, "email", code)).toMatchObject({ ok: false, code: "APPROVAL_SUPERSEDED" });
      expect(fx.approved).toEqual([]);
      const next = await insertVersion(storage, fx.tenantId, { skillId, version: "1.0.1" });
      const a = await fx.service.gateway.create(fx.tenantId, next.versionId, "test");
      const b = await fx.service.gateway.create(fx.tenantId, next.versionId, "test");
      expect((await fx.service.gateway.get(fx.tenantId, a.id))!.status).toBe("superseded");
      expect(b.status).toBe("pending");
    });

    it("rejects on request and refuses codes afterwards", async () => {
      const { fx, approval } = await start();
      await fx.service.gateway.reject(fx.tenantId, approval.id, "test");
      expect(await verify(fx, approval.id, "email", fx.lastCode("email"))).toMatchObject({ ok: false, code: "APPROVAL_DECIDED" });
      await expect(fx.service.gateway.reject(fx.tenantId, approval.id, "test")).rejects.toMatchObject({
        code: "APPROVAL_DECIDED",
      });
    });

    it("marks a channel undeliverable on a permanent failure, never falls back, and refuses approval", async () => {
      const fx = await approvalFixture(storage);
      fx.email.script.push({ ok: false, permanent: true, reason: "SMTP 550" });
      const { versionId } = await insertVersion(storage, fx.tenantId);
      const approval = await fx.service.gateway.create(fx.tenantId, versionId, "test");
      await fx.service.gateway.flush();
      expect(fx.sms.sent).toHaveLength(0);
      const now = await fx.service.gateway.get(fx.tenantId, approval.id);
      expect(now!.undeliverable).toEqual(["email"]);
      expect(await verify(fx, approval.id, "email", "12345678")).toMatchObject({ ok: false, code: "APPROVAL_UNDELIVERABLE" });
    });

    it("refuses a request when the tenant has fewer than two verified channels", async () => {
      const fx = await approvalFixture(storage);
      await storage.db.execute(sql`delete from contact_points where tenant_id = ${fx.tenantId} and channel = 'sms'`);
      const { versionId } = await insertVersion(storage, fx.tenantId);
      await expect(fx.service.gateway.create(fx.tenantId, versionId, "test")).rejects.toMatchObject({
        code: "APPROVAL_NO_CHANNELS",
      });
    });
  });
}
