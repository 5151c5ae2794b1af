import { join } from "node:path";
import { sql } from "drizzle-orm";
import * as schema from "./schema/index.js";
import { StorageError, type Db, type Storage } from "./db.js";
import { lockDataDir } from "./data-dir-lock.js";
import { migrationsFolder } from "./project-root.js";
import { createAdvisoryLock, createProcessLock, type ReservableSql } from "./locks.js";

export interface OpenStorageOptions {
  /** PostgreSQL URL; when absent the embedded PGlite database is used. */
  databaseUrl?: string;
  /** Folder of the embedded database; omitted = in memory (tests). */
  dataDir?: string;
  /** Apply pending migrations (default true). */
  migrate?: boolean;
  /** PostgreSQL: statement timeout and connection timeout (default 4 s). */
  timeoutMs?: number;
}

// Any 64-bit constant: the key every instance takes before migrating, so two starting at once
// apply the migrations one after the other instead of racing.
const MIGRATION_LOCK_KEY = 7_411_829_301;

async function openPglite(options: OpenStorageOptions): Promise<Storage> {
  const { PGlite } = await import("@electric-sql/pglite");
  const { drizzle } = await import("drizzle-orm/pglite");
  const unlock = options.dataDir ? lockDataDir(options.dataDir) : () => {};
  try {
    const client = options.dataDir ? new PGlite(join(options.dataDir, "pglite")) : new PGlite();
    await client.waitReady;
    const db = drizzle(client, { schema }) as unknown as Db;
    if (options.migrate !== false) {
      const { migrate } = await import("drizzle-orm/pglite/migrator");
      await migrate(drizzle(client), { migrationsFolder: migrationsFolder() });
    }
    return {
      db,
      kind: "pglite",
      lock: createProcessLock(),
      ping: async () => {
        await client.query("select 1");
      },
      close: async () => {
        try {
          await client.close();
        } finally {
          unlock();
        }
      },
    };
  } catch (err) {
    unlock();
    throw err;
  }
}

async function openPostgres(url: string, options: OpenStorageOptions): Promise<Storage> {
  const { default: postgres } = await import("postgres");
  const { drizzle } = await import("drizzle-orm/postgres-js");
  const timeoutMs = options.timeoutMs ?? 4_000;
  const client = postgres(url, {
    max: 10,
    onnotice: () => {},
    // postgres.js looks up array type oids on every new connection, and a failure there (a backend
    // terminated while connecting) is an unhandled rejection — a crash of the whole process. drizzle
    // reads and writes arrays as PostgreSQL text literals itself, so the look-up is not needed.
    fetch_types: false,
    connect_timeout: Math.max(1, Math.ceil(timeoutMs / 1000)),
    // Server-side cap on every statement; a server that stops answering altogether is caught by
    // the API's request deadline (src/api/http/deadline.ts).
    connection: { statement_timeout: timeoutMs },
  });
  try {
    await client`select 1`;
  } catch (err) {
    await client.end({ timeout: 1 });
    throw new StorageError("STORAGE_UNAVAILABLE", `cannot reach PostgreSQL at DATABASE_URL: ${(err as Error).message}`);
  }
  const db = drizzle(client, { schema }) as unknown as Db;
  if (options.migrate !== false) {
    const { migrate } = await import("drizzle-orm/postgres-js/migrator");
    const lock = await client.reserve();
    try {
      await lock`select pg_advisory_lock(${MIGRATION_LOCK_KEY})`;
      await migrate(drizzle(client), { migrationsFolder: migrationsFolder() });
    } finally {
      await lock`select pg_advisory_unlock(${MIGRATION_LOCK_KEY})`.catch(() => {});
      lock.release();
    }
  }
  return {
    db,
    kind: "postgres",
    lock: createAdvisoryLock(client as unknown as ReservableSql),
    ping: async () => {
      await db.execute(sql`select 1`);
    },
    listen: async (channel, onMessage, onConnect) => {
      const sub = await client.listen(channel, onMessage, onConnect);
      return async () => {
        await sub.unlisten();
      };
    },
    close: async () => {
      await client.end({ timeout: 5 });
    },
  };
}

/** Opens (and migrates) the database: PostgreSQL when a URL is given, else embedded PGlite. */
export function openStorage(options: OpenStorageOptions = {}): Promise<Storage> {
  return options.databaseUrl ? openPostgres(options.databaseUrl, options) : openPglite(options);
}
