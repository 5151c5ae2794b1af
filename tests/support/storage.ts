// Real databases for tests: PGlite always, and a fresh throwaway database on the PostgreSQL server
// named by DATABASE_URL when it is set (dropped afterwards), so suites never share state.
import { randomBytes } from "node:crypto";
import postgres from "postgres";
import { openStorage, type Storage } from "../../src/storage/index.js";

export interface TestDatabase {
  name: "pglite" | "postgres";
  /** Opens a new, migrated, empty database and its cleanup. */
  open(): Promise<{ storage: Storage; url?: string; cleanup(): Promise<void> }>;
}

async function createPostgresDatabase(baseUrl: string): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `skillforge_t_${randomBytes(6).toString("hex")}`;
  const admin = postgres(baseUrl, { max: 1, onnotice: () => {} });
  try {
    await admin.unsafe(`create database ${name}`);
  } finally {
    await admin.end({ timeout: 5 });
  }
  const url = new URL(baseUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      const a = postgres(baseUrl, { max: 1, onnotice: () => {} });
      try {
        await a.unsafe(`drop database if exists ${name} with (force)`);
      } finally {
        await a.end({ timeout: 5 });
      }
    },
  };
}

export function testDatabases(): TestDatabase[] {
  const list: TestDatabase[] = [
    {
      name: "pglite",
      async open() {
        const storage = await openStorage({});
        return { storage, cleanup: () => storage.close() };
      },
    },
  ];
  const baseUrl = process.env.DATABASE_URL;
  if (baseUrl) {
    list.push({
      name: "postgres",
      async open() {
        const db = await createPostgresDatabase(baseUrl);
        const storage = await openStorage({ databaseUrl: db.url });
        return {
          storage,
          url: db.url,
          cleanup: async () => {
            await storage.close();
            await db.drop();
          },
        };
      },
    });
  }
  return list;
}
