// Shared set-up for the sandbox attack stories: one sandbox per test file (each vitest file runs
// in its own process), a victim tenant's row and a file on disk as canaries, and a normal skill
// that must still be served after every attack. The worker runs from dist/ (`npm test` builds it).
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect } from "vitest";
import type { Capability, SandboxLimits } from "../../../src/contract/index.js";
import {
  createMemoryRecordStore,
  createSandbox,
  type CallOutcome,
  type Sandbox,
  type SkillCall,
} from "../../../src/sandbox/index.js";
import { BENIGN_SKILL, loadPayloads } from "../../../src/security-suite/index.js";

/** The normal skill that must still be served after every attack (the suite uses the same one). */
export const NORMAL_SKILL = BENIGN_SKILL;

const PAYLOADS = new Map(loadPayloads(join(import.meta.dirname, "../payloads/sandbox"), "built-in").map((p) => [p.id, p]));

/** A catalogue payload's source (tests/security/payloads/sandbox/<id>.js): the suite runs the same file. */
export function payload(id: string): string {
  const found = PAYLOADS.get(id);
  if (!found) throw new Error(`no sandbox payload ${id}`);
  return found.source;
}

/** A skill whose getData runs `body`; `top` is module-level code. */
export function hostile(body: string, top = ""): string {
  return `${top}
export default {
  slug: "custom-hostile",
  getActions() { return [{ slug: "go", name: "Go", description: "Go", params_schema: { type: "object" } }]; },
  async executeAction() { return null; },
  async getData(ctx) { ${body} },
  async getInsights() { return []; },
};`;
}

export const ATTACKER = "00000000-0000-4000-8000-000000000009";
export const VICTIM = "00000000-0000-4000-8000-000000000004";
const SKILL_ID = "00000000-0000-4000-8000-000000000007";
const CANARY_ROW = { note: "victim's secret", owner: VICTIM };

export interface Harness {
  sandbox: Sandbox;
  attack(
    source: string,
    opts?: {
      versionId?: string;
      method?: SkillCall["method"];
      capabilities?: Capability[];
      action?: string;
      params?: SkillCall["params"];
    },
  ): Promise<CallOutcome>;
  expectContained(): Promise<void>;
  /** One write and one read of the normal skill for a fresh tenant; returns the read's outcome. */
  serveNormal(): Promise<CallOutcome>;
}

let counter = 0;

export function createHarness(limits: Partial<SandboxLimits> = { callTimeoutMs: 500 }): Harness {
  const store = createMemoryRecordStore();
  const sandbox = createSandbox({
    store,
    limits,
    workers: 2,
    killGraceMs: 300,
    ...(process.env.SANDBOX_DEBUG ? { log: (e) => console.error(JSON.stringify(e)) } : {}),
  });
  const dir = mkdtempSync(join(tmpdir(), "skillforge-canary-"));
  const canaryFile = join(dir, "canary.txt");
  writeFileSync(canaryFile, "untouched");
  const now = "2024-01-15T10:00:00.000Z";
  // Seed the canary, and warm both workers with a normal call each before the first story: a cold
  // worker start under a loaded machine must not eat into the first attack's 500 ms cap.
  let warm: Promise<unknown> | undefined;
  const seeded = store
    .insert({ tenantId: VICTIM, skillId: SKILL_ID, collection: "notes" }, CANARY_ROW)
    .then(() => (warm ??= Promise.all([harness.serveNormal(), harness.serveNormal()])));

  const harness: Harness = {
    sandbox,
    async attack(source, opts = {}) {
      await seeded;
      const versionId = opts.versionId ?? `custom-hostile@1.0.${++counter}`;
      return sandbox.call({
        versionId,
        source,
        capabilities: opts.capabilities ?? ["data.read:notes", "data.write:notes"],
        scope: { tenantId: ATTACKER, skillId: SKILL_ID },
        ctx: { tenantId: ATTACKER, config: {}, now },
        method: opts.method ?? "getData",
        ...(opts.action !== undefined ? { action: opts.action } : {}),
        ...(opts.params !== undefined ? { params: opts.params } : {}),
      });
    },
    async expectContained() {
      // Host-side canaries: the victim's row, a file on disk, our own prototypes, our process.
      const rows = await store.select({ tenantId: VICTIM, skillId: SKILL_ID, collection: "notes" }, { filters: [], limit: 10 });
      expect(rows.map(({ note, owner }) => ({ note, owner }))).toEqual([CANARY_ROW]);
      expect(readFileSync(canaryFile, "utf8")).toBe("untouched");
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      expect(process.kill(process.pid, 0)).toBe(true);
      // The same sandbox still serves a normal skill, with its own data, for another tenant.
      const read = await this.serveNormal();
      expect(read, JSON.stringify(read)).toMatchObject({ ok: true, value: { total_ml: 250 } });
    },
    async serveNormal() {
      // The normal skill runs under the stories' short cap; on a loaded machine a call that lands
      // on a freshly replaced worker can spend it all on a cold start. Such a round is tried again
      // for a fresh tenant, a bounded number of times: a sandbox the attack left unable to serve
      // times out on every try, and any other failure is returned at once.
      let out = await normalRound();
      for (let retry = 0; retry < 2 && !out.ok && out.code === "SANDBOX_TIMEOUT"; retry++) out = await normalRound();
      return out;
    },
  };
  /** One write and one read of the normal skill for a fresh tenant. */
  async function normalRound(): Promise<CallOutcome> {
    const tenantId = `00000000-0000-4000-8001-${(++counter).toString(16).padStart(12, "0")}`;
    const base = {
      versionId: "custom-water-tracker@1.0.0",
      source: NORMAL_SKILL,
      capabilities: ["data.read:water_entries", "data.write:water_entries"] as Capability[],
      scope: { tenantId, skillId: "00000000-0000-4000-8000-000000000006" },
      ctx: { tenantId, config: {}, now },
    };
    const wrote = await sandbox.call({ ...base, method: "executeAction", action: "log_water", params: { amount_ml: 250 } });
    return wrote.ok ? sandbox.call({ ...base, method: "getData" }) : wrote;
  }
  return harness;
}
