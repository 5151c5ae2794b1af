// `taskset -c 0 node --no-node-snapshot dist/bench/one-core.js`: trivial invocations per second
// with the service side and its one worker process confined to a single core (the worker
// inherits the affinity). Prints one JSON line; sandbox.bench.ts runs it when taskset exists.
import { createSandbox } from "../src/sandbox/index.js";
import { noopStore } from "./noop-store.js";

const SOURCE = `export default {
  slug: "custom-water-tracker",
  getActions() { return [{ slug: "log_water", name: "Log water", description: "d", params_schema: { type: "object" } }]; },
  async executeAction() { return { success: true }; },
  async getData() { return {}; },
  async getInsights() { return []; },
};`;
const sandbox = createSandbox({ store: noopStore(), workers: 1, maxWorkers: 1 });
const call = {
  versionId: "custom-water-tracker@1.0.0",
  source: SOURCE,
  capabilities: [],
  scope: { tenantId: "00000000-0000-4000-8000-000000000005", skillId: "00000000-0000-4000-8000-000000000006" },
  ctx: { tenantId: "00000000-0000-4000-8000-000000000005", config: {}, now: "2024-01-15T10:00:00.000Z" },
  method: "getActions",
} as const;
try {
  const run = async (count: number) => {
    for (let i = 0; i < count; i++) {
      const o = await sandbox.call(call);
      if (!o.ok) throw new Error(`bench call failed: ${o.code} ${o.message}`);
    }
  };
  await run(500);
  const count = 5000;
  const t0 = performance.now();
  await run(count);
  process.stdout.write(`${JSON.stringify({ perSecond: count / ((performance.now() - t0) / 1000) })}\n`);
} finally {
  await sandbox.close();
}
