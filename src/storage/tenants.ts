import { asc, eq } from "drizzle-orm";
import type { Db } from "./db.js";
import { appendAudit } from "./audit-log.js";
import { isUuid } from "./uuid.js";
import { tenants, type TenantRow } from "./schema/index.js";
import type { SecretBox } from "./secret-box.js";

export interface NewTenant {
  name: string;
  phone?: string;
  email?: string;
}

export async function createTenant(db: Db, input: NewTenant, actor: string): Promise<TenantRow> {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(tenants)
      .values({ name: input.name, phone: input.phone ?? null, email: input.email ?? null })
      .returning();
    await appendAudit(tx, { tenantId: row!.id, actor, action: "tenant.create", target: row!.id, detail: { name: input.name } });
    return row!;
  });
}

export function listTenants(db: Db): Promise<TenantRow[]> {
  return db.select().from(tenants).orderBy(asc(tenants.createdAt), asc(tenants.id));
}

export async function getTenant(db: Db, tenantId: string): Promise<TenantRow | undefined> {
  if (!isUuid(tenantId)) return undefined;
  const [row] = await db.select().from(tenants).where(eq(tenants.id, tenantId));
  return row;
}

export async function countTenants(db: Db): Promise<number> {
  return await db.$count(tenants);
}

/** Stores a TOTP seed sealed with the secret box; it is never stored or logged in the clear. */
export async function enrolTotp(db: Db, box: SecretBox, tenantId: string, secret: string, actor: string): Promise<void> {
  await db.transaction(async (tx) => {
    await tx
      .update(tenants)
      .set({ totpSecretEnc: box.seal(secret), totpEnrolledAt: new Date() })
      .where(eq(tenants.id, tenantId));
    await appendAudit(tx, { tenantId, actor, action: "tenant.totp_enrol", target: tenantId });
  });
}

export async function readTotpSecret(db: Db, box: SecretBox, tenantId: string): Promise<string | undefined> {
  const row = await getTenant(db, tenantId);
  return row?.totpSecretEnc ? box.open(row.totpSecretEnc) : undefined;
}
