// The messages that carry codes, per channel, all rendered from one disclosure and one fingerprint.
import type { Channel, OutboundMessage } from "../contract/index.js";
import { disclosureText, smsText } from "./disclosure.js";
import { escapeHtml } from "./html-escape.js";
import type { Disclosure } from "./types.js";

export interface CodeMessageInput {
  disclosure: Disclosure;
  fingerprint: string;
  code: string;
  validMinutes: number;
  /** The approval page (codes are typed there) and the email's one-time reject link. */
  pageUrl: string;
  rejectUrl: string;
}

function emailMessage(to: string, m: CodeMessageInput): OutboundMessage {
  const d = m.disclosure;
  const subject = `Approve ${d.slug} ${d.version}? [${m.fingerprint}]`;
  const text = [
    disclosureText(d),
    "",
    `Reference: ${m.fingerprint} (the same on every channel and on the page)`,
    `Your email code: ${m.code} (valid ${m.validMinutes} minutes)`,
    "",
    `Enter it on the approval page: ${m.pageUrl}`,
    `Not you, or not wanted? Reject: ${m.rejectUrl}`,
  ].join("\n");
  const li = d.lines
    .map((l) => `<li>${escapeHtml(l.text)} <small>(${l.risk} risk${l.isNew ? ", <strong>new</strong>" : ""})</small></li>`)
    .join("");
  const html =
    `<p>Skill <strong>${escapeHtml(d.slug)}</strong> version ${escapeHtml(d.version)} asks to:</p>` +
    `<ul>${li || "<li>no data access</li>"}</ul><p>Overall risk: ${d.risk}. Reference <code>${m.fingerprint}</code>.</p>` +
    `<p>Your email code: <strong style="font-size:1.3em;letter-spacing:.1em">${m.code}</strong> (valid ${m.validMinutes} minutes)</p>` +
    `<p><a href="${escapeHtml(m.pageUrl)}">Open the approval page</a> · <a href="${escapeHtml(m.rejectUrl)}">Reject</a></p>`;
  return { channel: "email", to, subject, text, html };
}

export function codeMessage(channel: Exclude<Channel, "totp">, to: string, m: CodeMessageInput): OutboundMessage {
  if (channel === "email") return emailMessage(to, m);
  return { channel: "sms", to, text: smsText(m.disclosure, m.fingerprint, m.code, m.validMinutes) };
}

/** Proves a new contact point reaches its owner; `confirm` is the one sent to the point being replaced. */
export function verificationMessage(
  channel: Exclude<Channel, "totp">,
  to: string,
  code: string,
  purpose: "verify" | "confirm",
  newDestination: string,
): OutboundMessage {
  const what =
    purpose === "verify"
      ? `Your skillforge verification code is ${code}. It adds this ${channel === "sms" ? "number" : "address"} as an approval channel.`
      : `Your ${channel} contact for skillforge approvals is being changed to ${newDestination}. If you asked for this, your confirmation code is ${code}. If not, ignore this message: nothing changes without it.`;
  return channel === "email"
    ? {
        channel,
        to,
        subject: purpose === "verify" ? "skillforge: verify this address" : "skillforge: confirm a contact change",
        text: what,
      }
    : { channel, to, text: what };
}

/** `+15550100` → `+1555***00`, `demo@localhost` → `d***@localhost`: enough for an audit reader. */
export function maskDestination(dest: string): string {
  const at = dest.indexOf("@");
  if (at > 0) return `${dest[0]}***${dest.slice(at)}`;
  return dest.length > 6 ? `${dest.slice(0, 4)}***${dest.slice(-2)}` : "***";
}
