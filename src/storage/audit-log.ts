import { and, desc, eq } from "drizzle-orm";
import type { JsonObject } from "../contract/index.js";
import type { Db } from "./db.js";
import { auditLog, type AuditLogRow } from "./schema/index.js";

export interface AuditEntry {
  tenantId: string | null;
  /** `cli`, `api-key:<id>`, `system` … */
  actor: string;
  action: string;
  target?: string;
  detail?: JsonObject;
}

/** Appends one row; call it with the transaction that makes the change it records. */
export async function appendAudit(db: Db, entry: AuditEntry): Promise<void> {
  await db.insert(auditLog).values({
    tenantId: entry.tenantId,
    actor: entry.actor,
    action: entry.action,
    target: entry.target ?? null,
    detail: entry.detail ?? {},
  });
}

export async function listAudit(db: Db, tenantId: string, limit = 100): Promise<AuditLogRow[]> {
  return db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.tenantId, tenantId)))
    .orderBy(desc(auditLog.id))
    .limit(limit);
}
