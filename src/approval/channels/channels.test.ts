import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generate } from "otplib";
import { startSmtpPeer, startTwilioPeer, type SmtpPeer, type TwilioPeer } from "../../../tests/support/channel-servers.js";
import { approvalFixture, insertVersion, outboxOf } from "../../../tests/support/approval.js";
import { openStorage, type Storage } from "../../storage/index.js";
import { createSmtpSender } from "./smtp.js";
import { createTotpVerifier } from "./totp.js";
import { createTwilioSender } from "./twilio.js";

const SID = `AC${"0".repeat(32)}`;

describe("channel adapters against real protocol peers", () => {
  let smtp: SmtpPeer;
  let tw: TwilioPeer;
  let storage: Storage;
  beforeAll(async () => {
    [smtp, tw, storage] = await Promise.all([startSmtpPeer(), startTwilioPeer(), openStorage({})]);
  });
  afterAll(async () => {
    await Promise.all([smtp?.close(), tw?.close(), storage?.close()]);
  });

  const senders = () => ({
    email: createSmtpSender({ url: smtp.url, from: "skillforge@example.test", ignoreTLS: true, timeoutMs: 3_000 }),
    sms: createTwilioSender({ accountSid: SID, authToken: "token", from: "+15550009999", httpClient: tw.httpClient }),
  });

  it("delivers the email code through nodemailer and the SMS code through the twilio SDK, and the flow approves", async () => {
    const fx = await approvalFixture(storage, { senders: senders() });
    const { versionId } = await insertVersion(storage, fx.tenantId);
    const a = await fx.service.gateway.create(fx.tenantId, versionId, "test");
    await fx.service.gateway.flush();
    const mail = smtp.mails.at(-1)!;
    expect(mail.subject).toContain(a.fingerprint);
    expect(mail.html).toContain("Add and change entries in your water entries");
    const emailCode = /code: (\d{8})/.exec(mail.text ?? "")![1]!;
    expect((await fx.service.gateway.verify(fx.tenantId, a.id, "email", emailCode, "test")).ok).toBe(true);
    await fx.service.gateway.flush();
    const sms = tw.messages.at(-1)!;
    expect(sms.From).toBe("+15550009999");
    expect(sms.Body).toContain(a.fingerprint);
    const smsCode = /Code (\d{6})/.exec(sms.Body)![1]!;
    expect(await fx.service.gateway.verify(fx.tenantId, a.id, "sms", smsCode, "test")).toMatchObject({
      ok: true,
      approval: { status: "approved" },
    });
  });

  it("retries while SMTP is down and delivers once it is up again", async () => {
    const port = Number(new URL(smtp.url).port);
    await smtp.close();
    const fx = await approvalFixture(storage, { senders: senders() });
    const { versionId } = await insertVersion(storage, fx.tenantId);
    const a = await fx.service.gateway.create(fx.tenantId, versionId, "test");
    await fx.service.gateway.flush();
    let [row] = await outboxOf(storage, a.id);
    expect(row).toMatchObject({ status: "pending", attempts: 1 });
    expect(row!.lastError).toMatch(/SMTP/);
    smtp = await startSmtpPeer(port);
    fx.clock.advance(6_000);
    await fx.service.gateway.drainOutbox();
    [row] = await outboxOf(storage, a.id);
    expect(row).toMatchObject({ status: "sent", body: null });
    expect(smtp.mails.at(-1)!.subject).toContain(a.fingerprint);
  });

  it("retries an SMTP 4xx and treats a 5xx as undeliverable", async () => {
    const fx = await approvalFixture(storage, { senders: senders() });
    const { versionId } = await insertVersion(storage, fx.tenantId);
    smtp.failNext.push(451, 550);
    const a = await fx.service.gateway.create(fx.tenantId, versionId, "test");
    await fx.service.gateway.flush();
    expect((await outboxOf(storage, a.id))[0]).toMatchObject({ status: "pending" });
    fx.clock.advance(6_000);
    await fx.service.gateway.drainOutbox();
    expect((await outboxOf(storage, a.id))[0]).toMatchObject({ status: "undeliverable" });
    expect((await fx.service.gateway.get(fx.tenantId, a.id))!.undeliverable).toEqual(["email"]);
  });

  it("marks SMS undeliverable on Twilio 21211 without falling back to another channel", async () => {
    const fx = await approvalFixture(storage, { senders: senders() });
    const { versionId } = await insertVersion(storage, fx.tenantId);
    const a = await fx.service.gateway.create(fx.tenantId, versionId, "test");
    await fx.service.gateway.flush();
    const code = /code: (\d{8})/.exec(smtp.mails.at(-1)!.text ?? "")![1]!;
    const mails = smtp.mails.length;
    tw.failNext.push({ status: 400, code: 21211 });
    await fx.service.gateway.verify(fx.tenantId, a.id, "email", code, "test");
    await fx.service.gateway.flush();
    expect((await fx.service.gateway.get(fx.tenantId, a.id))!.undeliverable).toEqual(["sms"]);
    expect(smtp.mails.length).toBe(mails);
    tw.failNext.push({ status: 503, code: 20500 });
    const sent = await createTwilioSender({
      accountSid: SID,
      authToken: "t",
      from: "+15550009999",
      httpClient: tw.httpClient,
    }).send({ channel: "sms", to: "+15550001111", text: "x" });
    expect(sent).toMatchObject({ ok: false, permanent: false });
  });

  it("verifies TOTP codes with otplib, with one step of drift and no replay of a used step", async () => {
    const totp = createTotpVerifier();
    const secret = totp.generateSecret();
    expect(totp.keyUri(secret, "owner", "skillforge")).toMatch(/^otpauth:\/\/totp\/skillforge:owner\?/);
    const at = new Date("2026-03-01T10:00:10Z");
    const token = await generate({ secret, epoch: Math.floor(at.getTime() / 1000) });
    const ok = await totp.verify(secret, token, new Date(at.getTime() + 25_000));
    expect(ok.ok).toBe(true);
    const step = ok.ok ? ok.timeStep : -1;
    expect(await totp.verify(secret, token, at, step)).toEqual({ ok: false });
    expect(await totp.verify(secret, "12345", at)).toEqual({ ok: false });
  });
});
