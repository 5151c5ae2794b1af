// Technique: post SMS replies to the public webhook pretending to be Twilio and the user.
// Defence: X-Twilio-Signature must hold for the configured public URL (real twilio SDK check);
// `From` must be the enrolled number; a MessageSid is processed once.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { twilioSignature } from "../../../src/approval/channels/twilio.js";
import { approvalApp, AUTH_TOKEN, PHONE, PUBLIC_URL } from "./harness.js";

describe("forged Twilio webhook", () => {
  let h: Awaited<ReturnType<typeof approvalApp>>;
  let id = "";
  beforeAll(async () => {
    h = await approvalApp();
    const { versionId } = await h.newVersion();
    id = ((await (await h.call("/v1/approvals", h.assistant, { method: "POST", body: { versionId } })).json()) as { id: string })
      .id;
    await h.flush();
    await h.call(`/v1/approvals/${id}/confirm`, h.admin, { method: "POST", body: { channel: "email", code: h.emailCode() } });
    await h.flush();
  });
  afterAll(async () => h?.close());

  const post = (params: Record<string, string>, signature: string | undefined) =>
    h.app.request("/v1/webhooks/twilio", {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded", ...(signature ? { "x-twilio-signature": signature } : {}) },
      body: new URLSearchParams(params).toString(),
    });
  const url = `${PUBLIC_URL}/v1/webhooks/twilio`;

  it("refuses an unsigned, a wrongly signed, and a signature for another URL with 403", async () => {
    const params = { From: PHONE, Body: `APPROVE ${h.smsCode()}`, MessageSid: "SM00000000000000000000000000000001" };
    expect((await post(params, undefined)).status).toBe(403);
    expect((await post(params, twilioSignature("wrong-token", url, params))).status).toBe(403);
    expect((await post(params, twilioSignature(AUTH_TOKEN, "https://evil.test/v1/webhooks/twilio", params))).status).toBe(403);
    expect(await h.status(id)).toContain("pending");
  });

  it("ignores a correctly signed reply from a number that is not enrolled", async () => {
    const params = { From: "+15559990000", Body: `APPROVE ${h.smsCode()}`, MessageSid: "SM00000000000000000000000000000002" };
    expect((await post(params, twilioSignature(AUTH_TOKEN, url, params))).status).toBe(200);
    expect(await h.status(id)).toContain("pending");
  });

  it("approves once from the enrolled number and treats a replayed MessageSid as a no-op", async () => {
    const params = { From: PHONE, Body: "REJECT", MessageSid: "SM00000000000000000000000000000003" };
    const approve = { From: PHONE, Body: `approve ${h.smsCode()}`, MessageSid: "SM00000000000000000000000000000004" };
    expect((await post(approve, twilioSignature(AUTH_TOKEN, url, approve))).status).toBe(200);
    expect(await h.status(id)).toContain("approved");
    expect(h.approved).toEqual([id]);
    // A replay of the same reply changes nothing (the request is decided; the sid was seen).
    expect((await post(approve, twilioSignature(AUTH_TOKEN, url, approve))).status).toBe(200);
    expect((await post(params, twilioSignature(AUTH_TOKEN, url, params))).status).toBe(200);
    expect(await h.status(id)).toContain("approved");
  });
});

describe("replayed Twilio webhook", () => {
  let h: Awaited<ReturnType<typeof approvalApp>>;
  beforeAll(async () => {
    h = await approvalApp();
  });
  afterAll(async () => h?.close());

  it("a captured, correctly signed wrong-code reply replayed twelve times counts once and cannot burn the request", async () => {
    const { versionId } = await h.newVersion();
    const id = (
      (await (await h.call("/v1/approvals", h.assistant, { method: "POST", body: { versionId } })).json()) as { id: string }
    ).id;
    await h.flush();
    await h.call(`/v1/approvals/${id}/confirm`, h.admin, { method: "POST", body: { channel: "email", code: h.emailCode() } });
    await h.flush();
    const wrong = h.smsCode() === "000000" ? "111111" : "000000";
    const url = `${PUBLIC_URL}/v1/webhooks/twilio`;
    const params = { From: PHONE, Body: `APPROVE ${wrong}`, MessageSid: "SM00000000000000000000000000000099" };
    for (let i = 0; i < 12; i++) {
      const res = await h.app.request("/v1/webhooks/twilio", {
        method: "POST",
        headers: {
          "content-type": "application/x-www-form-urlencoded",
          "x-twilio-signature": twilioSignature(AUTH_TOKEN, url, params),
        },
        body: new URLSearchParams(params).toString(),
      });
      expect(res.status).toBe(200);
    }
    expect(await h.status(id)).toContain("pending");
    // The owner's own code still works: the replays did not lock it either.
    const ok = await h.call(`/v1/approvals/${id}/confirm`, h.admin, {
      method: "POST",
      body: { channel: "sms", code: h.smsCode() },
    });
    expect(ok.status).toBe(200);
    expect(h.approved).toEqual([id]);
  });
});
