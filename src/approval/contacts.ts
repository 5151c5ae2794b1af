// Contact points: verified before they carry approvals. Adding one sends it a code; changing one
// also needs a code sent to the point it replaces, and only takes effect after the cool-down, so a
// stolen admin key cannot quietly re-route the next approval's codes.
import { SkillforgeError, type Channel } from "../contract/index.js";
import {
  appendAudit,
  countSendsTo,
  effectiveContacts,
  enrolTotp,
  getContact,
  insertContact,
  insertOutbox,
  listContacts,
  updateContact,
  withTransaction,
  type ContactPointRow,
  type Db,
} from "../storage/index.js";
import {
  CODE_DIGITS,
  CODE_VALID_MS,
  MAX_ATTEMPTS_PER_CODE,
  MAX_SENDS_PER_DESTINATION,
  SEND_WINDOW_MS,
  codeMatches,
  codeHmac,
  newCode,
} from "./codes.js";
import { maskDestination, verificationMessage } from "./messages.js";
import type { GatewayDeps } from "./types.js";

export type MessageChannel = Exclude<Channel, "totp">;
export const EMAIL_RE = /^[^\s@<>"]{1,64}@[^\s@<>"]{1,190}$/;
export const PHONE_RE = /^\+[1-9]\d{6,14}$/;

export interface ContactPoint {
  id: string;
  channel: Channel;
  destination: string;
  status: ContactPointRow["status"];
  replacesId: string | null;
  verifiedAt: string | null;
  effectiveAt: string | null;
  retiredAt: string | null;
}

const toContact = (r: ContactPointRow): ContactPoint => ({
  id: r.id,
  channel: r.channel,
  destination: r.destination,
  status: r.status,
  replacesId: r.replacesId,
  verifiedAt: r.verifiedAt?.toISOString() ?? null,
  effectiveAt: r.effectiveAt?.toISOString() ?? null,
  retiredAt: r.retiredAt?.toISOString() ?? null,
});

export function validDestination(channel: MessageChannel, destination: string): boolean {
  return channel === "email" ? EMAIL_RE.test(destination) : PHONE_RE.test(destination);
}

export function createContacts(deps: GatewayDeps) {
  const { db, clock } = deps;
  const binding = (id: string, purpose: string) => `contact:${purpose}:${id}`;

  async function queue(
    tx: Db,
    tenantId: string,
    contactId: string,
    channel: MessageChannel,
    to: string,
    code: string,
    purpose: "verify" | "confirm",
    newDest: string,
    now: Date,
  ) {
    if ((await countSendsTo(tx, to, new Date(now.getTime() - SEND_WINDOW_MS))) >= MAX_SENDS_PER_DESTINATION) {
      throw new SkillforgeError("RATE_LIMITED", "too many messages to this destination recently; try again in a few minutes");
    }
    const m = verificationMessage(channel, to, code, purpose, newDest);
    await insertOutbox(tx, {
      tenantId,
      contactId,
      channel,
      destination: to,
      subject: m.subject ?? null,
      body: m.text,
      nextAttemptAt: now,
      createdAt: now,
    });
  }

  async function add(tenantId: string, channel: MessageChannel, destination: string, actor: string): Promise<ContactPoint> {
    if (!validDestination(channel, destination))
      throw new SkillforgeError(
        "VALIDATION_FAILED",
        channel === "email" ? "not an email address" : "expected an E.164 number like +14155550123",
      );
    if (!deps.senders[channel]) throw new SkillforgeError("CHANNEL_NOT_CONFIGURED", `no ${channel} sender is configured`);
    return withTransaction(db, async (tx) => {
      const now = clock.now();
      const current = (await effectiveContacts(tx, tenantId, now)).find((c) => c.channel === channel);
      if (current?.destination === destination)
        throw new SkillforgeError("CONFLICT", `${maskDestination(destination)} is already the ${channel} contact`);
      const id = deps.ids.uuid();
      const code = newCode(deps.ids, CODE_DIGITS[channel]);
      const confirm = current ? newCode(deps.ids, CODE_DIGITS[current.channel]) : undefined;
      const row = await insertContact(tx, {
        id,
        tenantId,
        channel,
        destination,
        replacesId: current?.id ?? null,
        createdAt: now,
        verifyHmac: codeHmac(deps.codeKey, binding(id, "verify"), channel, code),
        confirmHmac: confirm ? codeHmac(deps.codeKey, binding(id, "confirm"), channel, confirm) : null,
        verifyExpiresAt: new Date(now.getTime() + CODE_VALID_MS),
      });
      await queue(tx, tenantId, id, channel, destination, code, "verify", destination, now);
      if (current && confirm) await queue(tx, tenantId, id, channel, current.destination, confirm, "confirm", destination, now);
      await appendAudit(tx, {
        tenantId,
        actor,
        action: current ? "contact.change_requested" : "contact.add",
        target: id,
        detail: { channel, destination: maskDestination(destination) },
      });
      return toContact(row);
    }).finally(() => void deps.afterCommit?.());
  }

  async function verify(
    tenantId: string,
    id: string,
    code: string,
    confirmCode: string | undefined,
    actor: string,
  ): Promise<ContactPoint> {
    const out = await withTransaction(db, async (tx) => {
      const row = await getContact(tx, tenantId, id, true);
      if (!row || row.status !== "pending" || row.channel === "totp") return { error: true as const };
      const now = clock.now();
      const alive = row.verifyExpiresAt !== null && now < row.verifyExpiresAt && row.verifyAttempts < MAX_ATTEMPTS_PER_CODE;
      const ok =
        alive &&
        row.verifyHmac !== null &&
        codeMatches(deps.codeKey, binding(id, "verify"), row.channel, code, row.verifyHmac) &&
        (row.confirmHmac === null ||
          (confirmCode !== undefined &&
            codeMatches(deps.codeKey, binding(id, "confirm"), row.channel, confirmCode, row.confirmHmac)));
      if (!ok) {
        await updateContact(tx, tenantId, id, { verifyAttempts: row.verifyAttempts + 1 });
        await appendAudit(tx, { tenantId, actor, action: "contact.verify_failed", target: id });
        return { error: true as const };
      }
      // A change waits out the cool-down; the point it replaces keeps carrying approvals until then.
      const effectiveAt = row.replacesId ? new Date(now.getTime() + deps.contactCooldownMs) : now;
      await updateContact(tx, tenantId, id, {
        status: "verified",
        verifiedAt: now,
        effectiveAt,
        verifyHmac: null,
        confirmHmac: null,
      });
      if (row.replacesId) await updateContact(tx, tenantId, row.replacesId, { status: "retired", retiredAt: effectiveAt });
      await appendAudit(tx, {
        tenantId,
        actor,
        action: "contact.verified",
        target: id,
        detail: { channel: row.channel, effectiveAt: effectiveAt.toISOString() },
      });
      return { row: { ...row, status: "verified" as const, verifiedAt: now, effectiveAt } };
    });
    if ("error" in out) throw new SkillforgeError("CONTACT_VERIFY_FAILED");
    return toContact(out.row);
  }

  return {
    add,
    verify,
    async list(tenantId: string): Promise<ContactPoint[]> {
      return (await listContacts(db, tenantId)).map(toContact);
    },
    /** Enrols (or replaces) the tenant's TOTP seed; the URI is shown once, for an authenticator app. */
    async enrolTotp(tenantId: string, account: string, actor: string): Promise<{ uri: string }> {
      const secret = deps.totp.generateSecret();
      await enrolTotp(db, deps.box, tenantId, secret, actor);
      return { uri: deps.totp.keyUri(secret, account, "skillforge") };
    },
  };
}

/**
 * The local demo tenant's dev-outbox destinations count as verified: nothing leaves the machine.
 * Call only while the channel's sender is the dev outbox. Idempotent.
 */
export async function ensureDevContactPoints(
  db: Db,
  tenantId: string,
  now: Date,
  channels: readonly MessageChannel[],
): Promise<void> {
  const DEV: Record<MessageChannel, string> = { email: "demo@localhost", sms: "+15550100" };
  await withTransaction(db, async (tx) => {
    const have = new Set((await listContacts(tx, tenantId)).map((c) => c.channel));
    for (const channel of channels) {
      if (have.has(channel)) continue;
      await insertContact(tx, {
        tenantId,
        channel,
        destination: DEV[channel],
        status: "verified",
        verifiedAt: now,
        effectiveAt: now,
        createdAt: now,
      });
      await appendAudit(tx, {
        tenantId,
        actor: "system",
        action: "contact.dev_enrolled",
        detail: { channel, destination: DEV[channel] },
      });
    }
  });
}
