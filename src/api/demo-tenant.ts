import {
  advisoryKey,
  countTenants,
  createApiKey,
  createTenant,
  listTenants,
  withTransactionLock,
  type Db,
} from "../storage/index.js";
import type { Root } from "./root.js";

export const DEMO_TENANT_NAME = "Local demo";

/**
 * On a fresh database the first start creates a local demo tenant with an all-scopes key, so the
 * main job works with zero set-up. Returns the one-time token, or undefined when tenants exist.
 * Several instances starting at once on one fresh database create it once (an advisory lock
 * serialises the check and the insert).
 */
export async function ensureDemoTenant(db: Db): Promise<{ tenantId: string; token: string } | undefined> {
  return withTransactionLock(db, advisoryKey("demo-tenant"), async (tx) => {
    if ((await countTenants(tx)) > 0) return undefined;
    const tenant = await createTenant(tx, { name: DEMO_TENANT_NAME }, "system");
    const { token } = await createApiKey(tx, tenant.id, { name: "demo", scopes: ["admin", "assistant"] }, "system");
    return { tenantId: tenant.id, token };
  });
}

/**
 * The demo tenant's dev-outbox destinations (`demo@localhost`, `+15550100`) count as verified, so
 * approvals work with zero set-up; only for channels whose sender is the dev outbox.
 */
export async function enrolDevContacts(root: Root, tenantId: string): Promise<void> {
  const { ensureDevContactPoints } = await import("../approval/index.js");
  const config = root.config;
  const dev = [...(config.smtp ? [] : ["email" as const]), ...(config.twilio ? [] : ["sms" as const])];
  if (dev.length > 0) await ensureDevContactPoints((await root.storage()).db, tenantId, root.clock.now(), dev);
}

/** The local demo tenant (the earliest one named "Local demo"): the CLI's default `--tenant`. */
export async function findDemoTenant(db: Db): Promise<string | undefined> {
  return (await listTenants(db)).find((t) => t.name === DEMO_TENANT_NAME)?.id;
}

/**
 * The zero-set-up start, shared by `serve` and the CLI: on a database with no tenant, the demo
 * tenant with its all-scopes key (returned once) and its dev-outbox contact points.
 */
export async function ensureLocalDemo(root: Root): Promise<{ tenantId: string; token: string } | undefined> {
  const demo = await ensureDemoTenant((await root.storage()).db);
  if (demo) await enrolDevContacts(root, demo.tenantId);
  return demo;
}
