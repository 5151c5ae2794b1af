import { boolean, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid, index } from "drizzle-orm/pg-core";
import type { AuditReport, JsonObject, JsonSchema, TrialReport } from "../../contract/index.js";
import { skillStatus, versionStatus } from "./enums.js";
import { tenants } from "./tenants.js";

export const skills = pgTable(
  "skills",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    tenantId: uuid("tenant_id").notNull().references(() => tenants.id, { onDelete: "cascade" }),
    slug: text("slug").notNull(),
    name: text("name").notNull(),
    description: text("description").notNull().default(""),
    status: skillStatus("status").notNull().default("inactive"),
    activeVersionId: uuid("active_version_id"),
    config: jsonb("config").$type<JsonObject>().notNull().default({}),
    lastUsedAt: timestamp("last_used_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("skills_tenant_slug_uq").on(t.tenantId, t.slug)],
);

// Immutable once written: a trigger (migration 0001) refuses changes to anything but status.
export const skillVersions = pgTable(
  "skill_versions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    skillId: uuid("skill_id").notNull().references(() => skills.id, { onDelete: "cascade" }),
    tenantId: uuid("tenant_id").notNull().references(() => tenants.id, { onDelete: "cascade" }),
    version: text("version").notNull(),
    source: text("source").notNull(),
    sha256: text("sha256").notNull(),
    manifest: jsonb("manifest").$type<JsonObject>().notNull(),
    configSchema: jsonb("config_schema").$type<JsonSchema>().notNull(),
    collections: jsonb("collections").$type<Record<string, JsonSchema>>().notNull().default({}),
    skillMd: text("skill_md").notNull().default(""),
    auditReport: jsonb("audit_report").$type<AuditReport>(),
    trialReport: jsonb("trial_report").$type<TrialReport>(),
    capabilities: text("capabilities").array().notNull(),
    status: versionStatus("status").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("skill_versions_skill_version_uq").on(t.skillId, t.version),
    index("skill_versions_tenant_idx").on(t.tenantId),
  ],
);

export const invocations = pgTable(
  "invocations",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    tenantId: uuid("tenant_id").notNull().references(() => tenants.id, { onDelete: "cascade" }),
    skillId: uuid("skill_id").notNull().references(() => skills.id, { onDelete: "cascade" }),
    versionId: uuid("version_id").notNull().references(() => skillVersions.id, { onDelete: "cascade" }),
    method: text("method").notNull(),
    action: text("action"),
    ok: boolean("ok").notNull(),
    errorCode: text("error_code"),
    ms: integer("ms").notNull(),
    at: timestamp("at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("invocations_skill_at_idx").on(t.tenantId, t.skillId, t.at)],
);

export type SkillRow = typeof skills.$inferSelect;
export type SkillVersionRow = typeof skillVersions.$inferSelect;
export type InvocationRow = typeof invocations.$inferSelect;
