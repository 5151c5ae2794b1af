// Where approval codes go and how they get there: contact points, the transactional outbox, the
// processed Twilio message ids, and the TOTP replay step. Every function takes the tenant, except
// the dispatcher's claim (it serves every tenant) and the inbound lookups (the caller has only a
// phone number or a MessageSid, proven by a signature).
import { and, asc, desc, eq, gt, inArray, isNull, lte, or, sql } from "drizzle-orm";
import type { Channel, JsonObject } from "../contract/index.js";
import type { Db } from "./db.js";
import {
  approvalCodes,
  approvalEvents,
  contactPoints,
  outbox,
  tenants,
  twilioInbound,
  type ContactPointRow,
  type OutboxRow,
} from "./schema/index.js";
import { isUuid } from "./uuid.js";

// ── contact points ─────────────────────────────────────────────────────────────────────────────

export async function insertContact(db: Db, row: typeof contactPoints.$inferInsert): Promise<ContactPointRow> {
  const [created] = await db.insert(contactPoints).values(row).returning();
  return created!;
}

export function listContacts(db: Db, tenantId: string): Promise<ContactPointRow[]> {
  if (!isUuid(tenantId)) return Promise.resolve([]);
  return db
    .select()
    .from(contactPoints)
    .where(eq(contactPoints.tenantId, tenantId))
    .orderBy(asc(contactPoints.createdAt), asc(contactPoints.id));
}

export async function getContact(db: Db, tenantId: string, id: string, lock = false): Promise<ContactPointRow | undefined> {
  if (!isUuid(tenantId) || !isUuid(id)) return undefined;
  const q = db
    .select()
    .from(contactPoints)
    .where(and(eq(contactPoints.tenantId, tenantId), eq(contactPoints.id, id)));
  const [row] = await (lock ? q.for("update") : q);
  return row;
}

export async function updateContact(
  db: Db,
  tenantId: string,
  id: string,
  patch: Partial<typeof contactPoints.$inferInsert>,
): Promise<void> {
  await db
    .update(contactPoints)
    .set(patch)
    .where(and(eq(contactPoints.tenantId, tenantId), eq(contactPoints.id, id)));
}

/**
 * The verified points that carry approvals at `now`, newest effective first per channel: a change
 * in its cool-down is not yet effective, and the point it replaces is not yet retired.
 */
export async function effectiveContacts(db: Db, tenantId: string, now: Date): Promise<ContactPointRow[]> {
  if (!isUuid(tenantId)) return [];
  const rows = await db
    .select()
    .from(contactPoints)
    .where(
      and(
        eq(contactPoints.tenantId, tenantId),
        inArray(contactPoints.status, ["verified", "retired"]),
        lte(contactPoints.effectiveAt, now),
        or(isNull(contactPoints.retiredAt), gt(contactPoints.retiredAt, now)),
      ),
    )
    .orderBy(desc(contactPoints.effectiveAt));
  const seen = new Set<Channel>();
  return rows.filter((r) => (seen.has(r.channel) ? false : (seen.add(r.channel), true)));
}

/** The tenant whose effective SMS contact point is `phone` (an inbound reply's `From`). */
export async function tenantByPhone(db: Db, phone: string, now: Date): Promise<string | undefined> {
  const rows = await db
    .select({ tenantId: contactPoints.tenantId })
    .from(contactPoints)
    .where(
      and(
        eq(contactPoints.channel, "sms"),
        eq(contactPoints.destination, phone),
        inArray(contactPoints.status, ["verified", "retired"]),
        lte(contactPoints.effectiveAt, now),
        or(isNull(contactPoints.retiredAt), gt(contactPoints.retiredAt, now)),
      ),
    )
    .limit(2);
  // One number enrolled by two tenants is ambiguous: nobody's reply is trusted.
  return rows.length === 1 ? rows[0]!.tenantId : undefined;
}

// ── outbox ─────────────────────────────────────────────────────────────────────────────────────

export async function insertOutbox(db: Db, row: typeof outbox.$inferInsert): Promise<OutboxRow> {
  const [created] = await db.insert(outbox).values(row).returning();
  return created!;
}

/**
 * A new code for one channel in one statement: the channel's live codes revoked, the code row, its
 * outbox message (none for an authenticator app) and the `code_issued` event, in data-modifying
 * CTEs. Issuing sits inside every code check that queues the next channel.
 */
export async function writeIssuedCode(
  db: Db,
  input: {
    code: typeof approvalCodes.$inferInsert & { channel: Channel };
    message?: typeof outbox.$inferInsert;
    event: { kind: string; detail: JsonObject; at: Date };
  },
): Promise<void> {
  const { code, message, event } = input;
  const revoke = db
    .update(approvalCodes)
    .set({ status: "revoked" })
    .where(
      and(
        eq(approvalCodes.tenantId, code.tenantId),
        eq(approvalCodes.approvalId, code.approvalId),
        eq(approvalCodes.status, "active"),
        eq(approvalCodes.channel, code.channel),
      ),
    );
  const parts = [sql`revoked as (${revoke.getSQL()})`, sql`issued as (${db.insert(approvalCodes).values(code).getSQL()})`];
  if (message) parts.push(sql`queued as (${db.insert(outbox).values(message).getSQL()})`);
  const logged = db.insert(approvalEvents).values({
    approvalId: code.approvalId,
    tenantId: code.tenantId,
    kind: event.kind,
    channel: code.channel,
    detail: event.detail,
    at: event.at,
  });
  await db.execute(sql`with ${sql.join(parts, sql`, `)} ${logged.getSQL()}`);
}

/** Messages sent (or queued) to one destination since `since`: the per-destination send cap. */
/**
 * What issuing one code needs to know, in one round trip under the request's row lock: the codes
 * this request already had on the channel, and the contact point with the messages sent to its
 * destination since `since` (any tenant: the cap protects the destination).
 */
export async function codeIssueContext(
  db: Db,
  input: { tenantId: string; approvalId: string; channel: Channel; contactId: string | undefined; since: Date },
): Promise<{ codes: number; contact: ContactPointRow | undefined; sends: number }> {
  const ofChannel = and(
    eq(approvalCodes.tenantId, input.tenantId),
    eq(approvalCodes.approvalId, input.approvalId),
    eq(approvalCodes.channel, input.channel),
  );
  const codesOnly = async () => ({ codes: await db.$count(approvalCodes, ofChannel), contact: undefined, sends: 0 });
  if (!input.contactId || !isUuid(input.contactId)) return codesOnly();
  const [row] = await db
    .select({
      contact: contactPoints,
      codes: sql<number>`(select count(*) from ${approvalCodes} where ${ofChannel})`.mapWith(Number),
      // Spelled out: inside a one-table select drizzle drops the table from column names.
      sends: sql<number>`(select count(*) from "outbox" where "outbox"."destination" = "contact_points"."destination"
        and "outbox"."created_at" > ${input.since.toISOString()}::timestamptz)`.mapWith(Number),
    })
    .from(contactPoints)
    .where(and(eq(contactPoints.tenantId, input.tenantId), eq(contactPoints.id, input.contactId)));
  return row ?? codesOnly();
}

export function countSendsTo(db: Db, destination: string, since: Date): Promise<number> {
  return db.$count(outbox, and(eq(outbox.destination, destination), gt(outbox.createdAt, since)));
}

/**
 * Claims due messages for one dispatcher: each row gets a lease, so two dispatchers (or instances)
 * never send one message twice while it is in flight.
 */
export async function claimDueOutbox(db: Db, now: Date, leaseUntil: Date, limit: number): Promise<OutboxRow[]> {
  return db.transaction(async (tx) => {
    const due = await tx
      .select({ id: outbox.id })
      .from(outbox)
      .where(
        and(
          eq(outbox.status, "pending"),
          lte(outbox.nextAttemptAt, now),
          or(isNull(outbox.leaseUntil), lte(outbox.leaseUntil, now)),
        ),
      )
      .orderBy(asc(outbox.nextAttemptAt))
      .limit(limit)
      .for("update", { skipLocked: true });
    if (due.length === 0) return [];
    return tx
      .update(outbox)
      .set({ leaseUntil: leaseUntil, attempts: sql`${outbox.attempts} + 1` })
      .where(
        inArray(
          outbox.id,
          due.map((d) => d.id),
        ),
      )
      .returning();
  });
}

export async function finishOutbox(db: Db, id: string, patch: Partial<typeof outbox.$inferInsert>): Promise<void> {
  await db
    .update(outbox)
    .set({ ...patch, leaseUntil: null })
    .where(eq(outbox.id, id));
}

export function listOutbox(
  db: Db,
  options: { tenantId?: string; limit?: number; approvalId?: string } = {},
): Promise<OutboxRow[]> {
  const where = [];
  if (options.tenantId) where.push(eq(outbox.tenantId, options.tenantId));
  if (options.approvalId) where.push(eq(outbox.approvalId, options.approvalId));
  return db
    .select()
    .from(outbox)
    .where(where.length ? and(...where) : undefined)
    .orderBy(desc(outbox.createdAt), desc(outbox.id))
    .limit(options.limit ?? 50);
}

// ── inbound SMS and TOTP replay ────────────────────────────────────────────────────────────────

/** Records a MessageSid; false when it was seen before (a replayed or retried webhook). */
export async function recordInboundSid(db: Db, sid: string, tenantId: string | null, at: Date): Promise<boolean> {
  const rows = await db
    .insert(twilioInbound)
    .values({ messageSid: sid, tenantId, receivedAt: at })
    .onConflictDoNothing()
    .returning({ sid: twilioInbound.messageSid });
  return rows.length === 1;
}

/** The sealed TOTP seed and the last accepted step, row-locked for the check that follows. */
export async function lockTotp(
  db: Db,
  tenantId: string,
): Promise<{ secretEnc: string | null; lastStep: number | null } | undefined> {
  const [row] = await db
    .select({ secretEnc: tenants.totpSecretEnc, lastStep: tenants.totpLastStep })
    .from(tenants)
    .where(eq(tenants.id, tenantId))
    .for("update");
  return row;
}

export async function setTotpLastStep(db: Db, tenantId: string, step: number): Promise<void> {
  await db.update(tenants).set({ totpLastStep: step }).where(eq(tenants.id, tenantId));
}
