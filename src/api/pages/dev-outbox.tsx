// The dev outbox page: messages that stayed on this machine, newest first. Served only while a
// channel's sender is the dev outbox; it shows codes, so it is for local use only.
import type { OutboxRow } from "../../storage/index.js";
import { Layout } from "./layout.js";

const CHANNEL = { email: "Email", sms: "SMS" } as Record<string, string>;

function Message(props: { row: OutboxRow }) {
  const r = props.row;
  return (
    <article class="card" aria-labelledby={`m-${r.id}`}>
      <h2 id={`m-${r.id}`} style="margin-top:0;font-size:1rem">
        {CHANNEL[r.channel] ?? r.channel} to {r.destination}{" "}
        <span class="muted" style="font-weight:400">
          · <time datetime={r.createdAt.toISOString()}>{r.createdAt.toISOString().replace("T", " ").slice(0, 19)} UTC</time> ·{" "}
          {r.status}
        </span>
      </h2>
      {r.subject ? <p style="margin:.25rem 0;font-weight:600">{r.subject}</p> : null}
      <pre class="wrap-text">{r.body}</pre>
      {r.approvalId ? (
        <p class="muted" style="margin:.25rem 0 0">
          Approval request {r.approvalId}
        </p>
      ) : null}
    </article>
  );
}

export function DevOutboxPage(props: { rows: OutboxRow[] }) {
  const rows = props.rows.filter((r) => r.transport === "dev" || r.status === "pending");
  return (
    <Layout title="Dev outbox" current="outbox" devOutbox>
      <h1>Dev outbox</h1>
      <p>
        Messages this instance did not send anywhere, because no SMTP server or Twilio account is configured. Newest first. They
        hold real approval codes: this page is for local use only.
      </p>
      {rows.length === 0 ? <p class="muted">No messages yet.</p> : rows.map((r) => <Message row={r} />)}
    </Layout>
  );
}
