// HTTP figures for the real service on loopback, each against a bare Hono JSON route measured in
// the same run the same way: 50 keep-alive connections for a few seconds from a worker thread
// (its own event loop, like an outside load generator). /v1/me and detect run on the service as
// `serve` starts it (PGlite in a data folder; and PostgreSQL in a throwaway database when
// DATABASE_URL is set).
import { mkdtempSync, rmSync } from "node:fs";
import type { AddressInfo } from "node:net";
import type { Server } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createAdaptorServer } from "@hono/node-server";
import { Hono } from "hono";
import { createLogger } from "../src/api/http/logger.js";
import { startService, type RunningService } from "../src/api/server.js";
import { loadConfig } from "../src/config/index.js";
import { createApiKey, createTenant } from "../src/storage/index.js";
import { testDatabases } from "../tests/support/storage.js";
import { runLoad, type LoadResult, type LoadSpec } from "./load.js";
import { percentile } from "./stats.js";
import type { BenchFigure, BenchSuite } from "./types.js";

const CONNECTIONS = 50;
const WARMUP_MS = 1_000;
const DURATION_MS = 3_000;
const PAIRS = 3;
const DETECT_BODY = JSON.stringify({ messages: [{ id: "m1", text: "I want to track how much water I drink" }] });
// The route keeps what a text gave for the tenant's next call (a conversation is sent again with
// every call), so the same body each time measures that path; these measure a text never seen.
// Each pair of a run gets its own texts.
const newTextBodies = (pair: number) =>
  Array.from({ length: 20_000 }, (_, i) =>
    JSON.stringify({ messages: [{ id: `m${i}`, text: `day ${i} of ${pair + 1}: I want to track how much water I drink` }] }),
  );

function load(spec: Omit<LoadSpec, "connections" | "warmupMs" | "durationMs">): Promise<LoadResult> {
  return runLoad({ ...spec, connections: CONNECTIONS, warmupMs: WARMUP_MS, durationMs: DURATION_MS });
}

async function bareHono(): Promise<{ url: string; close(): Promise<void> }> {
  const app = new Hono();
  app.get("/", (c) => c.json({ ok: true }));
  const server = createAdaptorServer({ fetch: app.fetch }) as Server;
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  return {
    url,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

async function service(databaseUrl?: string): Promise<{ service: RunningService; token: string; dataDir: string }> {
  const dataDir = mkdtempSync(join(tmpdir(), "skillforge-bench-"));
  const env: Record<string, string> = { SKILLFORGE_PORT: "0", SKILLFORGE_DATA_DIR: dataDir, SKILLFORGE_LOG_LEVEL: "silent" };
  if (databaseUrl) env.DATABASE_URL = databaseUrl;
  const running = await startService(loadConfig(env), createLogger("silent"), () => {});
  const tenant = await createTenant(running.storage.db, { name: "bench" }, "bench");
  const { token } = await createApiKey(running.storage.db, tenant.id, { name: "bench", scopes: ["admin", "assistant"] }, "bench");
  return { service: running, token, dataDir };
}

/**
 * A route's rate against the bare route measured right before it, PAIRS times in alternation, and
 * the median of the pairs: the bare rate on this shared machine moves by half between minutes
 * (29k–50k req/s), so one baseline at the start would make every later ratio a coin toss.
 */
type RouteSpec = Omit<LoadSpec, "connections" | "warmupMs" | "durationMs">;

async function paired(
  bareUrl: string,
  specOf: (pair: number) => RouteSpec,
): Promise<{ route: LoadResult; rate: number; baseRate: number; ratio: number }> {
  const runs: { route: LoadResult; rate: number; baseRate: number; ratio: number }[] = [];
  for (let i = 0; i < PAIRS; i++) {
    const base = await load({ url: bareUrl, method: "GET", headers: {} });
    const route = await load(specOf(i));
    const baseRate = base.requests / base.seconds;
    const rate = route.requests / route.seconds;
    runs.push({ route, rate, baseRate, ratio: rate / baseRate });
  }
  runs.sort((a, b) => a.ratio - b.ratio);
  return runs[Math.floor(runs.length / 2)]!;
}

export const suite: BenchSuite = {
  name: "http",
  async run(): Promise<BenchFigure[]> {
    const figures: BenchFigure[] = [];
    const bare = await bareHono();
    try {
      const first = await load({ url: bare.url, method: "GET", headers: {} });
      figures.push({
        suite: "http",
        name: `bare Hono GET JSON route (${CONNECTIONS} connections, p99 ${percentile(first.latencies, 99).toFixed(1)} ms)`,
        value: Math.round(first.requests / first.seconds),
        unit: "req/s",
      });

      const report = async (name: string, spec: RouteSpec | ((pair: number) => RouteSpec), target: number) => {
        const r = await paired(bare.url, typeof spec === "function" ? spec : () => spec);
        const failed = r.route.non2xx + r.route.errors > 0 ? `, ${r.route.non2xx} non-2xx, ${r.route.errors} errors` : "";
        figures.push({
          suite: "http",
          name: `${name} (${CONNECTIONS} connections${failed}; median of ${PAIRS} pairs)`,
          value: Math.round(r.rate),
          unit: "req/s",
          baseline: { name: "bare Hono GET JSON route just before, req/s", value: Math.round(r.baseRate) },
          ratio: r.ratio,
          target: `≥ ${target}×`,
        });
        figures.push({
          suite: "http",
          name: `${name} p99`,
          value: percentile(r.route.latencies, 99),
          unit: "ms",
          target: "≤ 25 ms",
        });
      };

      const databases: { name: string; url?: string; cleanup?: () => Promise<void> }[] = [{ name: "PGlite" }];
      const pg = testDatabases().find((d) => d.name === "postgres");
      if (pg) {
        const db = await pg.open();
        await db.storage.close();
        databases.push({ name: "PostgreSQL", url: db.url, cleanup: db.cleanup });
      }
      for (const database of databases) {
        const { service: running, token, dataDir } = await service(database.url);
        try {
          const auth = { authorization: `Bearer ${token}` };
          const json = { ...auth, "content-type": "application/json" };
          if (!database.url) await report("GET /healthz", { url: `${running.url}/healthz`, method: "GET", headers: {} }, 0.8);
          await report(`GET /v1/me on ${database.name}`, { url: `${running.url}/v1/me`, method: "GET", headers: auth }, 0.5);
          await report(
            `POST /v1/needs/detect, one message, on ${database.name}`,
            { url: `${running.url}/v1/needs/detect`, method: "POST", headers: json, body: DETECT_BODY },
            0.4,
          );
          await report(
            `POST /v1/needs/detect, one message never sent before, on ${database.name}`,
            (pair) => ({ url: `${running.url}/v1/needs/detect`, method: "POST", headers: json, bodies: newTextBodies(pair) }),
            0.4,
          );
        } finally {
          await running.close(1_000);
          rmSync(dataDir, { recursive: true, force: true });
          await database.cleanup?.();
        }
      }
    } finally {
      await bare.close();
    }
    return figures;
  },
};
