// `lastUsedAt` of API keys, written in batches off the request path: a request only adds its key
// id to a set; every few seconds one UPDATE marks them all, and shutdown flushes the rest.
import type { Clock } from "../../contract/index.js";
import { touchApiKeys, type Storage } from "../../storage/index.js";
import type { Logger } from "./logger.js";

export interface KeyUseBatcher {
  add(keyId: string): void;
  start(storage: Storage, clock: Clock, logger: Logger, everyMs?: number): void;
  stop(): Promise<void>;
}

export function createKeyUseBatcher(): KeyUseBatcher {
  let pending = new Set<string>();
  let timer: NodeJS.Timeout | undefined;
  let flush: () => Promise<void> = async () => {};
  return {
    add: (keyId) => {
      pending.add(keyId);
    },
    start(storage, clock, logger, everyMs = 5_000) {
      flush = async () => {
        if (pending.size === 0) return;
        const ids = [...pending];
        pending = new Set();
        try {
          await touchApiKeys(storage.db, ids, clock.now());
        } catch (err) {
          logger.warn("could not record API key use", { keys: ids.length, error: (err as Error).name });
        }
      };
      timer = setInterval(() => void flush(), everyMs);
      timer.unref();
    },
    async stop() {
      clearInterval(timer);
      await flush();
    },
  };
}
