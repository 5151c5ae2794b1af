// The slugs of a tenant's skills that are not archived, for the detector ("is this need already
// covered?"): asked on every detect request, so kept in-process per tenant and dropped when this
// process changes one of the tenant's skills, another instance says so (NOTIFY), or after a few
// seconds, whichever comes first. A stale answer at worst suggests a skill the user just made.
import { listInstalledSlugs, type Storage } from "../storage/index.js";

const MAX_TENANTS = 10_000;
const MAX_AGE_MS = 5_000;

export function createInstalledCache(storage: Storage) {
  const entries = new Map<string, { at: number; slugs: Promise<string[]> }>();
  return {
    get(tenantId: string): Promise<string[]> {
      const now = performance.now();
      const hit = entries.get(tenantId);
      if (hit && now - hit.at < MAX_AGE_MS) return hit.slugs;
      if (!hit && entries.size >= MAX_TENANTS) entries.delete(entries.keys().next().value!);
      const slugs = listInstalledSlugs(storage.db, tenantId);
      const entry = { at: now, slugs };
      entries.set(tenantId, entry);
      // A failed lookup (database away) is not remembered.
      slugs.catch(() => {
        if (entries.get(tenantId) === entry) entries.delete(tenantId);
      });
      return slugs;
    },
    invalidate(tenantId: string): void {
      entries.delete(tenantId);
    },
    clear(): void {
      entries.clear();
    },
  };
}
