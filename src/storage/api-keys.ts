import { createHash, randomBytes } from "node:crypto";
import { and, asc, eq, inArray, isNull, sql } from "drizzle-orm";
import { SkillforgeError } from "../contract/index.js";
import type { Db } from "./db.js";
import { appendAudit } from "./audit-log.js";
import { isUuid } from "./uuid.js";
import { apiKeys, tenants, type ApiKeyRow, type ApiKeyScope, type TenantRow } from "./schema/index.js";

/** `sfk_` + 32 random bytes (base64url). Only the SHA-256 is stored. */
export const API_KEY_RE = /^sfk_[A-Za-z0-9_-]{43}$/;

export const hashApiKey = (token: string): string => createHash("sha256").update(token).digest("hex");

export type ApiKeyInfo = Omit<ApiKeyRow, "hash">;

export async function createApiKey(
  db: Db,
  tenantId: string,
  input: { name: string; scopes: ApiKeyScope[] },
  actor: string,
): Promise<{ key: ApiKeyInfo; token: string }> {
  const token = `sfk_${randomBytes(32).toString("base64url")}`;
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(apiKeys)
      .values({
        tenantId,
        name: input.name,
        prefix: token.slice(0, 12),
        hash: hashApiKey(token),
        scopes: [...new Set(input.scopes)].sort(),
      })
      .returning();
    const { hash: _hash, ...key } = row!;
    await appendAudit(tx, {
      tenantId,
      actor,
      action: "api_key.create",
      target: key.id,
      detail: { name: key.name, scopes: key.scopes },
    });
    return { key, token };
  });
}

/** The live key and its tenant for a presented token, or undefined (unknown, malformed or revoked). */
export async function findActiveKey(db: Db, token: string): Promise<{ key: ApiKeyInfo; tenant: TenantRow } | undefined> {
  if (!API_KEY_RE.test(token)) return undefined;
  const [row] = await db
    .select({ key: apiKeys, tenant: tenants })
    .from(apiKeys)
    .innerJoin(tenants, eq(apiKeys.tenantId, tenants.id))
    .where(and(eq(apiKeys.hash, hashApiKey(token)), isNull(apiKeys.revokedAt)));
  if (!row) return undefined;
  const { hash: _hash, ...key } = row.key;
  return { key, tenant: row.tenant };
}

export async function listApiKeys(db: Db, tenantId: string): Promise<ApiKeyInfo[]> {
  if (!isUuid(tenantId)) return [];
  const rows = await db.select().from(apiKeys).where(eq(apiKeys.tenantId, tenantId)).orderBy(asc(apiKeys.createdAt));
  return rows.map(({ hash: _hash, ...key }) => key);
}

/**
 * One page of the tenant's keys, oldest first, strictly after the key `after` (a key id of this
 * tenant); `undefined` when `after` names no key of this tenant. The order is (created_at, id),
 * compared in SQL so no timestamp loses its microseconds on the way through JavaScript.
 */
export async function listApiKeysPage(
  db: Db,
  tenantId: string,
  page: { limit: number; after?: string },
): Promise<{ keys: ApiKeyInfo[]; more: boolean } | undefined> {
  if (!isUuid(tenantId)) return { keys: [], more: false };
  let from;
  if (page.after !== undefined) {
    if (!isUuid(page.after)) return undefined;
    const [anchor] = await db
      .select({ id: apiKeys.id })
      .from(apiKeys)
      .where(and(eq(apiKeys.id, page.after), eq(apiKeys.tenantId, tenantId)));
    if (!anchor) return undefined;
    from = sql`(${apiKeys.createdAt}, ${apiKeys.id}) > (select k.created_at, k.id from api_keys k where k.id = ${page.after})`;
  }
  const rows = await db
    .select()
    .from(apiKeys)
    .where(and(eq(apiKeys.tenantId, tenantId), from))
    .orderBy(asc(apiKeys.createdAt), asc(apiKeys.id))
    .limit(page.limit + 1);
  return { keys: rows.slice(0, page.limit).map(({ hash: _hash, ...key }) => key), more: rows.length > page.limit };
}

/**
 * Revokes a key of this tenant; false when the tenant has no such live key. Refuses (CONFLICT) to
 * revoke the tenant's last live admin key: nobody could manage the tenant afterwards.
 */
export async function revokeApiKey(
  db: Db,
  tenantId: string,
  keyId: string,
  actor: string,
  at: Date = new Date(),
): Promise<boolean> {
  if (!isUuid(keyId) || !isUuid(tenantId)) return false;
  return db.transaction(async (tx) => {
    // Serialises revocations per tenant, so two admins revoking each other's key cannot both win.
    await tx.select({ id: tenants.id }).from(tenants).where(eq(tenants.id, tenantId)).for("update");
    const live = await tx
      .select({ id: apiKeys.id, scopes: apiKeys.scopes })
      .from(apiKeys)
      .where(and(eq(apiKeys.tenantId, tenantId), isNull(apiKeys.revokedAt)));
    const target = live.find((k) => k.id === keyId);
    if (!target) return false;
    if (target.scopes.includes("admin") && !live.some((k) => k.id !== keyId && k.scopes.includes("admin"))) {
      throw new SkillforgeError("CONFLICT", "this is the tenant's last live admin key; create another admin key first");
    }
    await tx.update(apiKeys).set({ revokedAt: at }).where(eq(apiKeys.id, keyId));
    await appendAudit(tx, { tenantId, actor, action: "api_key.revoke", target: keyId });
    return true;
  });
}

/** Finds which tenant owns a key id (operator CLI: `keys revoke <id>`). */
export async function keyTenant(db: Db, keyId: string): Promise<string | undefined> {
  if (!isUuid(keyId)) return undefined;
  const [row] = await db.select({ tenantId: apiKeys.tenantId }).from(apiKeys).where(eq(apiKeys.id, keyId));
  return row?.tenantId;
}

/** Marks keys as used at `at` (batched by the API, off the request path). */
export async function touchApiKeys(db: Db, keyIds: readonly string[], at: Date): Promise<void> {
  const ids = keyIds.filter(isUuid);
  if (ids.length === 0) return;
  await db.update(apiKeys).set({ lastUsedAt: at }).where(inArray(apiKeys.id, ids));
}
