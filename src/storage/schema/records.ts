import { bigserial, index, jsonb, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import type { JsonObject } from "../../contract/index.js";
import { tenants } from "./tenants.js";

// The skills' data. Every row is owned by one tenant + skill + collection; the leading columns of
// every index are that scope, so each query the db API makes is a scoped index range.
export const skillRecords = pgTable(
  "skill_records",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    tenantId: uuid("tenant_id")
      .notNull()
      .references(() => tenants.id, { onDelete: "cascade" }),
    skillId: uuid("skill_id").notNull(),
    collection: text("collection").notNull(),
    data: jsonb("data").$type<JsonObject>().notNull(),
    createdAt: timestamp("created_at", { withTimezone: true, precision: 6 }).notNull().defaultNow(),
    // Insertion order, for ties: PGlite's clock can give two rows the same created_at.
    seq: bigserial("seq", { mode: "number" }).notNull(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("skill_records_scope_created_idx").on(t.tenantId, t.skillId, t.collection, t.createdAt),
    index("skill_records_data_gin").using("gin", t.data.op("jsonb_path_ops")),
  ],
);

// Append-only (a trigger in migration 0001 refuses UPDATE and DELETE).
export const auditLog = pgTable(
  "audit_log",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    tenantId: uuid("tenant_id"),
    actor: text("actor").notNull(),
    action: text("action").notNull(),
    target: text("target"),
    detail: jsonb("detail").$type<JsonObject>().notNull().default({}),
    at: timestamp("at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("audit_log_tenant_at_idx").on(t.tenantId, t.at)],
);

export type SkillRecordRow = typeof skillRecords.$inferSelect;
export type AuditLogRow = typeof auditLog.$inferSelect;
