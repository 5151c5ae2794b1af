// Attack story: a skill drives heavy work on the embedded database (ordering thousands of big rows
// by a big field) to freeze the service that shares its thread with PGlite. Measured from another
// thread as late /healthz answers over loopback while the heavy calls run; nothing here asserts a
// duration of the machine, only that no health probe waited more than a second.
// Defence: see the sandbox README ("host work a skill can drive is bounded").
import { randomBytes } from "node:crypto";
import type { AddressInfo } from "node:net";
import type { Server } from "node:http";
import { createAdaptorServer } from "@hono/node-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createRegistryHarness, type RegistryHarness } from "../../support/registry.js";
import { probeHealth } from "../../support/health-prober.js";
import { tempDir } from "../../support/cli.js";
import { loadConfig } from "../../../src/config/index.js";
import { createApp } from "../../../src/api/app.js";
import { createLogger } from "../../../src/api/http/logger.js";
import { createRoot, type Root } from "../../../src/api/root.js";
import { createApiKey, createRecordStore, createTenant, openStorage, type Storage } from "../../../src/storage/index.js";

const SLUG = "custom-water-tracker";
const ROWS = Number(process.env.FROZEN_ROWS ?? 2_000);
// Bodies that share all but their last bytes: every comparison of a naive sort reads the whole body.
const BLOB_BYTES = 60 * 1024;

const HEAVY = `export default {
  slug: "custom-water-tracker",
  getActions() {
    return [{ slug: "heavy", name: "Heavy", description: "Orders every note by its body", params_schema: { type: "object", additionalProperties: false, properties: {} } }];
  },
  async executeAction(ctx, action) {
    const rows = await db.from("notes").select("id").order("body", { ascending: false }).limit(5);
    return { success: true, n: rows.length };
  },
  async getData(ctx) {
    return { n: (await db.from("notes").select("id").limit(1)).length };
  },
  async getInsights(ctx) { return []; },
};
`;

describe("the service while a skill orders thousands of big rows by a big field (embedded PGlite)", () => {
  let storage: Storage;
  let h: RegistryHarness;
  let root: Root;
  let server: Server;
  let base = "";
  let token = "";

  beforeAll(async () => {
    storage = await openStorage({});
    h = createRegistryHarness(storage);
    const logger = createLogger("silent");
    root = createRoot(loadConfig({}, { dataDir: tempDir() }), { storage, sandbox: h.sandbox, registry: h.registry, logger });
    const app = createApp({ root, storage, logger, bodyLimitBytes: 64 * 1024 });
    const tenantId = (await createTenant(storage.db, { name: "heavy" }, "test")).id;
    token = (await createApiKey(storage.db, tenantId, { name: "a", scopes: ["assistant"] }, "test")).token;
    const v = await h.register(tenantId, HEAVY, { collections: { notes: { type: "object" } } });
    await h.approveAndActivate(tenantId, v.id);
    const store = createRecordStore(storage.db);
    const scope = { tenantId, skillId: v.skillId, collection: "notes" };
    const prefix = "x".repeat(BLOB_BYTES);
    for (let i = 0; i < ROWS; i++) await store.insert(scope, { body: prefix + randomBytes(8).toString("hex") });
    server = createAdaptorServer({ fetch: app.fetch, hostname: "127.0.0.1" }) as Server;
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  }, 300_000);
  afterAll(async () => {
    await new Promise((resolve) => server?.close(resolve));
    await root?.close();
    await h?.close();
    await storage?.close();
  });

  it("attack: three calls ordering every big row by its body → /healthz keeps answering (no probe waits over 1 s)", async () => {
    const idle = probeHealth(`${base}/healthz`);
    await new Promise((r) => setTimeout(r, 1_000));
    const baseline = await idle.stop();
    const prober = probeHealth(`${base}/healthz`);
    const outcomes: Array<{ status: number; ms: number }> = [];
    for (let i = 0; i < 3; i++) {
      const t = performance.now();
      const res = await fetch(`${base}/v1/skills/${SLUG}/actions/heavy`, {
        method: "POST",
        headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
        body: "{}",
      });
      await res.text();
      outcomes.push({ status: res.status, ms: Math.round(performance.now() - t) });
    }
    const health = await prober.stop();
    console.log(JSON.stringify({ rows: ROWS, blobBytes: BLOB_BYTES, calls: outcomes, baseline, health }));
    expect(health.probes).toBeGreaterThan(0);
    expect(health.over1000).toBe(0);
  }, 120_000);
});
