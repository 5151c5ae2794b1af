// Tests and benches only: writes approval rows the way the approval stage does, so registry tests can exercise
// activation against every approval state without that stage. Not exported from index.ts.
import { createHash } from "node:crypto";
import { eq } from "drizzle-orm";
import { approvals, skillVersions, type ApprovalRow } from "./schema/index.js";
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
  const [version] = await db
    .select({ skillId: skillVersions.skillId })
    .from(skillVersions)
    .where(eq(skillVersions.id, row.versionId));
  const sha = (text: string) => createHash("sha256").update(text).digest("hex");
  const capabilitiesSha256 = sha(JSON.stringify([...row.capabilities].sort()));
  const bindingSha256 = sha(`${row.sourceSha256}:${capabilitiesSha256}`);
  const [created] = await db
    .insert(approvals)
    .values({
      ...row,
      skillId: version?.skillId ?? row.versionId,
      expiresAt,
      decidedAt: row.status === "pending" ? null : expiresAt,
      capabilitiesSha256,
      disclosureSha256: sha("fixture disclosure"),
      bindingSha256,
      fingerprint: bindingSha256.slice(0, 8).toUpperCase(),
      channels: ["email", "sms"],
      contactIds: ["", ""],
      confirmed: row.status === "approved" ? ["email", "sms"] : [],
    })
    .returning();
  return created!;
}
