// The database deadline is for waits on the database. A skill call is bounded by the sandbox's own
// cap (5 s by default, host work included): a skill that legitimately runs longer than the
// database deadline must be answered with its result, never "503 STORAGE_UNAVAILABLE".
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createRegistryHarness, type RegistryHarness } from "../../tests/support/registry.js";
import { testDatabases } from "../../tests/support/storage.js";
import { tempDir } from "../../tests/support/cli.js";
import { loadConfig } from "../config/index.js";
import { createApiKey, createTenant, type Storage } from "../storage/index.js";
import { createApp } from "./app.js";
import { createLogger } from "./http/logger.js";
import { createRoot, type Root } from "./root.js";

const DB_DEADLINE_MS = 300;
// getData works (on the CPU, inside its isolate) for three database deadlines: well within the
// sandbox's cap, and far past the deadline.
const SLOW_SKILL = `export default {
  slug: "custom-water-tracker",
  getActions() {
    return [{ slug: "log_water", name: "Log water", description: "Record a drink",
      params_schema: { type: "object", required: ["amount_ml"], properties: { amount_ml: { type: "number" } } } }];
  },
  async executeAction(ctx, action, params) {
    await db.from("water_entries").insert({ amount_ml: params.amount_ml, logged_at: ctx.now });
    return { success: true };
  },
  async getData(ctx) {
    const rows = await db.from("water_entries").select().limit(10);
    const until = Date.now() + ${3 * DB_DEADLINE_MS};
    let spins = 0;
    while (Date.now() < until) spins++;
    return { rows: rows.length, worked: spins > 0 };
  },
  async getInsights() { return []; },
};`;

const [pglite] = testDatabases();
const TENANT = { id: "" };

describe("a skill call longer than the database deadline", () => {
  let storage: Storage;
  let cleanup: () => Promise<void>;
  let h: RegistryHarness;
  let root: Root;
  let app: ReturnType<typeof createApp>;
  let token = "";
  let otherToken = "";

  beforeAll(async () => {
    ({ storage, cleanup } = await pglite!.open());
    h = createRegistryHarness(storage);
    const logger = createLogger("silent");
    root = createRoot(loadConfig({}, { dataDir: tempDir() }), { storage, sandbox: h.sandbox, registry: h.registry, logger });
    app = createApp({ root, storage, logger, bodyLimitBytes: 64 * 1024, dbTimeoutMs: DB_DEADLINE_MS });
    const tenantId = (await createTenant(storage.db, { name: "Slow" }, "test")).id;
    TENANT.id = tenantId;
    token = (await createApiKey(storage.db, tenantId, { name: "a", scopes: ["assistant"] }, "test")).token;
    const other = (await createTenant(storage.db, { name: "Importer" }, "test")).id;
    otherToken = (await createApiKey(storage.db, other, { name: "a", scopes: ["assistant"] }, "test")).token;
    const version = await h.register(tenantId, SLOW_SKILL);
    await h.approveAndActivate(tenantId, version.id);
  });
  afterAll(async () => {
    await root?.close();
    await h?.close();
    await cleanup?.();
  });

  it("is answered with the skill's result once the version is resolved, not 503 STORAGE_UNAVAILABLE", async () => {
    const res = await app.request("/v1/skills/custom-water-tracker/data", { headers: { authorization: `Bearer ${token}` } });
    const body = (await res.json()) as Record<string, unknown>;
    expect(res.status, JSON.stringify(body)).toBe(200);
    expect(body).toMatchObject({ ok: true, value: { rows: 0, worked: true } });
  });

  it("imports a bundle whose trial runs longer than the deadline: 201 once, never a 503 while the import goes on", async () => {
    const bundle = await h.registry.exportVersion({ tenantId: TENANT.id, slug: "custom-water-tracker" });
    const res = await app.request("/v1/skills/import", {
      method: "POST",
      headers: { authorization: `Bearer ${otherToken}`, "content-type": "application/json" },
      body: JSON.stringify(bundle),
    });
    const body = (await res.json()) as Record<string, unknown>;
    expect(res.status, JSON.stringify(body)).toBe(201);
    expect(body).toMatchObject({ version: "1.0.0" });
  });
});
