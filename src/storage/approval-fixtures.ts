// Tests and benches only: writes approval rows the way the approval stage does, so registry tests can exercise
// activation against every approval state without that stage. Not exported from index.ts.
import { approvals, type ApprovalRow } from "./schema/index.js";
import type { Db } from "./db.js";

export interface ApprovalFixture {
  tenantId: string;
  versionId: string;
  sourceSha256: string;
  capabilities: string[];
  status: ApprovalRow["status"];
  expiresAt?: Date;
}

export async function writeApproval(db: Db, row: ApprovalFixture): Promise<ApprovalRow> {
  const expiresAt = row.expiresAt ?? new Date(Date.parse("2100-01-01T00:00:00Z"));
  const [created] = await db.insert(approvals).values({ ...row, expiresAt, decidedAt: row.status === "pending" ? null : expiresAt }).returning();
  return created!;
}
