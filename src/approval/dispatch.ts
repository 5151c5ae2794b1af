// Delivers the outbox after commit. Transient failures (SMTP 4xx, connection errors, HTTP 429/5xx)
// retry with back-off; permanent ones (Twilio 21211/21610, SMTP 5xx) and exhausted retries make the
// message "undeliverable" and mark the request's channel so — never a silent fallback to another
// channel: a request missing a channel cannot be approved, and says so.
import {
  appendApprovalEvent,
  claimDueOutbox,
  finishOutbox,
  getApproval,
  updateApproval,
  withTransaction,
  type OutboxRow,
} from "../storage/index.js";
import type { GatewayDeps } from "./types.js";

export const MAX_DELIVERY_ATTEMPTS = 6;
const LEASE_MS = 60_000;

/** 5 s, 10 s, 20 s … capped at 5 minutes. */
export function retryDelayMs(attempts: number): number {
  return Math.min(5_000 * 2 ** Math.max(0, attempts - 1), 5 * 60_000);
}

export type DispatchDeps = Pick<GatewayDeps, "db" | "clock" | "senders" | "log">;

async function markUndeliverable(deps: DispatchDeps, row: OutboxRow, reason: string): Promise<void> {
  await withTransaction(deps.db, async (tx) => {
    await finishOutbox(tx, row.id, { status: "undeliverable", lastError: reason.slice(0, 300) });
    if (!row.approvalId) return;
    const at = deps.clock.now();
    await appendApprovalEvent(tx, {
      approvalId: row.approvalId,
      tenantId: row.tenantId,
      kind: "delivery_failed",
      channel: row.channel,
      detail: { permanent: true, reason: reason.slice(0, 200) },
      at,
    });
    const approval = await getApproval(tx, row.tenantId, row.approvalId, true);
    if (approval?.status === "pending" && !approval.undeliverable.includes(row.channel)) {
      await updateApproval(tx, row.tenantId, row.approvalId, { undeliverable: [...approval.undeliverable, row.channel] });
      await appendApprovalEvent(tx, {
        approvalId: row.approvalId,
        tenantId: row.tenantId,
        kind: "channel_undeliverable",
        channel: row.channel,
        at,
      });
    }
  });
}

async function deliver(deps: DispatchDeps, row: OutboxRow): Promise<void> {
  const sender = row.channel === "totp" ? undefined : deps.senders[row.channel];
  if (!sender || row.body === null) return markUndeliverable(deps, row, `no ${row.channel} sender configured`);
  const result = await sender.send({
    channel: sender.channel,
    to: row.destination,
    subject: row.subject ?? undefined,
    text: row.body,
    html: row.html ?? undefined,
  });
  const at = deps.clock.now();
  if (result.ok) {
    await withTransaction(deps.db, async (tx) => {
      // A real message's body holds a code: once delivered it is dropped. The dev outbox keeps it, to show.
      const clear = sender.kind === "dev" ? {} : { body: null, html: null };
      await finishOutbox(tx, row.id, {
        status: "sent",
        sentAt: at,
        providerId: result.providerId,
        transport: sender.kind,
        lastError: null,
        ...clear,
      });
      if (row.approvalId)
        await appendApprovalEvent(tx, {
          approvalId: row.approvalId,
          tenantId: row.tenantId,
          kind: "delivery_accepted",
          channel: row.channel,
          detail: { transport: sender.kind },
          at,
        });
    });
    return;
  }
  if (result.permanent || row.attempts >= MAX_DELIVERY_ATTEMPTS) return markUndeliverable(deps, row, result.reason);
  deps.log?.("message delivery will be retried", {
    outboxId: row.id,
    channel: row.channel,
    attempt: row.attempts,
    reason: result.reason,
  });
  await withTransaction(deps.db, async (tx) => {
    await finishOutbox(tx, row.id, {
      transport: sender.kind,
      lastError: result.reason.slice(0, 300),
      nextAttemptAt: new Date(at.getTime() + retryDelayMs(row.attempts)),
    });
    if (row.approvalId)
      await appendApprovalEvent(tx, {
        approvalId: row.approvalId,
        tenantId: row.tenantId,
        kind: "delivery_failed",
        channel: row.channel,
        detail: { permanent: false, attempt: row.attempts, reason: result.reason.slice(0, 200) },
        at,
      });
  });
}

/** Sends every due message once (bounded); returns how many were tried. */
export async function drainOutbox(deps: DispatchDeps, limit = 50): Promise<number> {
  const now = deps.clock.now();
  const rows = await claimDueOutbox(deps.db, now, new Date(now.getTime() + LEASE_MS), limit);
  for (const row of rows) await deliver(deps, row);
  return rows.length;
}
