// What the skills commands share: the backend, the tenant (`--tenant` or the local demo tenant),
// and one line plus an exit code for every refusal.
import type { Backend } from "./backend.js";
import { withBackend } from "./backend-session.js";
import { EXIT_REFUSED, EXIT_USAGE, type CliIo, type ExitCode } from "./types.js";

export const TENANT_OPTIONS = {
  tenant: { type: "string" },
  json: { type: "boolean" },
  "data-dir": { type: "string" },
} as const;

/** Runs `fn` with the backend and tenant; a SkillforgeError becomes `skillforge <cmd>: CODE: reason` and exit 1 (2 for bad input). */
export async function withRegistry(
  io: CliIo,
  name: string,
  values: { tenant?: string; "data-dir"?: string },
  fn: (backend: Backend, tenantId: string) => Promise<ExitCode>,
): Promise<ExitCode> {
  const { SkillforgeError } = await import("../../contract/index.js");
  return withBackend(io, name, values["data-dir"], async (backend) => {
    const tenantId = await backend.tenant(values.tenant, "demo");
    try {
      return await fn(backend, tenantId);
    } catch (err) {
      if (!(err instanceof SkillforgeError) || err.code === "STORAGE_BUSY" || err.code === "STORAGE_UNAVAILABLE") throw err;
      io.err(`skillforge ${name}: ${err.code}: ${err.message}`);
      return err.code === "VALIDATION_FAILED" ? EXIT_USAGE : EXIT_REFUSED;
    }
  });
}
