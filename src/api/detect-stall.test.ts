// A maximum-size detect batch must not freeze the service: other requests (health checks, other
// tenants) keep being served while it runs. Measured as the longest gap between ticks of a 5 ms
// timer on the real app over loopback — a stall, not a total time. Before the detector was paced,
// the gap was the whole batch (600 ms to 1.7 s here).
import type { AddressInfo } from "node:net";
import type { Server } from "node:http";
import { createAdaptorServer } from "@hono/node-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MAX_MESSAGES } from "../detector/index.js";
import { createApiKey, createTenant, openStorage, type Storage } from "../storage/index.js";
import { createApp } from "./app.js";
import { createLogger } from "./http/logger.js";

const TEXTS = [
  "Finished the quarterly report at work",
  "Had my second coffee already",
  "I want to track how much water I drink",
  "Chcę śledzić ile piję wody",
  "Wypiłem dzisiaj dwie kawy",
  "Ich möchte meinen Kaffeekonsum verfolgen",
  "quiero registrar mis gastos",
  "je veux suivre mon sommeil",
  "Slept badly again, woke up at 4",
  "Went for a 5 km run before work, felt great",
  "please record my blood pressure, systolic and diastolic",
  "Can you summarise the email thread from yesterday about the budget review?",
];

function maxBatch(): { id: string; text: string; at: string }[] {
  const start = Date.UTC(2026, 0, 1);
  return Array.from({ length: MAX_MESSAGES }, (_, i) => ({
    id: `m${i}`,
    text: `${TEXTS[(i * 7) % TEXTS.length]!} (${i})`,
    at: new Date(start + i * 600_000).toISOString(),
  }));
}

/**
 * Runs `work` while a 5 ms timer ticks; returns the longest gap between ticks, in ms. A gap counts
 * only the time the process was on a CPU (the lesser of wall and CPU time): on a shared, loaded
 * machine the scheduler alone can park a process for tens of milliseconds, which no code can fix.
 */
async function longestStall<T>(work: () => Promise<T>): Promise<{ result: T; stallMs: number }> {
  let last = performance.now();
  let lastCpu = process.cpuUsage();
  let stallMs = 0;
  const probe = setInterval(() => {
    const now = performance.now();
    const cpu = process.cpuUsage(lastCpu);
    stallMs = Math.max(stallMs, Math.min(now - last, (cpu.user + cpu.system) / 1000));
    last = now;
    lastCpu = process.cpuUsage();
  }, 5);
  try {
    const result = await work();
    return { result, stallMs };
  } finally {
    clearInterval(probe);
  }
}

describe("a maximum-size detect batch on the real app", () => {
  let storage: Storage;
  let server: Server;
  let url = "";
  let token = "";

  beforeAll(async () => {
    storage = await openStorage({});
    // A database deadline far shorter than the batch's detection: the route ends it once its
    // database work is done, so a long CPU-bound batch is answered, not "storage unavailable".
    const app = createApp({
      storage,
      logger: createLogger("error", () => {}),
      bodyLimitBytes: 64 * 1024 * 1024,
      dbTimeoutMs: 200,
    });
    const tenant = await createTenant(storage.db, { name: "Stall" }, "test");
    token = (await createApiKey(storage.db, tenant.id, { name: "assistant", scopes: ["assistant"] }, "test")).token;
    server = createAdaptorServer({ fetch: app.fetch }) as Server;
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    // Warm up: the detector module loads and compiles its patterns on first use.
    await fetch(`${url}/v1/needs/detect`, {
      method: "POST",
      headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
      body: JSON.stringify({ messages: maxBatch().slice(0, 50) }),
    });
  });
  afterAll(async () => {
    await new Promise<void>((resolve) => server?.close(() => resolve()));
    await storage?.close();
  });

  it(`never blocks the event loop for long while detecting ${MAX_MESSAGES} messages`, async () => {
    const body = JSON.stringify({ messages: maxBatch() });
    const { result, stallMs } = await longestStall(async () => {
      const res = await fetch(`${url}/v1/needs/detect`, {
        method: "POST",
        headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
        body,
      });
      return { status: res.status, body: (await res.json()) as { needs: { subject: string }[] } };
    });
    expect(result.status).toBe(200);
    expect(result.body.needs.map((n) => n.subject)).toContain("water");
    // The goal is ~20 ms; the bound leaves room for a shared, busy machine and the body's JSON.parse.
    expect(stallMs).toBeLessThan(100);
  });
});
