import { countTenants, createApiKey, createTenant, type Db } from "../storage/index.js";

/**
 * On a fresh database the first start creates a local demo tenant with an all-scopes key, so the
 * main job works with zero set-up. Returns the one-time token, or undefined when tenants exist.
 */
export async function ensureDemoTenant(db: Db): Promise<{ tenantId: string; token: string } | undefined> {
  if ((await countTenants(db)) > 0) return undefined;
  const tenant = await createTenant(db, { name: "Local demo" }, "system");
  const { token } = await createApiKey(db, tenant.id, { name: "demo", scopes: ["admin", "assistant"] }, "system");
  return { tenantId: tenant.id, token };
}
