// Technique: reuse a code that already worked (the same request, a later request, ten at once).
// Defence: codes are single use, bound by HMAC to one request's binding, checked under the
// request's row lock; TOTP steps once used are refused (afterTimeStep).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sql } from "drizzle-orm";
import { approvalFixture, insertVersion } from "../../support/approval.js";
import { openStorage, type Storage } from "../../../src/storage/index.js";

describe("replay of approval codes", () => {
  let storage: Storage;
  beforeAll(async () => {
    storage = await openStorage({});
  });
  afterAll(async () => storage?.close());

  it("a used email code is refused the second time and on another request; ten concurrent uses succeed once", async () => {
    const fx = await approvalFixture(storage, { totp: true });
    const v1 = await insertVersion(storage, fx.tenantId, { slug: "custom-one" });
    const a = await fx.service.gateway.create(fx.tenantId, v1.versionId, "test");
    await fx.service.gateway.flush();
    const code = fx.lastCode("email");
    const all = await Promise.all(
      Array.from({ length: 10 }, () => fx.service.gateway.verify(fx.tenantId, a.id, "email", code, "test")),
    );
    expect(all.filter((r) => r.ok)).toHaveLength(1);
    const totp = await fx.totpCode();
    expect((await fx.service.gateway.verify(fx.tenantId, a.id, "totp", totp, "test")).ok).toBe(true);

    const v2 = await insertVersion(storage, fx.tenantId, { slug: "custom-two" });
    const b = await fx.service.gateway.create(fx.tenantId, v2.versionId, "test");
    await fx.service.gateway.flush();
    expect(await fx.service.gateway.verify(fx.tenantId, b.id, "email", code, "test")).toMatchObject({
      ok: false,
      code: "APPROVAL_CODE_REJECTED",
    });
    expect((await fx.service.gateway.verify(fx.tenantId, b.id, "email", fx.lastCode("email"), "test")).ok).toBe(true);
    expect(await fx.service.gateway.verify(fx.tenantId, b.id, "totp", totp, "test")).toMatchObject({
      ok: false,
      code: "APPROVAL_CODE_REJECTED",
    });
    expect(fx.approved.map((x) => x.id)).toEqual([a.id]);
  });

  it("a known code's stored hash copied onto another request's code does not make it work there (the HMAC covers the binding)", async () => {
    // A database-level attacker without the secret key: it knows one code (an old message) and can
    // rewrite rows, so it gives the new request's email code the old code's hash.
    const fx = await approvalFixture(storage);
    const v1 = await insertVersion(storage, fx.tenantId, { slug: "custom-old" });
    const old = await fx.service.gateway.create(fx.tenantId, v1.versionId, "test");
    await fx.service.gateway.flush();
    const known = fx.lastCode("email");
    const v2 = await insertVersion(storage, fx.tenantId, { slug: "custom-new" });
    const target = await fx.service.gateway.create(fx.tenantId, v2.versionId, "test");
    await storage.db.execute(sql`alter table approval_codes disable trigger approval_codes_final`);
    await storage.db
      .execute(sql`update approval_codes set code_hmac = (select code_hmac from approval_codes where approval_id = ${old.id} and channel = 'email')
      where approval_id = ${target.id} and channel = 'email' and status = 'active'`);
    await storage.db.execute(sql`alter table approval_codes enable trigger approval_codes_final`);
    expect(await fx.service.gateway.verify(fx.tenantId, target.id, "email", known, "attacker")).toMatchObject({
      ok: false,
      code: "APPROVAL_CODE_REJECTED",
    });
    expect((await fx.service.gateway.get(fx.tenantId, target.id))!.confirmed).toEqual([]);
  });
});
