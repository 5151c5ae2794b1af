// The dev outbox page: messages that stayed on this machine, newest first. Served only while a
// channel's sender is the dev outbox; it shows codes, so it is for local use only.
import type { OutboxRow } from "../../storage/index.js";

const esc = (s: string) => s.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);

export function renderDevOutbox(rows: OutboxRow[]): string {
  const body = rows
    .filter((r) => r.transport === "dev" || r.status === "pending")
    .map(
      (r) =>
        `<tr><td>${esc(r.createdAt.toISOString())}</td><td>${r.channel}</td><td>${esc(r.destination)}</td><td>${r.status}</td>` +
        `<td><pre>${esc([r.subject, r.body].filter(Boolean).join("\n\n"))}</pre></td><td>${r.approvalId ? esc(r.approvalId) : ""}</td></tr>`,
    )
    .join("");
  return (
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>skillforge — dev outbox</title>` +
    `<style>body{font:14px/1.45 system-ui,sans-serif;margin:2rem}td{border-bottom:1px solid #e3e6ea;padding:.4rem;vertical-align:top}pre{white-space:pre-wrap;margin:0;max-width:48rem}</style></head>` +
    `<body><h1>Dev outbox</h1><p>Messages that were not sent anywhere (no SMTP_URL / Twilio configured). Newest first.</p>` +
    `<table><thead><tr><th>at</th><th>channel</th><th>to</th><th>state</th><th>message</th><th>approval</th></tr></thead><tbody>${body || `<tr><td colspan="6">empty</td></tr>`}</tbody></table></body></html>`
  );
}
