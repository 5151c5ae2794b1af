import { integer, pgTable, text, timestamp, uuid, index } from "drizzle-orm/pg-core";
import { skillVersions } from "./skills.js";

// A version that ran away on N calls in a row (timeout, memory, crash) is quarantined: not callable
// until its owner re-enables it. A row of its own, not a version status: `skill_versions` is
// immutable but for the approval status, and a quarantine says nothing about the approval.
export const versionQuarantines = pgTable(
  "version_quarantines",
  {
    versionId: uuid("version_id")
      .primaryKey()
      .references(() => skillVersions.id, { onDelete: "cascade" }),
    tenantId: uuid("tenant_id").notNull(),
    skillId: uuid("skill_id").notNull(),
    /** The outcome code of the last failed call (SANDBOX_TIMEOUT, SANDBOX_MEMORY, SANDBOX_CRASHED). */
    code: text("code").notNull(),
    /** What the user reads: how many calls failed in a row, and how. */
    reason: text("reason").notNull(),
    failures: integer("failures").notNull(),
    at: timestamp("at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("version_quarantines_skill_idx").on(t.tenantId, t.skillId)],
);

export type VersionQuarantineRow = typeof versionQuarantines.$inferSelect;
