// A registry on a real database and a real sandbox, with the real audit and trial, for registry,
// API and CLI tests; plus the contract's example skill in variants that tell versions apart.
import { createManualClock } from "../../src/api/adapters/system.js";
import { cryptoIds } from "../../src/api/adapters/system.js";
import type { Json } from "../../src/contract/index.js";
import { createRegistry, type Registry, type RegistryDeps, type RegistryOptions } from "../../src/registry/index.js";
import { createMemoryRecordStore, createSandbox, type Sandbox } from "../../src/sandbox/index.js";
import { createRecordStore, type Storage } from "../../src/storage/index.js";
import { writeApproval } from "../../src/storage/approval-fixtures.js";
import { auditSkill } from "../../src/validator/index.js";

/** SKILL-CONTRACT.md §1's example; `marker` is returned by every action so a call names its code. */
export function waterSkill(marker: string, options: { moods?: boolean } = {}): string {
  const moods = options.moods ? `\n    await db.from("moods").select().limit(1);` : "";
  return `export default {
  slug: "custom-water-tracker",
  getActions() {
    return [{
      slug: "log_water", name: "Log water", description: "Record a drink of water",
      params_schema: { type: "object", required: ["amount_ml"], additionalProperties: false,
        properties: { amount_ml: { type: "number", exclusiveMinimum: 0, maximum: 5000 } } },
    }];
  },
  async executeAction(ctx, action, params) {
    if (action !== "log_water") return { success: false, error: "Unknown action" };
    await db.from("water_entries").insert({ amount_ml: params.amount_ml, logged_at: ctx.now });${moods}
    return { success: true, marker: ${JSON.stringify(marker)} };
  },
  async getData(ctx) {
    const entries = await db.from("water_entries").select().order("logged_at", { ascending: false }).limit(200);
    const today = entries.filter((e) => e.logged_at.slice(0, 10) === ctx.now.slice(0, 10));
    return { entries, today_ml: today.reduce((sum, e) => sum + e.amount_ml, 0), marker: ${JSON.stringify(marker)} };
  },
  async getInsights(ctx) {
    const { today_ml } = await this.getData(ctx);
    return today_ml < 1000 ? [{ type: "warning", title: "Drink more water", message: \`Only \${today_ml} ml today\` }] : [];
  },
};
`;
}

export const WATER_ROWS = {
  water_entries: { type: "object", properties: { amount_ml: { type: "number" }, logged_at: { type: "string" } } },
} as const;

export interface RegistryHarness {
  registry: Registry;
  clock: ReturnType<typeof createManualClock>;
  sandbox: Sandbox;
  /** Audit + trial + register one source as a new version. */
  register(
    tenantId: string,
    source: string,
    extra?: { collections?: Record<string, Json> },
  ): ReturnType<Registry["registerVersion"]>;
  /** Writes an approved, bound approval row (as the approval stage would) and activates. */
  approveAndActivate(tenantId: string, versionId: string): ReturnType<Registry["activate"]>;
  close(): Promise<void>;
}

/** `sandbox`: share one between instances of a test; otherwise one is built (and closed) here. */
export function createRegistryHarness(
  storage: Storage,
  options: { sandbox?: Sandbox; faultPoint?: RegistryDeps["faultPoint"]; registry?: RegistryOptions } = {},
): RegistryHarness {
  const clock = createManualClock("2026-03-01T09:00:00Z");
  const sandbox = options.sandbox ?? createSandbox({ store: createRecordStore(storage.db), workers: 1, maxWorkers: 2 });
  const trialSandbox = createSandbox({ store: createMemoryRecordStore(), workers: 1, maxWorkers: 1 });
  const silent = { info() {}, warn() {}, error() {} };
  const registry = createRegistry({
    storage,
    sandbox: async () => sandbox,
    clock,
    ids: cryptoIds,
    logger: silent,
    audit: (input) => auditSkill(input),
    trial: (input) => trialSandbox.trial(input),
    options: { usageFlushMs: 50, ...options.registry },
    faultPoint: (name) => options.faultPoint?.(name),
  });
  return {
    registry,
    clock,
    sandbox,
    async register(tenantId, source, extra = {}) {
      const audit = auditSkill({ source });
      const trial = audit.ok
        ? await trialSandbox.trial({
            source,
            capabilities: audit.capabilities,
            tenantId,
            ...(audit.actions ? { actions: audit.actions } : {}),
          })
        : { ok: false, steps: [], peakHeapBytes: 0 };
      return registry.registerVersion({
        tenantId,
        source,
        audit,
        trial,
        actor: "test",
        skillMd: "# Water tracker\n\nCounts the water you drink.\n",
        manifest: { slug: "custom-water-tracker", name: "Water tracker", description: "Counts the water you drink" },
        configSchema: { type: "object", properties: { goal_ml: { type: "number" } }, additionalProperties: false },
        collections: (extra.collections ?? WATER_ROWS) as never,
        generator: { provider: "template", model: "offline", promptVersion: "test", usage: { inputTokens: 0, outputTokens: 0 } },
      });
    },
    async approveAndActivate(tenantId, versionId) {
      const version = (await registry.versions(tenantId, "custom-water-tracker")).find((v) => v.id === versionId)!;
      await writeApproval(storage.db, {
        tenantId,
        versionId,
        sourceSha256: version.sourceSha256,
        capabilities: version.capabilities,
        status: "approved",
      });
      return registry.activate({ tenantId, versionId, actor: "test" });
    },
    async close() {
      await registry.close();
      await trialSandbox.close();
      if (!options.sandbox) await sandbox.close();
    },
  };
}
