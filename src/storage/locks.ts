// Cross-instance locks. On PostgreSQL a session advisory lock on a reserved connection: with N
// instances on one database a sweep runs on one of them. The embedded database belongs to one
// process (the data-folder lock), so there an in-process set is the whole truth.
import { createHash } from "node:crypto";
import type { InstanceLock } from "../contract/index.js";

/** A signed 64-bit advisory-lock key derived from a readable name (`sweep:archive`). */
export function advisoryKey(name: string): bigint {
  return createHash("sha256").update(`skillforge:${name}`).digest().readBigInt64BE(0);
}

export function createProcessLock(): InstanceLock {
  const held = new Set<string>();
  return {
    async tryWithLock(key, fn) {
      if (held.has(key)) return { acquired: false };
      held.add(key);
      try {
        return { acquired: true, value: await fn() };
      } finally {
        held.delete(key);
      }
    },
  };
}

/** The slice of postgres.js the lock needs: one reserved connection at a time. */
export interface ReservableSql {
  reserve(): Promise<{
    (strings: TemplateStringsArray, ...values: unknown[]): PromiseLike<Array<Record<string, unknown>>>;
    release(): void;
  }>;
}

export function createAdvisoryLock(sql: ReservableSql): InstanceLock {
  const local = createProcessLock();
  return {
    tryWithLock(key, fn) {
      // The in-process guard first: one connection per concurrent holder is wasteful, and a
      // session lock is re-entrant for the same connection only.
      return local
        .tryWithLock(key, async () => {
          const conn = await sql.reserve();
          const k = advisoryKey(key).toString();
          try {
            const [row] = await conn`select pg_try_advisory_lock(${k}::bigint) as ok`;
            if (!row?.ok) return { acquired: false } as const;
            try {
              return { acquired: true, value: await fn() } as const;
            } finally {
              await conn`select pg_advisory_unlock(${k}::bigint)`;
            }
          } finally {
            conn.release();
          }
        })
        .then((r) => (r.acquired ? r.value : r));
    },
  };
}
