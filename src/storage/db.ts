import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import type * as schema from "./schema/index.js";

/** A drizzle database over either driver; every storage function takes one. */
export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;

export type StorageKind = "pglite" | "postgres";

export interface Storage {
  readonly db: Db;
  readonly kind: StorageKind;
  /** Round trip to the database (readiness). */
  ping(): Promise<void>;
  close(): Promise<void>;
}

/** Expected storage failures, with a stable code for the API's error table. */
export class StorageError extends Error {
  override name = "StorageError";
  constructor(readonly code: "STORAGE_BUSY" | "STORAGE_UNAVAILABLE", message: string) {
    super(message);
  }
}
