// Technique: read one channel (say, a compromised mailbox) and use that code for the other, or
// confirm one channel twice.
// Defence: codes are HMACs over (binding, channel, code); the machine only accepts the expected
// channel, once; both channels are needed.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { approvalFixture, insertVersion } from "../../support/approval.js";
import { openStorage, type Storage } from "../../../src/storage/index.js";

describe("cross-channel code reuse", () => {
  let storage: Storage;
  beforeAll(async () => { storage = await openStorage({}); });
  afterAll(async () => storage?.close());

  it("the email code does not confirm SMS, and email twice never approves", async () => {
    const fx = await approvalFixture(storage);
    const { versionId } = await insertVersion(storage, fx.tenantId);
    const a = await fx.service.gateway.create(fx.tenantId, versionId, "test");
    await fx.service.gateway.flush();
    const emailCode = fx.lastCode("email");
    expect(await fx.service.gateway.verify(fx.tenantId, a.id, "sms", emailCode.slice(0, 6), "attacker")).toMatchObject({ ok: false, code: "APPROVAL_CODE_REJECTED" });
    expect((await fx.service.gateway.verify(fx.tenantId, a.id, "email", emailCode, "attacker")).ok).toBe(true);
    await fx.service.gateway.flush();
    expect(await fx.service.gateway.verify(fx.tenantId, a.id, "email", emailCode, "attacker")).toMatchObject({ ok: false });
    expect(await fx.service.gateway.verify(fx.tenantId, a.id, "sms", emailCode.slice(0, 6), "attacker")).toMatchObject({ ok: false });
    expect(await fx.service.gateway.verify(fx.tenantId, a.id, "sms", emailCode.slice(2), "attacker")).toMatchObject({ ok: false });
    expect((await fx.service.gateway.get(fx.tenantId, a.id))!.status).toBe("pending");
    expect(fx.approved).toEqual([]);
  });
});
