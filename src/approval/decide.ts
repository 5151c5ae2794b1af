// Applies one state-machine transition inside the caller's transaction (which holds the request's
// row lock): the new state, its event row, and for a final state the audit row, together. A refused
// request (rejected, expired) also refuses its version in the same transaction, so no later path can
// find it still awaiting approval and ask again.
import { appendAudit, rejectAwaitingVersion, writeApprovalTransition, type ApprovalRow, type Db } from "../storage/index.js";
import { transition, type MachineEvent, type Transition } from "./state.js";

const EVENT_KIND: Record<MachineEvent["type"], string> = {
  confirm: "channel_confirmed",
  reject: "rejected",
  expire: "expired",
  supersede: "superseded",
  too_many_failures: "rejected",
};

export async function decide(
  tx: Db,
  row: ApprovalRow,
  event: MachineEvent,
  actor: string,
  at: Date,
  options: { usedCodeId?: string } = {},
): Promise<Transition> {
  const t = transition(row, event);
  if (!t.ok) return t;
  const final = t.status !== "pending";
  const channel = event.type === "confirm" ? event.channel : null;
  const detail: Record<string, string> = event.type === "too_many_failures" ? { reason: "too many wrong codes" } : {};
  // The new state, the accepted code, a decided request's codes (they die with it) and the
  // event rows: one statement.
  await writeApprovalTransition(tx, {
    tenantId: row.tenantId,
    approvalId: row.id,
    status: t.status,
    confirmed: t.confirmed,
    ...(final ? { decided: { at, by: actor } } : {}),
    ...(options.usedCodeId ? { usedCodeId: options.usedCodeId } : {}),
    revokeCodes: final,
    events: [
      { kind: EVENT_KIND[event.type], channel, detail: { actor, ...detail }, at },
      ...(t.status === "approved" ? [{ kind: "approved", channel: null, detail: { actor }, at }] : []),
    ],
  });
  if (final) {
    await appendAudit(tx, {
      tenantId: row.tenantId,
      actor,
      action: `approval.${t.status}`,
      target: row.id,
      detail: { versionId: row.versionId, fingerprint: row.fingerprint, ...detail },
    });
    if ((t.status === "rejected" || t.status === "expired") && (await rejectAwaitingVersion(tx, row.tenantId, row.versionId)))
      await appendAudit(tx, {
        tenantId: row.tenantId,
        actor,
        action: "skill.version.reject",
        target: row.versionId,
        detail: { approvalId: row.id, approval: t.status, ...detail },
      });
  }
  Object.assign(row, { status: t.status, confirmed: t.confirmed });
  return t;
}
