import type { Db } from "../../storage/index.js";
import { UsageError } from "./types.js";

/** `--tenant ID`, or the only tenant when there is exactly one (the local demo set-up). */
export async function resolveTenant(db: Db, given: string | undefined): Promise<string> {
  const { getTenant, listTenants, isUuid } = await import("../../storage/index.js");
  if (given !== undefined) {
    if (!isUuid(given) || !(await getTenant(db, given))) throw new UsageError(`--tenant: no tenant ${JSON.stringify(given)}`);
    return given;
  }
  const all = await listTenants(db);
  if (all.length !== 1)
    throw new UsageError(
      all.length === 0
        ? "no tenants yet (run skillforge serve once, or skillforge tenants create)"
        : "several tenants: name one with --tenant ID",
    );
  return all[0]!.id;
}
