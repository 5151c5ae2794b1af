// Technique: with a stolen admin key, replace the victim's phone with the attacker's, then ask
// for an approval so the codes come to the attacker.
// Defence: a change needs a code sent to the point it replaces, and even then only carries
// approvals after the cool-down; requests keep the contact points fixed when they were created.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { approvalFixture, insertVersion } from "../../support/approval.js";
import { openStorage, type Storage } from "../../../src/storage/index.js";

describe("contact-point swap", () => {
  let storage: Storage;
  beforeAll(async () => {
    storage = await openStorage({});
  });
  afterAll(async () => storage?.close());

  it("the attacker's number needs the victim's confirmation code and waits out the cool-down", async () => {
    const fx = await approvalFixture(storage, { cooldownMs: 24 * 3600_000 });
    const victim = fx.sms.sent.length;
    const pending = await fx.service.contacts.add(fx.tenantId, "sms", "+15559998888", "stolen-admin-key");
    await fx.service.gateway.flush();
    const toAttacker = fx.sms.sent.find((m) => m.to === "+15559998888")!;
    const toVictim = fx.sms.sent.slice(victim).find((m) => m.to !== "+15559998888")!;
    expect(toVictim.text).toContain("+15559998888");
    const attackerCode = /code is (\d{6})/.exec(toAttacker.text)![1]!;
    // Without the code sent to the victim's phone the change is refused.
    await expect(
      fx.service.contacts.verify(fx.tenantId, pending.id, attackerCode, "000000", "stolen-admin-key"),
    ).rejects.toMatchObject({ code: "CONTACT_VERIFY_FAILED" });
    await expect(
      fx.service.contacts.verify(fx.tenantId, pending.id, attackerCode, undefined, "stolen-admin-key"),
    ).rejects.toMatchObject({ code: "CONTACT_VERIFY_FAILED" });

    // Even had the attacker both codes, the new number only counts after the cool-down.
    const victimCode = /confirmation code is (\d{6})/.exec(toVictim.text)![1]!;
    const changed = await fx.service.contacts.verify(fx.tenantId, pending.id, attackerCode, victimCode, "admin");
    expect(new Date(changed.effectiveAt!).getTime() - fx.clock.now().getTime()).toBe(24 * 3600_000);
    const { versionId } = await insertVersion(storage, fx.tenantId);
    const a = await fx.service.gateway.create(fx.tenantId, versionId, "test");
    await fx.service.gateway.flush();
    await fx.service.gateway.verify(fx.tenantId, a.id, "email", fx.lastCode("email"), "owner");
    await fx.service.gateway.flush();
    expect(fx.sms.sent.at(-1)!.to).not.toBe("+15559998888");
  });
});
