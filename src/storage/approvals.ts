// The approval gateway's tables: requests, their event trail, one-time codes, and the versions they
// bind to. Every function takes the tenant; the gateway decides, storage only reads and writes.
import { and, desc, eq, inArray, lte, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { versionActions, type ActionDescriptor, type Channel, type JsonObject } from "../contract/index.js";
import type { Db } from "./db.js";
import { advisoryKey } from "./locks.js";
import {
  approvalCodes,
  approvalEvents,
  approvals,
  skills,
  skillVersions,
  type ApprovalCodeRow,
  type ApprovalEventRow,
  type ApprovalRow,
} from "./schema/index.js";
import { isUuid } from "./uuid.js";

export type NewApprovalRow = typeof approvals.$inferInsert;
export type ApprovalPatch = Partial<
  Pick<ApprovalRow, "status" | "confirmed" | "failedAttempts" | "undeliverable" | "decidedAt" | "decidedBy">
>;

/** What the gateway needs of a version to disclose and bind it. */
export interface VersionForApproval {
  versionId: string;
  skillId: string;
  slug: string;
  version: string;
  status: string;
  /** The hash recorded on the version row. */
  sourceSha256: string;
  /** sha256 of the stored source, computed now by the database: differs from the above if the source was altered. */
  sourceDigest: string;
  capabilities: string[];
  actions: ActionDescriptor[];
  /** The skill's active version's capabilities (for "what is new"), null when none is active. */
  activeCapabilities: string[] | null;
}

export async function readVersionForApproval(
  db: Db,
  tenantId: string,
  versionId: string,
): Promise<VersionForApproval | undefined> {
  if (!isUuid(tenantId) || !isUuid(versionId)) return undefined;
  // The skill's active version rides along (one round trip): its capabilities are what "new" is measured against.
  const active = alias(skillVersions, "active_version");
  const [row] = await db
    .select({
      v: skillVersions,
      slug: skills.slug,
      activeVersionId: skills.activeVersionId,
      activeCaps: active.capabilities,
      digest: sql<string>`encode(sha256(convert_to(${skillVersions.source}, 'UTF8')), 'hex')`,
    })
    .from(skillVersions)
    .innerJoin(skills, eq(skills.id, skillVersions.skillId))
    .leftJoin(active, and(eq(active.id, skills.activeVersionId), eq(active.tenantId, tenantId)))
    .where(and(eq(skillVersions.id, versionId), eq(skillVersions.tenantId, tenantId)));
  if (!row) return undefined;
  const activeCapabilities = row.activeVersionId && row.activeVersionId !== versionId ? (row.activeCaps ?? null) : null;
  return {
    versionId: row.v.id,
    skillId: row.v.skillId,
    slug: row.slug,
    version: row.v.version,
    status: row.v.status,
    sourceSha256: row.v.sha256,
    sourceDigest: row.digest,
    capabilities: row.v.capabilities,
    actions: versionActions(row.v.auditReport, row.v.trialReport) ?? [],
    activeCapabilities,
  };
}

/**
 * A version whose approval was refused (rejected, expired) can never be approved: it becomes
 * `rejected`, only while still awaiting approval (an approved or already rejected one keeps its state).
 * True when this call changed it.
 */
export async function rejectAwaitingVersion(db: Db, tenantId: string, versionId: string): Promise<boolean> {
  const rows = await db
    .update(skillVersions)
    .set({ status: "rejected" })
    .where(
      and(eq(skillVersions.tenantId, tenantId), eq(skillVersions.id, versionId), eq(skillVersions.status, "awaiting_approval")),
    )
    .returning({ id: skillVersions.id });
  return rows.length > 0;
}

export async function insertApproval(db: Db, row: NewApprovalRow): Promise<ApprovalRow> {
  const [created] = await db.insert(approvals).values(row).returning();
  return created!;
}

/** Reads a request; `lock` takes its row lock for the rest of the transaction (verify, decide). */
export async function getApproval(db: Db, tenantId: string, id: string, lock = false): Promise<ApprovalRow | undefined> {
  if (!isUuid(tenantId) || !isUuid(id)) return undefined;
  const q = db
    .select()
    .from(approvals)
    .where(and(eq(approvals.id, id), eq(approvals.tenantId, tenantId)));
  const [row] = await (lock ? q.for("update") : q);
  return row;
}

/** The page and the webhook know only the id; the caller proves its right with a token or a signature. */
export async function approvalTenant(db: Db, id: string): Promise<string | undefined> {
  if (!isUuid(id)) return undefined;
  const [row] = await db.select({ tenantId: approvals.tenantId }).from(approvals).where(eq(approvals.id, id));
  return row?.tenantId;
}

export function listApprovals(
  db: Db,
  tenantId: string,
  options: { status?: ApprovalRow["status"]; limit?: number } = {},
): Promise<ApprovalRow[]> {
  if (!isUuid(tenantId)) return Promise.resolve([]);
  const where = options.status
    ? and(eq(approvals.tenantId, tenantId), eq(approvals.status, options.status))
    : eq(approvals.tenantId, tenantId);
  return db
    .select()
    .from(approvals)
    .where(where)
    .orderBy(desc(approvals.createdAt), desc(approvals.id))
    .limit(options.limit ?? 100);
}

/** Pending requests of one skill, locked: a change to the skill supersedes them. */
export async function pendingForSkill(db: Db, tenantId: string, skillId: string): Promise<ApprovalRow[]> {
  return db
    .select()
    .from(approvals)
    .where(and(eq(approvals.tenantId, tenantId), eq(approvals.skillId, skillId), eq(approvals.status, "pending")))
    .for("update");
}

/** The tenant's newest pending request whose next code travels on `channel` (SMS replies). */
export async function pendingAwaiting(db: Db, tenantId: string, channel: Channel): Promise<ApprovalRow | undefined> {
  const rows = await db
    .select()
    .from(approvals)
    .where(and(eq(approvals.tenantId, tenantId), eq(approvals.status, "pending")))
    .orderBy(desc(approvals.createdAt))
    .limit(20);
  return rows.find((r) => r.channels[r.confirmed.length] === channel);
}

export async function updateApproval(db: Db, tenantId: string, id: string, patch: ApprovalPatch): Promise<void> {
  await db
    .update(approvals)
    .set(patch)
    .where(and(eq(approvals.id, id), eq(approvals.tenantId, tenantId)));
}

export interface ApprovalTransitionWrite {
  tenantId: string;
  approvalId: string;
  status: ApprovalRow["status"];
  confirmed: Channel[];
  /** Set for a final state. */
  decided?: { at: Date; by: string };
  /** The code that was just accepted: marked used. */
  usedCodeId?: string;
  /** Every other live code of the request is revoked (a final state). */
  revokeCodes: boolean;
  /** Event rows, written in this order. */
  events: { kind: string; channel: Channel | null; detail: JsonObject; at: Date }[];
}

/**
 * One state-machine step as one statement: the request's new state, the accepted code, the
 * revoked codes and the event rows, in data-modifying CTEs. A code check is on the hot path of
 * approving, and each round trip to the embedded database costs more than the work it carries.
 */
export async function writeApprovalTransition(db: Db, w: ApprovalTransitionWrite): Promise<void> {
  const confirmed = w.confirmed.length
    ? sql`array[${sql.join(
        w.confirmed.map((c) => sql`${c}`),
        sql`, `,
      )}]::approval_channel[]`
    : sql`array[]::approval_channel[]`;
  const decided = w.decided
    ? sql`, decided_at = ${w.decided.at.toISOString()}::timestamptz, decided_by = ${w.decided.by}`
    : sql``;
  const used = w.usedCodeId
    ? sql`, used as (update ${approvalCodes} set status = 'used'
          where tenant_id = ${w.tenantId} and approval_id = ${w.approvalId} and id = ${w.usedCodeId} returning 1)`
    : sql``;
  // Never the used code: one statement must not change one row twice.
  const revoked = w.revokeCodes
    ? sql`, revoked as (update ${approvalCodes} set status = 'revoked'
          where tenant_id = ${w.tenantId} and approval_id = ${w.approvalId} and status = 'active'
          ${w.usedCodeId ? sql`and id <> ${w.usedCodeId}` : sql``} returning 1)`
    : sql``;
  const rows = w.events.map(
    (e, i) =>
      sql`(${i}, ${e.kind}, ${e.channel}::approval_channel, ${JSON.stringify(e.detail)}::jsonb, ${e.at.toISOString()}::timestamptz)`,
  );
  const events = rows.length
    ? sql`insert into ${approvalEvents} (approval_id, tenant_id, kind, channel, detail, at)
          select ${w.approvalId}, ${w.tenantId}, e.kind, e.channel, e.detail, e.at
          from (values ${sql.join(rows, sql`, `)}) as e(n, kind, channel, detail, at) order by e.n`
    : sql`select 1`;
  await db.execute(sql`
    with moved as (update ${approvals} set status = ${w.status}, confirmed = ${confirmed}${decided}
          where id = ${w.approvalId} and tenant_id = ${w.tenantId} returning 1)${used}${revoked}
    ${events}`);
}

/** Pending requests past their expiry, locked and skipped by a concurrent sweep. */
export function dueExpired(db: Db, now: Date, limit: number): Promise<ApprovalRow[]> {
  return db
    .select()
    .from(approvals)
    .where(and(eq(approvals.status, "pending"), lte(approvals.expiresAt, now)))
    .orderBy(approvals.expiresAt)
    .limit(limit)
    .for("update", { skipLocked: true });
}

/** `pg_try_advisory_xact_lock` inside the caller's transaction: released at commit or rollback. */
export async function tryTransactionLock(db: Db, name: string): Promise<boolean> {
  const rows = await db.execute(sql`select pg_try_advisory_xact_lock(${advisoryKey(name).toString()}::bigint) as ok`);
  const list = (Array.isArray(rows) ? rows : (rows as { rows: unknown[] }).rows) as Array<{ ok: boolean }>;
  return list[0]?.ok === true;
}

export async function appendApprovalEvent(
  db: Db,
  e: { approvalId: string; tenantId: string; kind: string; channel?: Channel | null; detail?: JsonObject; at: Date },
): Promise<void> {
  await db.insert(approvalEvents).values({
    approvalId: e.approvalId,
    tenantId: e.tenantId,
    kind: e.kind,
    channel: e.channel ?? null,
    detail: e.detail ?? {},
    at: e.at,
  });
}

export function listApprovalEvents(db: Db, tenantId: string, approvalId: string): Promise<ApprovalEventRow[]> {
  if (!isUuid(tenantId) || !isUuid(approvalId)) return Promise.resolve([]);
  return db
    .select()
    .from(approvalEvents)
    .where(and(eq(approvalEvents.tenantId, tenantId), eq(approvalEvents.approvalId, approvalId)))
    .orderBy(approvalEvents.id);
}

// ── codes ──────────────────────────────────────────────────────────────────────────────────────

/**
 * A code check's reads in one round trip: the request, row-locked (every check of one request runs
 * one after the other; every code change happens under this lock), and the newest live code of
 * `channel`.
 */
export async function lockForVerify(
  db: Db,
  tenantId: string,
  id: string,
  channel: Channel,
): Promise<{ approval: ApprovalRow; code: ApprovalCodeRow | undefined } | undefined> {
  if (!isUuid(tenantId) || !isUuid(id)) return undefined;
  const [row] = await db
    .select({ approval: approvals, code: approvalCodes })
    .from(approvals)
    .leftJoin(
      approvalCodes,
      and(
        eq(approvalCodes.tenantId, approvals.tenantId),
        eq(approvalCodes.approvalId, approvals.id),
        eq(approvalCodes.channel, channel),
        eq(approvalCodes.status, "active"),
      ),
    )
    .where(and(eq(approvals.id, id), eq(approvals.tenantId, tenantId)))
    .orderBy(desc(approvalCodes.issuedAt))
    .limit(1)
    .for("update", { of: approvals });
  return row ? { approval: row.approval, code: row.code ?? undefined } : undefined;
}

export async function updateCode(
  db: Db,
  tenantId: string,
  id: string,
  patch: Partial<Pick<ApprovalCodeRow, "status" | "attempts">>,
): Promise<void> {
  await db
    .update(approvalCodes)
    .set(patch)
    .where(and(eq(approvalCodes.id, id), eq(approvalCodes.tenantId, tenantId)));
}

/** Kills every live code of a request (decided, superseded, or replaced by a resend on `channel`). */
export async function revokeCodes(db: Db, tenantId: string, approvalId: string, channels?: Channel[]): Promise<void> {
  const scope = [
    eq(approvalCodes.tenantId, tenantId),
    eq(approvalCodes.approvalId, approvalId),
    eq(approvalCodes.status, "active"),
  ];
  if (channels) scope.push(inArray(approvalCodes.channel, channels));
  await db
    .update(approvalCodes)
    .set({ status: "revoked" })
    .where(and(...scope));
}
