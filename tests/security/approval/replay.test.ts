// Technique: reuse a code that already worked (the same request, a later request, ten at once).
// Defence: codes are single use, bound by HMAC to one request's binding, checked under the
// request's row lock; TOTP steps once used are refused (afterTimeStep).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { approvalFixture, insertVersion } from "../../support/approval.js";
import { openStorage, type Storage } from "../../../src/storage/index.js";

describe("replay of approval codes", () => {
  let storage: Storage;
  beforeAll(async () => { storage = await openStorage({}); });
  afterAll(async () => storage?.close());

  it("a used email code is refused the second time and on another request; ten concurrent uses succeed once", async () => {
    const fx = await approvalFixture(storage, { totp: true });
    const v1 = await insertVersion(storage, fx.tenantId, { slug: "custom-one" });
    const a = await fx.service.gateway.create(fx.tenantId, v1.versionId, "test");
    await fx.service.gateway.flush();
    const code = fx.lastCode("email");
    const all = await Promise.all(Array.from({ length: 10 }, () => fx.service.gateway.verify(fx.tenantId, a.id, "email", code, "test")));
    expect(all.filter((r) => r.ok)).toHaveLength(1);
    const totp = await fx.totpCode();
    expect((await fx.service.gateway.verify(fx.tenantId, a.id, "totp", totp, "test")).ok).toBe(true);

    const v2 = await insertVersion(storage, fx.tenantId, { slug: "custom-two" });
    const b = await fx.service.gateway.create(fx.tenantId, v2.versionId, "test");
    await fx.service.gateway.flush();
    expect(await fx.service.gateway.verify(fx.tenantId, b.id, "email", code, "test")).toMatchObject({ ok: false, code: "APPROVAL_CODE_REJECTED" });
    expect((await fx.service.gateway.verify(fx.tenantId, b.id, "email", fx.lastCode("email"), "test")).ok).toBe(true);
    expect(await fx.service.gateway.verify(fx.tenantId, b.id, "totp", totp, "test")).toMatchObject({ ok: false, code: "APPROVAL_CODE_REJECTED" });
    expect(fx.approved.map((x) => x.id)).toEqual([a.id]);
  });
});
