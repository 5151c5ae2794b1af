// Activation history and the approvals an activation reads. The approvals table is written by the
// approval stage; the registry only reads it, inside the activating transaction.
import { and, desc, eq } from "drizzle-orm";
import type { Db } from "./db.js";
import { approvals, skillActivations, type ApprovalRow, type SkillActivationRow } from "./schema/index.js";

export type { ApprovalRow, SkillActivationRow } from "./schema/index.js";

export type ActivationKind = "activate" | "rollback";

export async function recordActivation(
  db: Db,
  row: {
    tenantId: string;
    skillId: string;
    versionId: string;
    previousVersionId: string | null;
    kind: ActivationKind;
    actor: string;
    at: Date;
  },
): Promise<void> {
  await db.insert(skillActivations).values(row);
}

/** The latest switch of one skill: its `previousVersionId` is where a plain rollback goes. */
export async function lastActivation(db: Db, tenantId: string, skillId: string): Promise<SkillActivationRow | undefined> {
  const [row] = await db
    .select()
    .from(skillActivations)
    .where(and(eq(skillActivations.tenantId, tenantId), eq(skillActivations.skillId, skillId)))
    .orderBy(desc(skillActivations.id))
    .limit(1);
  return row;
}

export function listActivations(db: Db, tenantId: string, skillId: string, limit = 50): Promise<SkillActivationRow[]> {
  return db
    .select()
    .from(skillActivations)
    .where(and(eq(skillActivations.tenantId, tenantId), eq(skillActivations.skillId, skillId)))
    .orderBy(desc(skillActivations.id))
    .limit(limit);
}

/**
 * The approvals of one version, newest first, locked until the transaction ends: an approval
 * cannot be withdrawn between the check and the switch.
 */
export function lockApprovals(db: Db, tenantId: string, versionId: string): Promise<ApprovalRow[]> {
  return db
    .select()
    .from(approvals)
    .where(and(eq(approvals.tenantId, tenantId), eq(approvals.versionId, versionId)))
    .orderBy(desc(approvals.createdAt), desc(approvals.id))
    .for("update");
}
