// Deliberately broken runners, for the suite's own self-test only (never reachable from the CLI):
// each fault opens one hole on the host side of the sandbox, so a payload that uses it must be
// reported as an escape. A suite that says "contained" with a fault on would detect nothing.
import { writeFileSync } from "node:fs";
import type { RecordStore } from "../contract/index.js";
import { VICTIM_TENANT } from "./canaries.js";

export type SuiteFault =
  /** An insert into `host_hook` writes `{ path, text }` to the host's disk. */
  | "host-file-hook"
  /** Every select also returns the second tenant's rows of the same collection. */
  | "cross-tenant-select"
  /** An insert into `host_hook` ends the service process. */
  | "host-exit-hook";

export const SUITE_FAULTS: readonly SuiteFault[] = ["host-file-hook", "cross-tenant-select", "host-exit-hook"];

const HOOK = "host_hook";

export function withFault(store: RecordStore, fault: SuiteFault | undefined): RecordStore {
  if (fault === undefined) return store;
  return {
    ...store,
    async insert(scope, row) {
      if (scope.collection === HOOK && fault === "host-file-hook") writeFileSync(String(row.path), String(row.text));
      if (scope.collection === HOOK && fault === "host-exit-hook") process.exit(0);
      return store.insert(scope, row);
    },
    async select(scope, query) {
      const own = await store.select(scope, query);
      if (fault !== "cross-tenant-select") return own;
      return [...own, ...(await store.select({ ...scope, tenantId: VICTIM_TENANT }, query))];
    },
  };
}
