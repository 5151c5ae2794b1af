// Checks one code. The request's row lock serialises every check of one request (10 simultaneous
// correct submissions → one success); the answer never says why a code failed.
import type { Channel } from "../contract/index.js";
import {
  lockForVerify,
  lockTotp,
  setTotpLastStep,
  updateApproval,
  updateCode,
  appendApprovalEvent,
  type ApprovalRow,
  type Db,
} from "../storage/index.js";
import { MAX_ATTEMPTS_PER_CODE, MAX_ATTEMPTS_PER_REQUEST, codeMatches, normalizeCode, CODE_DIGITS } from "./codes.js";
import { loadBound } from "./bound-version.js";
import { decide } from "./decide.js";
import { issueCode } from "./issue.js";
import { expectedChannel } from "./state.js";
import { toApproval } from "./approval-row.js";
import type { GatewayDeps, VerifyOutcome } from "./types.js";

async function codeIsRight(
  deps: GatewayDeps,
  tx: Db,
  row: ApprovalRow,
  channel: Channel,
  input: string,
  storedHmac: string | null,
): Promise<boolean> {
  const code = normalizeCode(input);
  if (!/^\d+$/.test(code) || code.length !== CODE_DIGITS[channel]) return false;
  if (channel !== "totp") return storedHmac !== null && codeMatches(deps.codeKey, row.bindingSha256, channel, code, storedHmac);
  const totp = await lockTotp(tx, row.tenantId);
  if (!totp?.secretEnc) return false;
  // afterTimeStep refuses the step already used, on this request or any other of the tenant.
  const r = await deps.totp.verify(deps.box.open(totp.secretEnc), code, deps.clock.now(), totp.lastStep ?? undefined);
  if (!r.ok) return false;
  await setTotpLastStep(tx, row.tenantId, r.timeStep);
  return true;
}

async function refuse(
  deps: GatewayDeps,
  tx: Db,
  row: ApprovalRow,
  channel: Channel,
  codeId: string | null,
  attempts: number,
  actor: string,
): Promise<VerifyOutcome> {
  const at = deps.clock.now();
  const failed = row.failedAttempts + 1;
  await updateApproval(tx, row.tenantId, row.id, { failedAttempts: failed });
  row.failedAttempts = failed;
  await appendApprovalEvent(tx, {
    approvalId: row.id,
    tenantId: row.tenantId,
    kind: "verify_failed",
    channel,
    detail: { actor, failed },
    at,
  });
  if (codeId) {
    const locked = attempts + 1 >= MAX_ATTEMPTS_PER_CODE;
    await updateCode(tx, row.tenantId, codeId, { attempts: attempts + 1, ...(locked ? { status: "locked" } : {}) });
    if (locked) await appendApprovalEvent(tx, { approvalId: row.id, tenantId: row.tenantId, kind: "locked", channel, at });
  }
  if (failed >= MAX_ATTEMPTS_PER_REQUEST) await decide(tx, row, { type: "too_many_failures" }, "system", at);
  return { ok: false, code: "APPROVAL_CODE_REJECTED", approval: toApproval(row) };
}

/** Runs inside the caller's transaction; the failure counters it writes commit with the answer. */
export async function verifyInTx(
  deps: GatewayDeps,
  tx: Db,
  tenantId: string,
  approvalId: string,
  channel: Channel,
  input: string,
  actor: string,
): Promise<VerifyOutcome> {
  const locked = await lockForVerify(tx, tenantId, approvalId, channel);
  if (!locked) return { ok: false, code: "NOT_FOUND" };
  const { approval: row, code } = locked;
  const at = deps.clock.now();
  if (row.status === "pending" && at.getTime() >= row.expiresAt.getTime())
    await decide(tx, row, { type: "expire", at }, "system", at);
  if (row.status === "expired") return { ok: false, code: "APPROVAL_EXPIRED", approval: toApproval(row) };
  if (row.status === "superseded") return { ok: false, code: "APPROVAL_SUPERSEDED", approval: toApproval(row) };
  if (row.status !== "pending") return { ok: false, code: "APPROVAL_DECIDED", approval: toApproval(row) };
  if (row.undeliverable.length > 0) return { ok: false, code: "APPROVAL_UNDELIVERABLE", approval: toApproval(row) };
  const bound = await loadBound(tx, row);
  if (!bound.ok) {
    await decide(tx, row, { type: "supersede" }, "system", at);
    return { ok: false, code: "APPROVAL_SUPERSEDED", approval: toApproval(row) };
  }
  // A code on a channel that is not the expected one (channel 2 first, one channel twice) counts as wrong.
  if (channel !== expectedChannel(row)) return refuse(deps, tx, row, channel, null, 0, actor);
  if (!code || at.getTime() >= code.expiresAt.getTime())
    return refuse(deps, tx, row, channel, code?.id ?? null, code?.attempts ?? 0, actor);
  if (!(await codeIsRight(deps, tx, row, channel, input, code.codeHmac)))
    return refuse(deps, tx, row, channel, code.id, code.attempts, actor);

  const t = await decide(tx, row, { type: "confirm", channel, at }, actor, at, { usedCodeId: code.id });
  if (!t.ok) {
    await updateCode(tx, tenantId, code.id, { status: "used" });
    return { ok: false, code: "APPROVAL_CODE_REJECTED", approval: toApproval(row) };
  }
  if (t.next) await issueCode(deps, tx, row, t.next, bound.disclosure);
  return { ok: true, approval: toApproval(row), ...(t.next ? { next: t.next } : {}) };
}
