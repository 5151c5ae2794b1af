import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import { sql } from "drizzle-orm";
import { SkillforgeError, type InstanceLock } from "../contract/index.js";
import type * as schema from "./schema/index.js";

/** A drizzle database over either driver; every storage function takes one. */
export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;

export type StorageKind = "pglite" | "postgres";

export interface Storage {
  readonly db: Db;
  readonly kind: StorageKind;
  /** Cross-instance lock for sweeps (advisory lock on PostgreSQL, in-process on PGlite). */
  readonly lock: InstanceLock;
  /**
   * PostgreSQL only: calls `onMessage` for each NOTIFY on `channel`, and `onConnect` each time the
   * listening connection is (re)established (notices sent while it was down are lost, so a cache
   * should start over then). Resolves to the unsubscribe function.
   */
  listen?(channel: string, onMessage: (payload: string) => void, onConnect?: () => void): Promise<() => Promise<void>>;
  /** Round trip to the database (readiness). */
  ping(): Promise<void>;
  close(): Promise<void>;
}

/** Expected storage failures, with a stable code for the API's error table. */
export class StorageError extends SkillforgeError {
  override name = "StorageError";
  constructor(
    override readonly code: "STORAGE_BUSY" | "STORAGE_UNAVAILABLE",
    message: string,
  ) {
    super(code, message);
  }
}

/**
 * Runs `fn` in one transaction: every write it makes, and the audit rows that record them, commit
 * together or not at all. Nested calls run inside the outer transaction.
 */
export function withTransaction<T>(db: Db, fn: (tx: Db) => Promise<T>): Promise<T> {
  return db.transaction((tx) => fn(tx as unknown as Db));
}

/**
 * Runs `fn` in a transaction that first takes the transaction-scoped advisory lock `key`: under
 * any number of concurrent callers (several instances starting at once) `fn` runs one at a time.
 */
export async function withTransactionLock<T>(db: Db, key: bigint, fn: (tx: Db) => Promise<T>): Promise<T> {
  return withTransaction(db, async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(${key.toString()}::bigint)`);
    return fn(tx);
  });
}
