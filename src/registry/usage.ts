// Invocation rows, written off the hot path: a call only pushes to a buffer; a batch goes to the
// database when it is full or has waited `flushMs`, and `close` writes what is left.
import { insertInvocations, type NewInvocation, type Storage } from "../storage/index.js";
import type { RegistryLogger } from "./types.js";

// A database that stops answering must not turn the buffer into a leak: past this many rows the
// oldest are dropped (and the drop is logged).
const MAX_BUFFERED = 50_000;

export interface UsageRecorder {
  record(row: NewInvocation): void;
  flush(): Promise<void>;
  close(): Promise<void>;
}

export function createUsageRecorder(
  storage: Storage,
  logger: RegistryLogger,
  options: { batchSize: number; flushMs: number },
): UsageRecorder {
  let buffer: NewInvocation[] = [];
  let timer: NodeJS.Timeout | undefined;
  let writing: Promise<void> = Promise.resolve();
  let closed = false;

  function flush(): Promise<void> {
    if (timer) {
      clearTimeout(timer);
      timer = undefined;
    }
    const batch = buffer;
    buffer = [];
    // Batches are written one after another, so `flush()` resolves once everything before it is in.
    writing = writing.then(async () => {
      if (batch.length === 0) return;
      try {
        await insertInvocations(storage.db, batch);
      } catch (err) {
        logger.error("usage rows lost", { rows: batch.length, error: err instanceof Error ? err.message : String(err) });
      }
    });
    return writing;
  }

  return {
    record(row) {
      if (closed) {
        void insertInvocations(storage.db, [row]).catch(() => {});
        return;
      }
      buffer.push(row);
      if (buffer.length > MAX_BUFFERED) {
        buffer.splice(0, buffer.length - MAX_BUFFERED);
        logger.warn("usage buffer full; oldest rows dropped", { kept: MAX_BUFFERED });
      }
      if (buffer.length >= options.batchSize) void flush();
      else if (!timer) {
        timer = setTimeout(() => void flush(), options.flushMs);
        timer.unref();
      }
    },
    flush,
    async close() {
      closed = true;
      await flush();
    },
  };
}
