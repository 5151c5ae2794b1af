// Technique: guess the code, and ask for new codes to get fresh tries.
// Defence: 5 wrong tries lock a code, 10 per request reject the request, at most 3 resends per
// channel, and resends never reset a counter; every refusal looks the same.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { approvalFixture, insertVersion } from "../../support/approval.js";
import { openStorage, type Storage } from "../../../src/storage/index.js";

describe("brute force on approval codes", () => {
  let storage: Storage;
  beforeAll(async () => {
    storage = await openStorage({});
  });
  afterAll(async () => storage?.close());

  it("guessing across resends is bounded at ten tries, then the request is rejected and even the right code fails", async () => {
    const fx = await approvalFixture(storage);
    const { versionId } = await insertVersion(storage, fx.tenantId);
    const a = await fx.service.gateway.create(fx.tenantId, versionId, "attacker");
    await fx.service.gateway.flush();
    const answers = new Set<string>();
    let guess = 0;
    for (let round = 0; round < 4; round++) {
      for (let i = 0; i < 5; i++) {
        const r = await fx.service.gateway.verify(fx.tenantId, a.id, "email", String(guess++).padStart(8, "0"), "attacker");
        answers.add(r.ok ? "ok" : r.code);
      }
      await fx.service.gateway.resend(fx.tenantId, a.id, "attacker").catch((e: { code: string }) => answers.add(e.code));
      await fx.service.gateway.flush();
    }
    expect(answers).toEqual(new Set(["APPROVAL_CODE_REJECTED", "APPROVAL_DECIDED"]));
    expect((await fx.service.gateway.get(fx.tenantId, a.id))!.status).toBe("rejected");
    expect(await fx.service.gateway.verify(fx.tenantId, a.id, "email", fx.lastCode("email"), "owner")).toMatchObject({
      ok: false,
    });
    expect(fx.email.sent.length).toBeLessThanOrEqual(3);
    expect(fx.approved).toEqual([]);
  });

  it("five wrong tries lock a code: the right code is refused after them, the same way", async () => {
    const fx = await approvalFixture(storage);
    const { versionId } = await insertVersion(storage, fx.tenantId);
    const a = await fx.service.gateway.create(fx.tenantId, versionId, "attacker");
    await fx.service.gateway.flush();
    const right = fx.lastCode("email");
    const wrong = right === "00000000" ? "11111111" : "00000000";
    for (let i = 0; i < 5; i++)
      expect(await fx.service.gateway.verify(fx.tenantId, a.id, "email", wrong, "attacker")).toMatchObject({
        ok: false,
        code: "APPROVAL_CODE_REJECTED",
      });
    expect(await fx.service.gateway.verify(fx.tenantId, a.id, "email", right, "owner")).toMatchObject({
      ok: false,
      code: "APPROVAL_CODE_REJECTED",
    });
    // The request itself is still open (6 of 10 tries used): only that code is dead.
    expect((await fx.service.gateway.get(fx.tenantId, a.id))!.status).toBe("pending");
    expect(fx.approved).toEqual([]);
  });

  it("new codes are capped at three resends per channel for the request's life, after the per-destination window too", async () => {
    const fx = await approvalFixture(storage);
    const { versionId } = await insertVersion(storage, fx.tenantId);
    const a = await fx.service.gateway.create(fx.tenantId, versionId, "attacker");
    for (let i = 0; i < 3; i++) await fx.service.gateway.resend(fx.tenantId, a.id, "attacker");
    await expect(fx.service.gateway.resend(fx.tenantId, a.id, "attacker")).rejects.toMatchObject({ code: "RATE_LIMITED" });
    // Past the 10-minute window of the per-destination limit, the per-channel cap still holds.
    fx.clock.advance(11 * 60_000);
    await expect(fx.service.gateway.resend(fx.tenantId, a.id, "attacker")).rejects.toMatchObject({ code: "RATE_LIMITED" });
    await fx.service.gateway.flush();
    expect(fx.email.sent).toHaveLength(4);
  });
});
