// The approval page, server-rendered: the disclosure, the fingerprint, one code field per channel in
// order, and a Reject button. Plain HTML forms posting back; no JavaScript; no bare "approve" button.
import type { Approval, Disclosure } from "./types.js";
import { escapeHtml as e } from "./html-escape.js";

export interface PageState {
  approval: Approval;
  disclosure: Disclosure | null;
  token: string;
  /** One line shown above the form (after a post). */
  notice?: { kind: "ok" | "error"; text: string };
}

const STYLE = `body{font:16px/1.5 system-ui,sans-serif;max-width:40rem;margin:2rem auto;padding:0 1rem;color:#1d232a}
.fp{font:600 1.4rem ui-monospace,monospace;letter-spacing:.08em;background:#f2f4f7;padding:.2rem .5rem;border-radius:6px}
.new{color:#b54708;font-weight:600}.risk-high{color:#b42318}.risk-medium{color:#b54708}.muted{color:#667085}
.ok{color:#067647}.err{color:#b42318}fieldset{border:1px solid #e3e6ea;border-radius:8px;margin:.8rem 0}
input[name=code]{font:1.2rem ui-monospace,monospace;letter-spacing:.15em;width:10rem}`;

const CHANNEL_NAME = { email: "Email code", sms: "SMS code", totp: "Authenticator app code" } as const;

const STATE_TEXT: Record<Approval["status"], string> = {
  pending: "Waiting for your codes.",
  approved: "Approved on two channels. Nothing more to do.",
  rejected: "Rejected. The skill will not be activated.",
  expired: "Expired: 24 hours passed without both codes. The skill will not be activated.",
  superseded: "Superseded: the skill changed after this request was made. A new request shows the current version.",
};

function layout(title: string, body: string): string {
  return (
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">` +
    `<meta name="referrer" content="no-referrer"><title>${e(title)}</title><style>${STYLE}</style></head><body>${body}</body></html>`
  );
}

function disclosureHtml(d: Disclosure | null): string {
  if (!d) return `<p class="err">The version this request names no longer exists.</p>`;
  const li = d.lines
    .map(
      (l) =>
        `<li>${e(l.text)} <span class="risk-${l.risk}">(${l.risk} risk)</span>${l.isNew ? ` <span class="new">NEW</span>` : ""}</li>`,
    )
    .join("");
  const removed = d.removed.length
    ? `<p>It will no longer be able to:</p><ul>${d.removed.map((l) => `<li>${e(l.text)}</li>`).join("")}</ul>`
    : "";
  const actions = d.actions.length
    ? `<p class="muted">The skill names its actions (its own words, not checked): ${d.actions.map((a) => `<code>${e(a.slug)}</code> ${e(a.name)}`).join(", ")}</p>`
    : "";
  return (
    `<h1>Approve ${e(d.slug)} ${e(d.version)}?</h1><p>It will be able to:</p><ul>${li || "<li>nothing beyond its own code (no data access)</li>"}</ul>` +
    `${removed}<p>Overall risk: <strong class="risk-${d.risk}">${d.risk}</strong></p>${actions}`
  );
}

function stepsHtml(s: PageState): string {
  const a = s.approval;
  const base = `/approve/${e(a.id)}`;
  const hidden = `<input type="hidden" name="t" value="${e(s.token)}">`;
  return a.channels
    .map((ch, i) => {
      const head = `<legend>Step ${i + 1}: ${CHANNEL_NAME[ch]}</legend>`;
      if (a.confirmed.includes(ch)) return `<fieldset>${head}<p class="ok">✓ confirmed</p></fieldset>`;
      if (i !== a.confirmed.length) return `<fieldset>${head}<p class="muted">Sent once step ${i} is confirmed.</p></fieldset>`;
      const resend = ch === "totp" ? "" : ` <button name="action" value="resend" formnovalidate>Send a new code</button>`;
      return (
        `<fieldset>${head}<form method="post" action="${base}">${hidden}<input type="hidden" name="channel" value="${ch}">` +
        `<label>Code <input name="code" inputmode="numeric" autocomplete="one-time-code" pattern="[0-9 -]{6,10}" required></label> ` +
        `<button name="action" value="confirm">Confirm</button>${resend}</form></fieldset>`
      );
    })
    .join("");
}

export function renderApprovalPage(s: PageState): string {
  const a = s.approval;
  const notice = s.notice ? `<p class="${s.notice.kind === "ok" ? "ok" : "err"}">${e(s.notice.text)}</p>` : "";
  const fp = `<p>Reference <span class="fp">${e(a.fingerprint)}</span> — the same on every message about this request.</p>`;
  let body = `${disclosureHtml(s.disclosure)}${fp}${notice}<p><strong>${STATE_TEXT[a.status]}</strong></p>`;
  if (a.status === "pending") {
    if (a.undeliverable.length) {
      body +=
        `<p class="err">This request cannot be approved: codes could not be delivered on ${a.undeliverable.map(e).join(", ")}. ` +
        `Fewer than two channels can reach you; fix the contact point and ask for a new request.</p>`;
    } else body += stepsHtml(s);
    body +=
      `<form method="post" action="/approve/${e(a.id)}"><input type="hidden" name="t" value="${e(s.token)}">` +
      `<button name="action" value="reject">Reject</button></form><p class="muted">Expires ${e(a.expiresAt)}.</p>`;
  }
  return layout(`Approval ${a.fingerprint}`, body);
}

/** The email's one-time reject link lands here: a GET never changes state (mail scanners follow links). */
export function renderRejectPage(s: { approval: Approval; token: string; done: boolean }): string {
  const a = s.approval;
  const fp = `<p>Reference <span class="fp">${e(a.fingerprint)}</span></p>`;
  if (s.done || a.status !== "pending") return layout("Rejected", `${fp}<p><strong>${STATE_TEXT[a.status]}</strong></p>`);
  return layout(
    `Reject ${a.fingerprint}?`,
    `<h1>Reject this request?</h1>${fp}<form method="post" action="/approve/${e(a.id)}/reject">` +
      `<input type="hidden" name="t" value="${e(s.token)}"><button>Reject</button></form>`,
  );
}
