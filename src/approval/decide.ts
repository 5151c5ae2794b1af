// Applies one state-machine transition inside the caller's transaction (which holds the request's
// row lock): the new state, its event row, and for a final state the audit row, together. A refused
// request (rejected, expired) also refuses its version in the same transaction, so no later path can
// find it still awaiting approval and ask again.
import {
  appendApprovalEvent,
  appendAudit,
  rejectAwaitingVersion,
  revokeCodes,
  updateApproval,
  type ApprovalRow,
  type Db,
} from "../storage/index.js";
import { transition, type MachineEvent, type Transition } from "./state.js";

const EVENT_KIND: Record<MachineEvent["type"], string> = {
  confirm: "channel_confirmed",
  reject: "rejected",
  expire: "expired",
  supersede: "superseded",
  too_many_failures: "rejected",
};

export async function decide(tx: Db, row: ApprovalRow, event: MachineEvent, actor: string, at: Date): Promise<Transition> {
  const t = transition(row, event);
  if (!t.ok) return t;
  const final = t.status !== "pending";
  await updateApproval(tx, row.tenantId, row.id, {
    status: t.status,
    confirmed: t.confirmed,
    ...(final ? { decidedAt: at, decidedBy: actor } : {}),
  });
  const channel = event.type === "confirm" ? event.channel : null;
  const detail: Record<string, string> = event.type === "too_many_failures" ? { reason: "too many wrong codes" } : {};
  await appendApprovalEvent(tx, {
    approvalId: row.id,
    tenantId: row.tenantId,
    kind: EVENT_KIND[event.type],
    channel,
    detail: { actor, ...detail },
    at,
  });
  if (final) {
    // A decided request's codes die with it.
    await revokeCodes(tx, row.tenantId, row.id);
    if (t.status === "approved")
      await appendApprovalEvent(tx, { approvalId: row.id, tenantId: row.tenantId, kind: "approved", detail: { actor }, at });
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
