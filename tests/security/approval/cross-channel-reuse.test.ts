// Technique: read one channel (say, a compromised mailbox) and use that code for the other, or
// confirm one channel twice.
// Defence: codes are HMACs over (binding, channel, code); the machine only accepts the expected
// channel, once; both channels are needed.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { approvalFixture, insertVersion } from "../../support/approval.js";
import { openStorage, type Storage } from "../../../src/storage/index.js";
import { transition, type MachineState } from "../../../src/approval/index.js";

describe("cross-channel code reuse", () => {
  let storage: Storage;
  beforeAll(async () => {
    storage = await openStorage({});
  });
  afterAll(async () => storage?.close());

  it("the email code does not confirm SMS, and email twice never approves", async () => {
    const fx = await approvalFixture(storage);
    const { versionId } = await insertVersion(storage, fx.tenantId);
    const a = await fx.service.gateway.create(fx.tenantId, versionId, "test");
    await fx.service.gateway.flush();
    const emailCode = fx.lastCode("email");
    expect(await fx.service.gateway.verify(fx.tenantId, a.id, "sms", emailCode.slice(0, 6), "attacker")).toMatchObject({
      ok: false,
      code: "APPROVAL_CODE_REJECTED",
    });
    expect((await fx.service.gateway.verify(fx.tenantId, a.id, "email", emailCode, "attacker")).ok).toBe(true);
    await fx.service.gateway.flush();
    expect(await fx.service.gateway.verify(fx.tenantId, a.id, "email", emailCode, "attacker")).toMatchObject({ ok: false });
    expect(await fx.service.gateway.verify(fx.tenantId, a.id, "sms", emailCode.slice(0, 6), "attacker")).toMatchObject({
      ok: false,
    });
    expect(await fx.service.gateway.verify(fx.tenantId, a.id, "sms", emailCode.slice(2), "attacker")).toMatchObject({
      ok: false,
    });
    expect((await fx.service.gateway.get(fx.tenantId, a.id))!.status).toBe("pending");
    expect(fx.approved).toEqual([]);
  });

  it("the state machine itself, behind the code checks, refuses channel 2 first and one channel twice", () => {
    // Each layer (the expected-channel check before a code is read, a code used once, this machine)
    // stops the attack alone; this pins the last one, which decides "approved".
    const at = new Date("2026-03-01T10:00:00Z");
    const s = (confirmed: MachineState["confirmed"]): MachineState => ({
      status: "pending",
      channels: ["email", "sms"],
      confirmed,
      undeliverable: [],
      expiresAt: new Date(at.getTime() + 3600_000),
    });
    expect(transition(s([]), { type: "confirm", channel: "sms", at })).toEqual({ ok: false, refusal: "wrong_channel" });
    expect(transition(s(["email"]), { type: "confirm", channel: "email", at })).toEqual({ ok: false, refusal: "wrong_channel" });
    expect(transition(s(["email"]), { type: "confirm", channel: "sms", at })).toMatchObject({ ok: true, status: "approved" });
  });
});
