// The registry service: built once by the composition root from ports passed in.
import { createCall } from "./call.js";
import { createLifecycle } from "./lifecycle.js";
import { createQueries } from "./queries.js";
import { createRegisterVersion } from "./register.js";
import { createInstalledCache } from "./installed-cache.js";
import { createResolveCache } from "./resolve-cache.js";
import { createQuarantine } from "./quarantine.js";
import { createSweep } from "./sweep.js";
import { createSwitches, type SwitchHooks } from "./switch.js";
import { createUsageRecorder } from "./usage.js";
import { createBundles } from "./bundles.js";
import type { RegistryDeps } from "./types.js";

export type Registry = ReturnType<typeof createRegistry>;

const CHANNEL_RE = /^[a-z_][a-z0-9_]{0,62}$/;

export function createRegistry(deps: RegistryDeps) {
  const channel = deps.options?.notifyChannel ?? "skillforge_skills";
  if (!CHANNEL_RE.test(channel)) throw new RangeError(`notify channel ${JSON.stringify(channel)} is not a plain identifier`);
  const cache = createResolveCache(deps.storage);
  const usage = createUsageRecorder(deps.storage, deps.logger, {
    batchSize: deps.options?.usageBatchSize ?? 2_000,
    flushMs: deps.options?.usageFlushMs ?? 1_000,
  });
  const installed = createInstalledCache(deps.storage);
  const changed = (tenantId: string, slug: string): void => {
    cache.invalidate(tenantId, slug);
    installed.invalidate(tenantId);
  };
  const hooks: SwitchHooks = { channel, changed };

  // Other instances' changes arrive as NOTIFY; a (re)connect clears everything, since notices sent
  // while the listener was away are gone.
  const unlisten = deps.storage
    .listen?.(
      channel,
      (payload) => {
        try {
          const { tenantId, slug } = JSON.parse(payload) as { tenantId: string; slug: string };
          changed(tenantId, slug);
        } catch {
          cache.clear();
          installed.clear();
        }
      },
      () => {
        cache.clear();
        installed.clear();
      },
    )
    .catch((err: Error) => {
      deps.logger.warn("skill cache listens for no other instance", { error: err.message });
      return undefined;
    });

  const registerVersion = createRegisterVersion(deps, hooks.changed);
  const switches = createSwitches(deps, hooks);
  const lifecycle = createLifecycle(deps, hooks);
  const queries = createQueries(deps, usage.flush);
  const sweep = createSweep(deps, hooks, usage);
  const bundles = createBundles(deps, registerVersion);
  const quarantine = createQuarantine(deps, hooks);

  return {
    registerVersion,
    activate: switches.activate,
    rollback: switches.rollback,
    archive: lifecycle.archive,
    restore: lifecycle.restore,
    remove: lifecycle.remove,
    setConfig: lifecycle.setConfig,
    list: queries.list,
    /** Slugs of the tenant's skills that are not archived (cached; see installed-cache.ts). */
    installedSlugs: installed.get,
    show: queries.show,
    versions: queries.versions,
    review: queries.review,
    changeBase: queries.changeBase,
    call: createCall(deps, cache, usage, quarantine),
    /** Lifts a quarantine (the active version's, or the one named). */
    reenable: quarantine.reenable,
    archiveSweep: sweep.archiveSweep,
    scheduleArchiveSweep: sweep.scheduleArchiveSweep,
    exportVersion: bundles.exportVersion,
    importBundle: bundles.importBundle,
    /** Resolves once this instance listens for other instances' changes (no-op on PGlite). */
    ready: async () => {
      await unlisten;
    },
    flushUsage: usage.flush,
    /** Writes buffered usage and stops listening; the storage and sandbox belong to the caller. */
    async close(): Promise<void> {
      await usage.close();
      await (
        await unlisten
      )?.();
    },
  };
}
