// What the skills commands share: the registry of the configured database, the tenant (`--tenant`
// or the local demo tenant), and one line plus an exit code for every refusal.
import type { Registry } from "../../registry/index.js";
import type { Root } from "../root.js";
import { withRoot } from "./storage-session.js";
import { EXIT_REFUSED, EXIT_USAGE, UsageError, type CliIo, type ExitCode } from "./types.js";

export const TENANT_OPTIONS = {
  tenant: { type: "string" },
  json: { type: "boolean" },
  "data-dir": { type: "string" },
} as const;

export interface RegistrySession {
  registry: Registry;
  tenantId: string;
  root: Root;
}

/** Runs `fn` with the registry and tenant; a SkillforgeError becomes `skillforge <cmd>: CODE: reason` and exit 1 (2 for bad input). */
export async function withRegistry(
  io: CliIo,
  name: string,
  values: { tenant?: string; "data-dir"?: string },
  fn: (session: RegistrySession) => Promise<ExitCode>,
): Promise<ExitCode> {
  const { isUuid } = await import("../../storage/index.js");
  if (values.tenant !== undefined && !isUuid(values.tenant))
    throw new UsageError(`--tenant: expected a uuid, got ${JSON.stringify(values.tenant)}`);
  const { SkillforgeError } = await import("../../contract/index.js");
  return withRoot(io, values["data-dir"], async (root) => {
    const storage = await root.storage();
    let tenantId = values.tenant;
    if (tenantId === undefined) {
      const { findDemoTenant } = await import("../demo-tenant.js");
      tenantId = await findDemoTenant(storage.db);
      if (!tenantId) {
        io.err(`skillforge ${name}: no local demo tenant here; pass --tenant <id>`);
        return EXIT_REFUSED;
      }
    }
    try {
      return await fn({ registry: await root.registry(), tenantId, root });
    } catch (err) {
      if (!(err instanceof SkillforgeError) || err.code === "STORAGE_BUSY" || err.code === "STORAGE_UNAVAILABLE") throw err;
      io.err(`skillforge ${name}: ${err.code}: ${err.message}`);
      return err.code === "VALIDATION_FAILED" ? EXIT_USAGE : EXIT_REFUSED;
    }
  });
}
