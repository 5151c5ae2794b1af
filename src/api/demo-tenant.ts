import { countTenants, createApiKey, createTenant, listTenants, type Db } from "../storage/index.js";

export const DEMO_TENANT_NAME = "Local demo";

/**
 * On a fresh database the first start creates a local demo tenant with an all-scopes key, so the
 * main job works with zero set-up. Returns the one-time token, or undefined when tenants exist.
 */
export async function ensureDemoTenant(db: Db): Promise<{ tenantId: string; token: string } | undefined> {
  if ((await countTenants(db)) > 0) return undefined;
  const tenant = await createTenant(db, { name: DEMO_TENANT_NAME }, "system");
  const { token } = await createApiKey(db, tenant.id, { name: "demo", scopes: ["admin", "assistant"] }, "system");
  return { tenantId: tenant.id, token };
}

/** The local demo tenant (the earliest one named "Local demo"): the CLI's default `--tenant`. */
export async function findDemoTenant(db: Db): Promise<string | undefined> {
  return (await listTenants(db)).find((t) => t.name === DEMO_TENANT_NAME)?.id;
}
