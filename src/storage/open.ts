import { readdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import { sql } from "drizzle-orm";
import * as schema from "./schema/index.js";
import { StorageError, type Db, type Storage } from "./db.js";
import { lockDataDir } from "./data-dir-lock.js";
import { migrationsFolder } from "./project-root.js";
import { loadTemplate } from "./pglite-template.js";
import { createAdvisoryLock, createProcessLock, type ReservableSql } from "./locks.js";

export interface OpenStorageOptions {
  /** PostgreSQL URL; when absent the embedded PGlite database is used. */
  databaseUrl?: string;
  /** Folder of the embedded database; omitted = in memory (tests). */
  dataDir?: string;
  /** Apply pending migrations (default true). */
  migrate?: boolean;
  /**
   * PGlite: what a new database starts from — a dump of a migrated empty one. Default: the build's
   * template when current (see pglite-template.ts); false: PostgreSQL's initdb and every migration.
   */
  template?: Blob | false;
  /** PostgreSQL: statement timeout and connection timeout (default 4 s). */
  timeoutMs?: number;
}

// Any 64-bit constant: the key every instance takes before migrating, so two starting at once
// apply the migrations one after the other instead of racing.
const MIGRATION_LOCK_KEY = 7_411_829_301;

function isEmptyDir(dir: string): boolean {
  try {
    return readdirSync(dir).length === 0;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === "ENOENT";
  }
}

async function openPglite(options: OpenStorageOptions): Promise<Storage> {
  const { PGlite } = await import("@electric-sql/pglite");
  const { drizzle } = await import("drizzle-orm/pglite");
  const unlock = options.dataDir ? lockDataDir(options.dataDir) : () => {};
  try {
    const dir = options.dataDir ? join(options.dataDir, "pglite") : undefined;
    // A new database starts from the build's migrated template when there is a current one.
    const template =
      options.template === false || options.migrate === false || (dir && !isEmptyDir(dir))
        ? undefined
        : (options.template ?? loadTemplate());
    let client = new PGlite({ dataDir: dir, loadDataDir: template });
    try {
      await client.waitReady;
    } catch (err) {
      if (!template) throw err;
      // A damaged template costs the slow start, never the database: start again without it.
      await client.close().catch(() => {});
      if (dir) rmSync(dir, { recursive: true, force: true });
      client = new PGlite({ dataDir: dir });
      await client.waitReady;
    }
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
