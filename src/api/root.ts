// The composition root: the one place that turns a Config into real adapters (database, sandbox,
// clock, randomness, scheduler, and as the stages land: message senders, TOTP, the LLM) and hands
// them to the stages. `serve` and every CLI command build one; tests build one with overrides.
// Everything is built lazily and once: `skillforge audit` never opens the database.
import type { Config } from "../config/index.js";
import type { Clock, Ids, RecordStore, Scheduler } from "../contract/index.js";
import type { Registry } from "../registry/index.js";
import type { Sandbox } from "../sandbox/index.js";
import type { Storage } from "../storage/index.js";
import { createCronScheduler } from "./adapters/scheduler.js";
import { cryptoIds, systemClock } from "./adapters/system.js";
import { createLogger, type Logger } from "./http/logger.js";

export interface RootOverrides {
  clock?: Clock;
  ids?: Ids;
  logger?: Logger;
  /** A storage the caller owns (not closed by the root). */
  storage?: Storage;
  /** A sandbox the caller owns (not closed by the root). */
  sandbox?: Sandbox;
  scheduler?: Scheduler;
  /** A registry the caller owns (not closed by the root). */
  registry?: Registry;
}

export interface Root {
  readonly config: Readonly<Config>;
  readonly clock: Clock;
  readonly ids: Ids;
  readonly logger: Logger;
  storage(): Promise<Storage>;
  /** The skills' data store on the configured database. */
  recordStore(): Promise<RecordStore>;
  sandbox(): Promise<Sandbox>;
  /** Skills, versions, activation, rollback, calls (the sandbox starts on the first call). */
  registry(): Promise<Registry>;
  scheduler(): Scheduler;
  /** Stops schedules, then closes what the root opened (sandbox workers, then the database). */
  close(): Promise<void>;
}

/** Memoises an async factory: built on first use, once. */
function lazy<T>(build: () => Promise<T>): { get(): Promise<T>; peek(): Promise<T> | undefined } {
  let value: Promise<T> | undefined;
  return { get: () => (value ??= build()), peek: () => value };
}

export function createRoot(config: Readonly<Config>, overrides: RootOverrides = {}): Root {
  const logger = overrides.logger ?? createLogger(config.logLevel);
  const storage = lazy(async () => {
    if (overrides.storage) return overrides.storage;
    const { openStorage } = await import("../storage/index.js");
    return openStorage({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  });
  const recordStore = lazy(async () => {
    const { createRecordStore } = await import("../storage/index.js");
    return createRecordStore((await storage.get()).db);
  });
  const sandbox = lazy(async () => {
    if (overrides.sandbox) return overrides.sandbox;
    const { createSandbox } = await import("../sandbox/index.js");
    const store = await recordStore.get();
    return createSandbox({
      store,
      log: (event) => {
        if (event.type === "worker-replaced") logger.warn("sandbox worker replaced", { pid: event.pid, reason: event.reason });
        else if (event.type === "violation") logger.warn("skill capability violation", { versionId: event.versionId, tenantId: event.tenantId, ...event.violation });
      },
    });
  });
  const clock = overrides.clock ?? systemClock;
  const ids = overrides.ids ?? cryptoIds;
  const registry = lazy(async () => {
    if (overrides.registry) return overrides.registry;
    const { createRegistry } = await import("../registry/index.js");
    return createRegistry({
      storage: await storage.get(), sandbox: sandbox.get, clock, ids, logger,
      // Babel loads on the first import, not when `serve` starts.
      audit: async (input) => (await import("../validator/index.js")).auditSkill(input),
      // An imported bundle's trial runs in a throwaway in-memory scope, in sandbox workers of its own.
      trial: async (input) => {
        const { createSandbox, createMemoryRecordStore } = await import("../sandbox/index.js");
        const trialSandbox = createSandbox({ store: createMemoryRecordStore(), workers: 1, maxWorkers: 1 });
        try {
          return await trialSandbox.trial(input);
        } finally {
          await trialSandbox.close();
        }
      },
      options: { archiveIdleDays: config.archiveIdleDays },
    });
  });
  let scheduler: Scheduler | undefined = overrides.scheduler;
  const schedulerOf = (): Scheduler => (scheduler ??= createCronScheduler(logger));

  const root: Root = {
    config, logger,
    clock,
    ids,
    storage: storage.get,
    recordStore: recordStore.get,
    sandbox: sandbox.get,
    registry: registry.get,
    scheduler: schedulerOf,
    async close() {
      scheduler?.stopAll();
      // A part that failed to open has nothing to close.
      const opened = async <T>(p: Promise<T> | undefined) => (p ? p.then((v) => v, () => undefined) : undefined);
      // Buffered usage rows go to the database before it closes.
      if (!overrides.registry) await (await opened(registry.peek()))?.close();
      if (!overrides.sandbox) await (await opened(sandbox.peek()))?.close();
      if (!overrides.storage) await (await opened(storage.peek()))?.close();
    },
  };
  return root;
}
