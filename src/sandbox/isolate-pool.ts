// Warm isolates inside one worker, keyed by version + source hash + tenant, bounded by count and
// by their summed heap (least recently used goes first). An entry that faulted is dropped.
import type { SkillIsolate } from "./isolate.js";

export interface PoolEntry {
  key: string;
  versionId: string;
  iso: SkillIsolate;
  /** params_schema JSON text per action slug, read once from the version's own getActions(). */
  schemas?: Map<string, string>;
  /** Last measured heap (used + external bytes). */
  heapBytes: number;
  /** Calls this isolate has answered. */
  calls: number;
}

export interface IsolatePool {
  get(key: string): PoolEntry | undefined;
  add(entry: PoolEntry): void;
  drop(key: string): void;
  dropVersion(versionId: string): number;
  /** Evicts least recently used entries while the pool is over its byte budget. */
  trim(): void;
  readonly size: number;
}

export function createIsolatePool(maxEntries: number, maxBytes: number): IsolatePool {
  const entries = new Map<string, PoolEntry>();
  const drop = (key: string) => {
    const e = entries.get(key);
    if (!e) return;
    entries.delete(key);
    e.iso.dispose();
  };
  const total = () => {
    let sum = 0;
    for (const e of entries.values()) sum += e.heapBytes;
    return sum;
  };
  return {
    get(key) {
      const e = entries.get(key);
      if (e) {
        entries.delete(key);
        entries.set(key, e);
      }
      return e;
    },
    add(entry) {
      drop(entry.key);
      entries.set(entry.key, entry);
      while (entries.size > maxEntries) drop(entries.keys().next().value!);
    },
    drop,
    dropVersion(versionId) {
      let n = 0;
      for (const e of [...entries.values()])
        if (e.versionId === versionId) {
          drop(e.key);
          n++;
        }
      return n;
    },
    trim() {
      while (entries.size > 1 && total() > maxBytes) drop(entries.keys().next().value!);
    },
    get size() {
      return entries.size;
    },
  };
}
