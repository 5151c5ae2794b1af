// A real PostgreSQL server that goes away, stops answering, or has its backends killed: every
// request is answered — 503 STORAGE_UNAVAILABLE with Retry-After within the deadline — never hung,
// never a 500. Needs DATABASE_URL (a throwaway database is created and dropped); skipped without.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import postgres from "postgres";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { startTcpProxy, type ProxyMode, type TcpProxy } from "../../tests/support/tcp-proxy.js";
import { testDatabases } from "../../tests/support/storage.js";
import { loadConfig } from "../config/index.js";
import { createApiKey, createTenant, type Storage } from "../storage/index.js";
import { createApp } from "./app.js";
import { createLogger } from "./http/logger.js";
import { createRoot, type Root } from "./root.js";

const postgresDb = testDatabases().find((d) => d.name === "postgres");
const DB_TIMEOUT_MS = 500;
/** The goal: with PostgreSQL frozen, every request answered within 5 s. */
const ANSWER_BOUND_MS = 5_000;

const sleep = (ms: number) => new Promise<"hung">((resolve) => setTimeout(() => resolve("hung"), ms));

describe.skipIf(!postgresDb)("PostgreSQL faults on a real server (runs only when DATABASE_URL is set)", () => {
  let direct: Storage;
  let url = "";
  let cleanup: () => Promise<void>;
  let tenantId = "";
  let admin = "";
  const dataDir = mkdtempSync(join(tmpdir(), "skillforge-faults-"));
  const opened: { proxy?: TcpProxy; root: Root }[] = [];

  beforeAll(async () => {
    const db = await postgresDb!.open();
    ({ storage: direct, cleanup } = db);
    url = db.url!;
    tenantId = (await createTenant(direct.db, { name: "Faults" }, "test")).id;
    admin = (await createApiKey(direct.db, tenantId, { name: "admin", scopes: ["admin", "assistant"] }, "test")).token;
  });
  afterEach(async () => {
    // Sockets first: a root closing over a frozen connection would wait out its own timeout.
    for (const { proxy, root } of opened.splice(0)) {
      await proxy?.close();
      await root.close();
    }
  });
  afterAll(async () => {
    await cleanup?.();
    rmSync(dataDir, { recursive: true, force: true });
  });

  /** A root and app over `databaseUrl`, configured as `serve` would be with a short timeout. */
  async function openApp(databaseUrl: string, proxy?: TcpProxy) {
    const config = loadConfig({
      DATABASE_URL: databaseUrl,
      SKILLFORGE_DB_TIMEOUT_MS: String(DB_TIMEOUT_MS),
      SKILLFORGE_DATA_DIR: dataDir,
    });
    const logger = createLogger("silent");
    const root = createRoot(config, { logger });
    opened.push({ proxy, root });
    const storage = await root.storage();
    const app = createApp({ root, storage, logger, bodyLimitBytes: 4096, dbTimeoutMs: config.dbTimeoutMs });
    return { app, storage };
  }

  async function behindProxy() {
    const target = new URL(url);
    const proxy = await startTcpProxy({ host: target.hostname, port: Number(target.port || 5432) });
    const proxied = new URL(url);
    proxied.hostname = "127.0.0.1";
    proxied.port = String(proxy.port);
    return { proxy, ...(await openApp(proxied.toString(), proxy)) };
  }

  it.each<[string, ProxyMode]>([
    ["refuses new connections and drops open ones", "refuse"],
    ["accepts connections and then answers nothing (frozen)", "freeze"],
  ])("GET /v1/me answers 503 STORAGE_UNAVAILABLE with Retry-After when the server %s", async (_what, mode) => {
    const { proxy, app } = await behindProxy();
    const me = (token: string) => app.request("/v1/me", { headers: { authorization: `Bearer ${token}` } });
    expect((await me(admin)).status).toBe(200);
    // A key this instance has never seen: the key cache cannot answer for it.
    const fresh = (await createApiKey(direct.db, tenantId, { name: `fresh ${mode}`, scopes: ["assistant"] }, "test")).token;
    await proxy.set(mode);
    const res = await Promise.race([me(fresh), sleep(ANSWER_BOUND_MS)]);
    expect(res).not.toBe("hung");
    const answer = res as Response;
    expect(answer.status).toBe(503);
    expect(answer.headers.get("retry-after")).toMatch(/^\d+$/);
    expect(await answer.json()).toMatchObject({ code: "STORAGE_UNAVAILABLE" });
  });

  it("answers 200 or 503, never 500, while backends are terminated under a bounded load", async () => {
    const { app } = await openApp(url);
    const killer = postgres(url, { max: 1, onnotice: () => {} });
    const statuses = new Map<number, number>();
    let terminated = 0;
    let running = true;
    const kills = (async () => {
      for (let i = 0; running && i < 100; i++) {
        const rows =
          await killer`select pg_terminate_backend(pid) as ok from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid()`;
        terminated += rows.filter((r) => r.ok).length;
        await sleep(40);
      }
    })();
    try {
      // 8 clients, 40 requests each or 10 s, whichever first; /v1/keys queries on every request.
      const until = Date.now() + 10_000;
      await Promise.all(
        Array.from({ length: 8 }, async () => {
          for (let i = 0; i < 40 && Date.now() < until; i++) {
            const res = await app.request("/v1/keys", { headers: { authorization: `Bearer ${admin}` } });
            statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
            await res.arrayBuffer();
          }
        }),
      );
    } finally {
      running = false;
      await kills;
      await killer.end({ timeout: 5 });
    }
    expect(terminated).toBeGreaterThan(0);
    expect(
      [...statuses.keys()].filter((s) => s !== 200 && s !== 503),
      JSON.stringify([...statuses]),
    ).toEqual([]);
    // The pool reconnects: once the killing stops, the service answers again.
    let last = 0;
    for (let i = 0; i < 10 && last !== 200; i++)
      last = (await app.request("/v1/keys", { headers: { authorization: `Bearer ${admin}` } })).status;
    expect(last).toBe(200);
  });
});
