// The approval gateway: creates requests bound to one version, checks codes, takes rejections,
// resends, and expires. Every state change goes through `decide` in a transaction holding the
// request's row lock; messages go through the outbox and are dispatched after commit.
import type { Channel } from "../contract/index.js";
import { APPROVAL_LIFETIME_MS, SkillforgeError } from "../contract/index.js";
import {
  appendApprovalEvent,
  appendAudit,
  dueExpired,
  effectiveContacts,
  getApproval,
  getTenant,
  insertApproval,
  listApprovalEvents,
  listApprovals,
  pendingForSkill,
  readVersionForApproval,
  tryTransactionLock,
  withTransaction,
  type ApprovalEventRow,
  type ApprovalRow,
} from "../storage/index.js";
import { bindingSha256, capabilitiesSha256, fingerprintOf, sha256Hex } from "./binding.js";
import { disclosureFor, loadBound } from "./bound-version.js";
import { tokenMatches } from "./codes.js";
import { decide } from "./decide.js";
import { disclosureText } from "./disclosure.js";
import { drainOutbox } from "./dispatch.js";
import { approvalLinks, issueCode } from "./issue.js";
import { choosePair } from "./policy.js";
import { expectedChannel } from "./state.js";
import { toApproval } from "./approval-row.js";
import { verifyInTx } from "./verify.js";
import type { Approval, Disclosure, GatewayDeps, VerifyOutcome } from "./types.js";

export interface ApprovalView {
  approval: Approval;
  disclosure: Disclosure | null;
  events: ApprovalEventRow[];
}

export type ApprovalGateway = ReturnType<typeof createApprovalGateway>;

export function createApprovalGateway(deps: GatewayDeps) {
  const { db, clock } = deps;
  let inFlight: Promise<unknown> = Promise.resolve();

  /** Dispatches after commit; `flush()` waits for it (tests, CLI before exit). */
  function dispatchSoon(): void {
    const run = inFlight
      .then(() => drainOutbox(deps))
      .catch((err: unknown) => deps.log?.("outbox dispatch failed", { error: (err as Error).message }));
    inFlight = run;
  }

  // The binding was checked in the transaction that approved, under the request's row lock; the
  // version row is immutable (a trigger), and activation checks the approval again itself
  // (registry.activate, and the trigger that refuses an unapproved active version).
  async function afterApproved(approval: Approval): Promise<void> {
    try {
      await deps.onApproved(approval);
      await appendApprovalEvent(db, { approvalId: approval.id, tenantId: approval.tenantId, kind: "activated", at: clock.now() });
    } catch (err) {
      deps.log?.("activation after approval failed", { approvalId: approval.id, error: (err as Error).message });
      await appendApprovalEvent(db, {
        approvalId: approval.id,
        tenantId: approval.tenantId,
        kind: "activation_failed",
        at: clock.now(),
      });
    }
  }

  async function create(tenantId: string, versionId: string, actor: string): Promise<Approval> {
    const created = await withTransaction(db, async (tx) => {
      const v = await readVersionForApproval(tx, tenantId, versionId);
      if (!v) throw new SkillforgeError("NOT_FOUND", "no such skill version in this tenant");
      if (v.status !== "awaiting_approval")
        throw new SkillforgeError("CONFLICT", `version is ${v.status}, not awaiting approval`);
      if (v.sourceDigest !== v.sourceSha256)
        throw new SkillforgeError("CONFLICT", "the version's source does not match its recorded sha256");
      const now = clock.now();
      const tenant = await getTenant(tx, tenantId);
      const messaging: Partial<Record<"sms" | "email", string>> = {};
      for (const c of await effectiveContacts(tx, tenantId, now))
        if (c.channel !== "totp" && deps.senders[c.channel]) messaging[c.channel] = c.id;
      const pair = choosePair({ messaging, totpEnrolled: Boolean(tenant?.totpSecretEnc) });
      if (!pair.ok)
        throw new SkillforgeError(
          "APPROVAL_NO_CHANNELS",
          `approval needs two verified channels; available: ${pair.available.join(", ") || "none"}`,
        );
      // A new request for a skill supersedes the pending ones: their codes die.
      for (const old of await pendingForSkill(tx, tenantId, v.skillId)) await decide(tx, old, { type: "supersede" }, actor, now);
      const disclosure = disclosureFor(v);
      const id = deps.ids.uuid();
      const expiresAt = new Date(now.getTime() + APPROVAL_LIFETIME_MS);
      const parts = {
        approvalId: id,
        tenantId,
        versionId,
        sourceSha256: v.sourceSha256,
        capabilitiesSha256: capabilitiesSha256(v.capabilities),
        disclosureSha256: sha256Hex(disclosureText(disclosure)),
        expiresAt: expiresAt.toISOString(),
      };
      const binding = bindingSha256(parts);
      const row = await insertApproval(tx, {
        ...parts,
        id,
        skillId: v.skillId,
        capabilities: v.capabilities,
        bindingSha256: binding,
        fingerprint: fingerprintOf(binding),
        channels: pair.channels,
        contactIds: pair.contactIds,
        createdAt: now,
        expiresAt,
      });
      await appendApprovalEvent(tx, {
        approvalId: id,
        tenantId,
        kind: "created",
        detail: { actor, versionId, channels: pair.channels },
        at: now,
      });
      await appendAudit(tx, {
        tenantId,
        actor,
        action: "approval.create",
        target: id,
        detail: { versionId, fingerprint: row.fingerprint },
      });
      const issued = await issueCode(deps, tx, row, pair.channels[0], disclosure);
      if (!issued.ok)
        throw new SkillforgeError(
          "RATE_LIMITED",
          "too many codes were sent to this destination recently; try again in a few minutes",
        );
      return row;
    });
    dispatchSoon();
    return toApproval(created);
  }

  async function verify(
    tenantId: string,
    approvalId: string,
    channel: Channel,
    code: string,
    actor: string,
  ): Promise<VerifyOutcome> {
    const out = await withTransaction(db, (tx) => verifyInTx(deps, tx, tenantId, approvalId, channel, code, actor));
    if (out.ok && out.next) dispatchSoon();
    if (out.ok && out.approval.status === "approved") await afterApproved(out.approval);
    return out;
  }

  async function reject(tenantId: string, approvalId: string, actor: string): Promise<Approval> {
    return withTransaction(db, async (tx) => {
      const row = await getApproval(tx, tenantId, approvalId, true);
      if (!row) throw new SkillforgeError("NOT_FOUND", "no such approval request");
      const t = await decide(tx, row, { type: "reject" }, actor, clock.now());
      if (!t.ok) throw new SkillforgeError("APPROVAL_DECIDED", `the request is already ${row.status}`);
      return toApproval(row);
    });
  }

  async function resend(tenantId: string, approvalId: string, actor: string): Promise<Approval> {
    const out = await withTransaction(db, async (tx) => {
      const row = await getApproval(tx, tenantId, approvalId, true);
      if (!row) throw new SkillforgeError("NOT_FOUND", "no such approval request");
      const now = clock.now();
      if (row.status === "pending" && now.getTime() >= row.expiresAt.getTime())
        await decide(tx, row, { type: "expire", at: now }, "system", now);
      if (row.status !== "pending") return { row, err: "APPROVAL_DECIDED" as const };
      const channel = expectedChannel(row)!;
      const bound = await loadBound(tx, row);
      if (!bound.ok) {
        await decide(tx, row, { type: "supersede" }, "system", now);
        return { row, err: "APPROVAL_SUPERSEDED" as const };
      }
      const issued = await issueCode(deps, tx, row, channel, bound.disclosure);
      await appendApprovalEvent(tx, {
        approvalId,
        tenantId,
        kind: "resend_requested",
        channel,
        detail: { actor, ok: issued.ok },
        at: now,
      });
      return { row, err: issued.ok ? undefined : ("RATE_LIMITED" as const) };
    });
    if (out.err)
      throw new SkillforgeError(
        out.err,
        out.err === "RATE_LIMITED" ? "no more codes may be sent for this channel now" : `the request is ${out.row.status}`,
      );
    dispatchSoon();
    return toApproval(out.row);
  }

  /** Expires due requests once, whichever instance gets there: a transaction-scoped advisory lock. */
  async function expireDue(limit = 500): Promise<{ acquired: boolean; expired: number }> {
    return withTransaction(db, async (tx) => {
      if (!(await tryTransactionLock(tx, "sweep:approval-expiry"))) return { acquired: false, expired: 0 };
      const now = clock.now();
      let expired = 0;
      for (const row of await dueExpired(tx, now, limit))
        if ((await decide(tx, row, { type: "expire", at: now }, "system", now)).ok) expired++;
      return { acquired: true, expired };
    });
  }

  /** Any change to a skill (a new version, a regenerated one) supersedes its pending requests. */
  async function supersedeSkill(tenantId: string, skillId: string, actor: string): Promise<number> {
    return withTransaction(db, async (tx) => {
      const rows = await pendingForSkill(tx, tenantId, skillId);
      for (const row of rows) await decide(tx, row, { type: "supersede" }, actor, clock.now());
      return rows.length;
    });
  }

  async function view(tenantId: string, approvalId: string): Promise<ApprovalView | undefined> {
    const row = await getApproval(db, tenantId, approvalId);
    if (!row) return undefined;
    const v = await readVersionForApproval(db, tenantId, row.versionId);
    return {
      approval: toApproval(row, clock.now()),
      disclosure: v ? disclosureFor(v) : null,
      events: await listApprovalEvents(db, tenantId, approvalId),
    };
  }

  return {
    create,
    verify,
    reject,
    resend,
    expireDue,
    supersedeSkill,
    view,
    async get(tenantId: string, approvalId: string): Promise<Approval | undefined> {
      const row = await getApproval(db, tenantId, approvalId);
      return row ? toApproval(row, clock.now()) : undefined;
    },
    async list(tenantId: string, status?: ApprovalRow["status"]): Promise<Approval[]> {
      const now = clock.now();
      return (await listApprovals(db, tenantId, { status }))
        .map((r) => toApproval(r, now))
        .filter((a) => !status || a.status === status);
    },
    links: (approvalId: string) => approvalLinks(deps, approvalId),
    tokenMatches: (approvalId: string, purpose: "page" | "reject", token: string | undefined) =>
      tokenMatches(deps.codeKey, approvalId, purpose, token),
    /** Sends what is due now (the scheduler calls it; so does every change, after commit). */
    drainOutbox: () => {
      dispatchSoon();
      return inFlight.then(() => undefined);
    },
    /** Waits for dispatches already started. */
    flush: async () => {
      let seen;
      do {
        seen = inFlight;
        await seen;
      } while (seen !== inFlight);
    },
  };
}
