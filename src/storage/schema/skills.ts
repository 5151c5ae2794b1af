import { bigserial, boolean, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid, index } from "drizzle-orm/pg-core";
import type { AuditReport, JsonObject, JsonSchema, TrialReport } from "../../contract/index.js";
import { skillStatus, versionStatus } from "./enums.js";
import { tenants } from "./tenants.js";

export const skills = pgTable(
  "skills",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    tenantId: uuid("tenant_id")
      .notNull()
      .references(() => tenants.id, { onDelete: "cascade" }),
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
  (t) => [
    uniqueIndex("skills_tenant_slug_uq").on(t.tenantId, t.slug),
    index("skills_status_used_idx").on(t.status, t.lastUsedAt),
  ],
);

/** Who wrote a version: provider, model, prompt version and token usage (null fields when unknown). */
export interface GeneratorInfo {
  provider: string;
  model?: string;
  promptVersion?: string;
  usage?: { inputTokens: number; outputTokens: number };
  [key: string]: unknown;
}

// Immutable once written: a trigger refuses changes to any column but status (migration
// 0006_registry_guards compares the whole row, so a column added later is covered too).
export const skillVersions = pgTable(
  "skill_versions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    skillId: uuid("skill_id")
      .notNull()
      .references(() => skills.id, { onDelete: "cascade" }),
    tenantId: uuid("tenant_id")
      .notNull()
      .references(() => tenants.id, { onDelete: "cascade" }),
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
    generator: jsonb("generator").$type<GeneratorInfo>().notNull().default({ provider: "unknown" }),
    status: versionStatus("status").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("skill_versions_skill_version_uq").on(t.skillId, t.version),
    index("skill_versions_tenant_idx").on(t.tenantId),
  ],
);

// One row per call, written in batches. The version is the one reference (deleting a tenant or a
// skill reaches these rows through it); tenant_id and skill_id are copies of the version's, kept
// for the indexes. Three foreign keys made each row cost half again as much to insert, on a table
// that takes a row for every call.
export const invocations = pgTable(
  "invocations",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    tenantId: uuid("tenant_id").notNull(),
    skillId: uuid("skill_id").notNull(),
    versionId: uuid("version_id")
      .notNull()
      .references(() => skillVersions.id, { onDelete: "cascade" }),
    method: text("method").notNull(),
    action: text("action"),
    ok: boolean("ok").notNull(),
    errorCode: text("error_code"),
    ms: integer("ms").notNull(),
    at: timestamp("at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("invocations_skill_at_idx").on(t.tenantId, t.skillId, t.at),
    index("invocations_version_idx").on(t.tenantId, t.versionId),
  ],
);

// Which version became active when, and which one it replaced: "roll back to the previous one"
// reads the latest row's `previous_version_id`. Written in the same transaction as the switch.
export const skillActivations = pgTable(
  "skill_activations",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    tenantId: uuid("tenant_id")
      .notNull()
      .references(() => tenants.id, { onDelete: "cascade" }),
    skillId: uuid("skill_id")
      .notNull()
      .references(() => skills.id, { onDelete: "cascade" }),
    versionId: uuid("version_id")
      .notNull()
      .references(() => skillVersions.id, { onDelete: "cascade" }),
    previousVersionId: uuid("previous_version_id").references(() => skillVersions.id, { onDelete: "set null" }),
    kind: text("kind").notNull(),
    actor: text("actor").notNull(),
    at: timestamp("at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("skill_activations_skill_idx").on(t.tenantId, t.skillId, t.id)],
);

export type SkillRow = typeof skills.$inferSelect;
export type SkillVersionRow = typeof skillVersions.$inferSelect;
export type InvocationRow = typeof invocations.$inferSelect;
export type SkillActivationRow = typeof skillActivations.$inferSelect;
