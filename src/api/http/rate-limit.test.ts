import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "../../config/index.js";
import { createApiKey, createTenant, openStorage, type Storage } from "../../storage/index.js";
import { tempDir } from "../../../tests/support/cli.js";
import { createManualClock } from "../adapters/system.js";
import { createApp } from "../app.js";
import { createRoot, type Root } from "../root.js";
import { createLogger } from "./logger.js";
import { createRateLimiter } from "./rate-limit.js";

const LIMITS = {
  generate: { burst: 3, perMs: 3_600_000 },
  confirm: { burst: 5, perMs: 600_000 },
  run: { burst: 10, perMs: 1_000 },
};

describe("createRateLimiter", () => {
  it("lets a burst through, then refuses with the whole seconds until the next token", () => {
    const clock = createManualClock();
    const limiter = createRateLimiter(LIMITS, clock);
    for (let i = 0; i < 3; i++) expect(limiter.take("t1", "generate")).toEqual({ ok: true });
    // One token per 20 minutes: 1200 s to wait.
    expect(limiter.take("t1", "generate")).toEqual({ ok: false, retryAfterSeconds: 1200 });
    clock.advance(600_000);
    expect(limiter.take("t1", "generate")).toEqual({ ok: false, retryAfterSeconds: 600 });
    clock.advance(600_000);
    expect(limiter.take("t1", "generate")).toEqual({ ok: true });
    expect(limiter.take("t1", "generate").ok).toBe(false);
  });

  it("never says less than one second, even when the next token is a few milliseconds away", () => {
    const clock = createManualClock();
    const limiter = createRateLimiter(LIMITS, clock);
    for (let i = 0; i < 10; i++) limiter.take("t1", "run");
    clock.advance(99);
    expect(limiter.take("t1", "run")).toEqual({ ok: false, retryAfterSeconds: 1 });
  });

  it("keeps one bucket per tenant and per class: an empty one spends nobody else's", () => {
    const limiter = createRateLimiter(LIMITS, createManualClock());
    for (let i = 0; i < 5; i++) limiter.take("t1", "confirm");
    expect(limiter.take("t1", "confirm").ok).toBe(false);
    expect(limiter.take("t2", "confirm")).toEqual({ ok: true });
    expect(limiter.take("t1", "generate")).toEqual({ ok: true });
    expect(limiter.take("t1", "run")).toEqual({ ok: true });
  });

  it("forgets a tenant's buckets once they have refilled: memory follows the recently active tenants", () => {
    const clock = createManualClock();
    const limiter = createRateLimiter(LIMITS, clock);
    for (let i = 0; i < 1000; i++) limiter.take(`tenant-${i}`, "run");
    expect(limiter.size()).toBe(1000);
    // A minute later every run bucket is full again; the next take sweeps them.
    clock.advance(60_000);
    limiter.take("late", "run");
    expect(limiter.size()).toBe(1);
    // A bucket still refilling survives the sweep: forgetting it would hand out a fresh burst.
    for (let i = 0; i < 5; i++) limiter.take("guesser", "confirm");
    clock.advance(60_000);
    limiter.take("late", "run");
    expect(limiter.take("guesser", "confirm").ok).toBe(false);
  });
});

describe("rate-limited routes over HTTP", () => {
  let storage: Storage;
  let root: Root;
  let app: ReturnType<typeof createApp>;
  let token = "";
  beforeAll(async () => {
    storage = await openStorage({});
    const config = loadConfig(
      { SKILLFORGE_LOG_LEVEL: "silent", SKILLFORGE_RATE_GENERATE: "1/1h", SKILLFORGE_RATE_RUN: "2/1m" },
      { dataDir: tempDir("skillforge-rate-") },
    );
    root = createRoot(config, { storage, clock: createManualClock("2026-03-01T10:00:00Z") });
    app = createApp({ root, storage, logger: createLogger("silent"), bodyLimitBytes: 64 * 1024 });
    const tenant = await createTenant(storage.db, { name: "A" }, "test");
    token = (await createApiKey(storage.db, tenant.id, { name: "a", scopes: ["assistant"] }, "test")).token;
  });
  afterAll(async () => {
    await root?.close();
    await storage?.close();
  });

  const post = (path: string, body: unknown) =>
    app.request(path, {
      method: "POST",
      headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
      body: JSON.stringify(body),
    });

  it("generate: the request after the bucket is spent is 429 TENANT_RATE_LIMITED with Retry-After, before the body is read", async () => {
    // A refused body still spends a token: the limit counts requests, not successes.
    expect((await post("/v1/skills/generate", { text: "" })).status).toBe(422);
    const res = await post("/v1/skills/generate", { text: "I want to track how much water I drink" });
    expect(res.status).toBe(429);
    expect(res.headers.get("content-type")).toContain("application/problem+json");
    expect(res.headers.get("retry-after")).toBe("3600");
    expect(await res.json()).toMatchObject({ status: 429, code: "TENANT_RATE_LIMITED", retryAfterSeconds: 3600 });
  });

  it("actions, data and insights share the run bucket", async () => {
    const get = (path: string) => app.request(path, { headers: { authorization: `Bearer ${token}` } });
    expect((await get("/v1/skills/custom-nothing/data")).status).toBe(404);
    expect((await post("/v1/skills/custom-nothing/actions/log", {})).status).toBe(404);
    const res = await get("/v1/skills/custom-nothing/insights");
    expect(res.status).toBe(429);
    expect(res.headers.get("retry-after")).toBe("30");
    // Reading the skill list is not a run: unlimited.
    expect((await get("/v1/skills")).status).toBe(200);
  });
});
