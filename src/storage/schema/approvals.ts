import { bigserial, index, integer, jsonb, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import type { JsonObject } from "../../contract/index.js";
import { approvalChannel, approvalStatus } from "./enums.js";
import { skillVersions } from "./skills.js";
import { tenants } from "./tenants.js";

export const approvals = pgTable(
  "approvals",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    tenantId: uuid("tenant_id")
      .notNull()
      .references(() => tenants.id, { onDelete: "cascade" }),
    versionId: uuid("version_id")
      .notNull()
      .references(() => skillVersions.id, { onDelete: "cascade" }),
    skillId: uuid("skill_id").notNull(),
    // Bound to exactly this source and capability set: any change means a new approval.
    sourceSha256: text("source_sha256").notNull(),
    capabilities: text("capabilities").array().notNull(),
    capabilitiesSha256: text("capabilities_sha256").notNull(),
    disclosureSha256: text("disclosure_sha256").notNull(),
    /** sha256 over everything above plus the request id; codes are HMACs over it. */
    bindingSha256: text("binding_sha256").notNull(),
    fingerprint: text("fingerprint").notNull(),
    /** The two channels chosen by policy, in the order their codes are sent. */
    channels: approvalChannel("channels").array().notNull(),
    /** The contact point each channel's codes go to ("" for totp), fixed at creation. */
    contactIds: text("contact_ids").array().notNull(),
    /** Wrong codes on this request, across channels and resends; never reset. */
    failedAttempts: integer("failed_attempts").notNull().default(0),
    undeliverable: approvalChannel("undeliverable").array().notNull().default([]),
    decidedBy: text("decided_by"),
    status: approvalStatus("status").notNull().default("pending"),
    confirmed: approvalChannel("confirmed").array().notNull().default([]),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    decidedAt: timestamp("decided_at", { withTimezone: true }),
  },
  (t) => [index("approvals_tenant_status_idx").on(t.tenantId, t.status), index("approvals_expiry_idx").on(t.status, t.expiresAt)],
);

export const approvalEvents = pgTable(
  "approval_events",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    approvalId: uuid("approval_id")
      .notNull()
      .references(() => approvals.id, { onDelete: "cascade" }),
    tenantId: uuid("tenant_id")
      .notNull()
      .references(() => tenants.id, { onDelete: "cascade" }),
    kind: text("kind").notNull(),
    channel: approvalChannel("channel"),
    detail: jsonb("detail").$type<JsonObject>().notNull().default({}),
    at: timestamp("at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("approval_events_approval_idx").on(t.approvalId)],
);

export type ApprovalRow = typeof approvals.$inferSelect;
export type ApprovalEventRow = typeof approvalEvents.$inferSelect;
