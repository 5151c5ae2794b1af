import { index, integer, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { approvalChannel, codeStatus, contactStatus, deliveryStatus } from "./enums.js";
import { approvals } from "./approvals.js";
import { tenants } from "./tenants.js";

// One-time codes. Only an HMAC over (binding, channel, code) is stored; a TOTP row has no HMAC and
// only carries the attempt counter for its channel.
export const approvalCodes = pgTable(
  "approval_codes",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    approvalId: uuid("approval_id")
      .notNull()
      .references(() => approvals.id, { onDelete: "cascade" }),
    tenantId: uuid("tenant_id")
      .notNull()
      .references(() => tenants.id, { onDelete: "cascade" }),
    channel: approvalChannel("channel").notNull(),
    codeHmac: text("code_hmac"),
    status: codeStatus("status").notNull().default("active"),
    attempts: integer("attempts").notNull().default(0),
    issuedAt: timestamp("issued_at", { withTimezone: true }).notNull(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
  },
  (t) => [index("approval_codes_approval_idx").on(t.approvalId, t.channel, t.status)],
);

// Where codes may go. A point carries approvals only when verified and `effectiveAt` has passed
// (a change waits out the cool-down); the one it replaces keeps working until then.
export const contactPoints = pgTable(
  "contact_points",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    tenantId: uuid("tenant_id")
      .notNull()
      .references(() => tenants.id, { onDelete: "cascade" }),
    channel: approvalChannel("channel").notNull(),
    destination: text("destination").notNull(),
    status: contactStatus("status").notNull().default("pending"),
    /** The verified point this one replaces (a change, not a first enrolment). */
    replacesId: uuid("replaces_id"),
    verifyHmac: text("verify_hmac"),
    /** Change only: the code sent to the point being replaced. */
    confirmHmac: text("confirm_hmac"),
    verifyAttempts: integer("verify_attempts").notNull().default(0),
    verifyExpiresAt: timestamp("verify_expires_at", { withTimezone: true }),
    verifiedAt: timestamp("verified_at", { withTimezone: true }),
    effectiveAt: timestamp("effective_at", { withTimezone: true }),
    retiredAt: timestamp("retired_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull(),
  },
  (t) => [index("contact_points_tenant_idx").on(t.tenantId, t.channel, t.status)],
);

// The transactional outbox: written in the transaction that decides to send, dispatched after
// commit. Bodies of real (non-dev) messages are cleared once delivered: they hold codes.
export const outbox = pgTable(
  "outbox",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    tenantId: uuid("tenant_id")
      .notNull()
      .references(() => tenants.id, { onDelete: "cascade" }),
    approvalId: uuid("approval_id").references(() => approvals.id, { onDelete: "cascade" }),
    contactId: uuid("contact_id"),
    channel: approvalChannel("channel").notNull(),
    destination: text("destination").notNull(),
    subject: text("subject"),
    body: text("body"),
    html: text("html"),
    status: deliveryStatus("status").notNull().default("pending"),
    transport: text("transport"),
    attempts: integer("attempts").notNull().default(0),
    nextAttemptAt: timestamp("next_attempt_at", { withTimezone: true }).notNull(),
    leaseUntil: timestamp("lease_until", { withTimezone: true }),
    lastError: text("last_error"),
    providerId: text("provider_id"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull(),
    sentAt: timestamp("sent_at", { withTimezone: true }),
  },
  (t) => [
    index("outbox_due_idx").on(t.status, t.nextAttemptAt),
    index("outbox_destination_idx").on(t.destination, t.createdAt),
    index("outbox_tenant_idx").on(t.tenantId, t.createdAt),
  ],
);

// Inbound Twilio messages already processed: a replayed or retried webhook is a no-op.
export const twilioInbound = pgTable("twilio_inbound", {
  messageSid: text("message_sid").primaryKey(),
  tenantId: uuid("tenant_id"),
  receivedAt: timestamp("received_at", { withTimezone: true }).notNull(),
});

export type ApprovalCodeRow = typeof approvalCodes.$inferSelect;
export type ContactPointRow = typeof contactPoints.$inferSelect;
export type OutboxRow = typeof outbox.$inferSelect;
