// Quarantined versions: written only when a version's state changes (quarantined, re-enabled),
// never per call. Every function takes the tenant; transactions are the caller's, so the audit row
// commits with the change it records.
import { and, eq } from "drizzle-orm";
import type { Db } from "./db.js";
import { versionQuarantines, type VersionQuarantineRow } from "./schema/index.js";
import { isUuid } from "./uuid.js";

export type { VersionQuarantineRow } from "./schema/index.js";

export interface NewQuarantine {
  versionId: string;
  tenantId: string;
  skillId: string;
  code: string;
  reason: string;
  failures: number;
  at: Date;
}

/** True when this call quarantined the version (false: it already was). */
export async function insertQuarantine(db: Db, row: NewQuarantine): Promise<boolean> {
  const inserted = await db
    .insert(versionQuarantines)
    .values(row)
    .onConflictDoNothing({ target: versionQuarantines.versionId })
    .returning({ versionId: versionQuarantines.versionId });
  return inserted.length > 0;
}

/** Lifts the quarantine; returns the row it removed, or undefined when there was none. */
export async function deleteQuarantine(db: Db, tenantId: string, versionId: string): Promise<VersionQuarantineRow | undefined> {
  if (!isUuid(tenantId) || !isUuid(versionId)) return undefined;
  const [row] = await db
    .delete(versionQuarantines)
    .where(and(eq(versionQuarantines.tenantId, tenantId), eq(versionQuarantines.versionId, versionId)))
    .returning();
  return row;
}

/** The tenant's quarantined versions, of one skill when `skillId` is given. */
export function listQuarantines(db: Db, tenantId: string, skillId?: string): Promise<VersionQuarantineRow[]> {
  if (!isUuid(tenantId) || (skillId !== undefined && !isUuid(skillId))) return Promise.resolve([]);
  return db
    .select()
    .from(versionQuarantines)
    .where(
      and(eq(versionQuarantines.tenantId, tenantId), skillId === undefined ? undefined : eq(versionQuarantines.skillId, skillId)),
    );
}
