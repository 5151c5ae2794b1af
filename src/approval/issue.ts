// Issues one channel's code inside the caller's transaction: the code row (HMAC only) and, for a
// message channel, its outbox message commit together or not at all.
import type { Channel } from "../contract/index.js";
import { appendApprovalEvent, codeIssueContext, writeIssuedCode, type ApprovalRow, type Db } from "../storage/index.js";
import {
  CODE_DIGITS,
  CODE_VALID_MS,
  MAX_CODES_PER_CHANNEL,
  MAX_SENDS_PER_DESTINATION,
  SEND_WINDOW_MS,
  codeHmac,
  newCode,
  pageToken,
} from "./codes.js";
import { codeMessage, maskDestination } from "./messages.js";
import type { Disclosure, GatewayDeps } from "./types.js";

export type IssueResult = { ok: true } | { ok: false; reason: "resend_limit" | "rate_limited" | "no_contact" };

export function approvalLinks(
  deps: Pick<GatewayDeps, "codeKey" | "publicUrl">,
  approvalId: string,
): { pageUrl: string; rejectUrl: string } {
  const base = `${deps.publicUrl}/approve/${approvalId}`;
  return {
    pageUrl: `${base}?t=${pageToken(deps.codeKey, approvalId, "page")}`,
    rejectUrl: `${base}/reject?t=${pageToken(deps.codeKey, approvalId, "reject")}`,
  };
}

export async function issueCode(
  deps: GatewayDeps,
  tx: Db,
  row: ApprovalRow,
  channel: Channel,
  disclosure: Disclosure,
): Promise<IssueResult> {
  const now = deps.clock.now();
  const event = (kind: string, detail = {}) =>
    appendApprovalEvent(tx, { approvalId: row.id, tenantId: row.tenantId, kind, channel, detail, at: now });
  // Codes go only to the contact point fixed at creation, never to one named in a request.
  const ctx = await codeIssueContext(tx, {
    tenantId: row.tenantId,
    approvalId: row.id,
    channel,
    contactId: channel === "totp" ? undefined : row.contactIds[row.channels.indexOf(channel)],
    since: new Date(now.getTime() - SEND_WINDOW_MS),
  });
  // Resends never reset a counter: codes per channel are counted over the request's whole life.
  if (ctx.codes >= MAX_CODES_PER_CHANNEL) {
    await event("rate_limit_hit", { limit: "codes_per_channel" });
    return { ok: false, reason: "resend_limit" };
  }
  const expiresAt = new Date(Math.min(now.getTime() + CODE_VALID_MS, row.expiresAt.getTime()));
  if (channel === "totp") {
    await writeIssuedCode(tx, {
      code: { approvalId: row.id, tenantId: row.tenantId, channel, codeHmac: null, issuedAt: now, expiresAt },
      event: { kind: "code_issued", detail: { destination: "authenticator app" }, at: now },
    });
    return { ok: true };
  }
  const contact = ctx.contact;
  if (!contact) return { ok: false, reason: "no_contact" };
  if (ctx.sends >= MAX_SENDS_PER_DESTINATION) {
    await event("rate_limit_hit", { limit: "sends_per_destination", destination: maskDestination(contact.destination) });
    return { ok: false, reason: "rate_limited" };
  }
  const code = newCode(deps.ids, CODE_DIGITS[channel]);
  const validMinutes = Math.max(1, Math.round((expiresAt.getTime() - now.getTime()) / 60_000));
  const msg = codeMessage(channel, contact.destination, {
    disclosure,
    fingerprint: row.fingerprint,
    code,
    validMinutes,
    ...approvalLinks(deps, row.id),
  });
  // The channel's older codes revoked, the code (its HMAC only), the message and the event: one statement.
  await writeIssuedCode(tx, {
    code: {
      approvalId: row.id,
      tenantId: row.tenantId,
      channel,
      codeHmac: codeHmac(deps.codeKey, row.bindingSha256, channel, code),
      issuedAt: now,
      expiresAt,
    },
    message: {
      tenantId: row.tenantId,
      approvalId: row.id,
      contactId: contact.id,
      channel,
      destination: contact.destination,
      subject: msg.subject ?? null,
      body: msg.text,
      html: msg.html ?? null,
      nextAttemptAt: now,
      createdAt: now,
    },
    event: { kind: "code_issued", detail: { destination: maskDestination(contact.destination) }, at: now },
  });
  return { ok: true };
}
