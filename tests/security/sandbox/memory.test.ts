// Attack stories: exhausting memory or flooding output. Defence: the isolate's 128 MB heap limit
// (breach disposes the isolate), the worker's own heap cap and the service's RSS watchdog, caps on
// console output and result size, and results that are serialized and measured in the isolate.
import { afterAll, afterEach, describe, expect, it } from "vitest";
import { createMemoryRecordStore, createSandbox } from "../../../src/sandbox/index.js";
import { createHarness, hostile, payload } from "./harness.js";

const NORMAL_READ = `export default { getActions() { return []; }, async getData() { return 1; } };`;

const h = createHarness({ callTimeoutMs: 2_000 });
afterEach(() => h.expectContained());
afterAll(() => h.sandbox.close());

/** Memory attacks may end as a heap breach, an allocation error, or (slow machines) the deadline. */
const stopped = (out: Awaited<ReturnType<typeof h.attack>>) => {
  expect(out.ok).toBe(false);
  expect(["SANDBOX_MEMORY", "SANDBOX_SKILL_ERROR", "SANDBOX_TIMEOUT", "SANDBOX_CRASHED"]).toContain(out.ok ? "" : out.code);
};

describe("heap exhaustion", () => {
  it("attack doubling a string until it breaks → contained because V8's string limit and the heap cap stay inside the isolate", async () => {
    stopped(await h.attack(payload("memory/string-doubling")));
  });

  it("attack growing an array of arrays → contained because the 128 MB heap limit disposes the isolate", async () => {
    stopped(await h.attack(payload("memory/array-of-arrays")));
  });

  it("attack one 4 GB ArrayBuffer → refused because the allocation fails inside the isolate, reported as SANDBOX_MEMORY", async () => {
    expect(await h.attack(payload("memory/four-gb-arraybuffer"))).toMatchObject({ ok: false, code: "SANDBOX_MEMORY" });
  });

  it("attack several tenants' isolates each keeping 24 MB on one worker → contained: the next tenant is always served (a worker others have filled is retired once it answers), and a grower's call fails only with SANDBOX_MEMORY", async () => {
    const tenants = createSandbox({ store: createMemoryRecordStore(), workers: 1, maxWorkers: 1, workerRssMb: 256 });
    try {
      const scope = (n: number) => ({
        tenantId: `00000000-0000-4000-8002-${n.toString(16).padStart(12, "0")}`,
        skillId: "00000000-0000-4000-8000-0000000000a2",
      });
      const run = (n: number, source: string, versionId: string) =>
        tenants.call({
          versionId,
          source,
          capabilities: [],
          scope: scope(n),
          ctx: { tenantId: scope(n).tenantId, config: {}, now: "2024-01-15T10:00:00.000Z" },
          method: "getData",
        });
      const grower = hostile(
        `for (let i = 0; i < 3; i++) { const b = new Uint8Array(8 * 1024 * 1024); b.fill(1); kept.push(b); } return kept.length;`,
        "const kept = [];",
      );
      const failures: string[] = [];
      for (let n = 1; n <= 16; n++) {
        const out = await run(n, grower, "custom-grower@1.0.0");
        if (!out.ok) failures.push(out.code);
        expect(await run(100, NORMAL_READ, "custom-victim@1.0.0")).toMatchObject({ ok: true, value: 1 });
      }
      // Growers back to back, with nobody between them, pay for the ceiling themselves:
      // src/sandbox/memory-accounting.test.ts.
      expect(
        failures.every((code) => code === "SANDBOX_MEMORY"),
        failures.join(","),
      ).toBe(true);
    } finally {
      await tenants.close();
    }
  });

  it("attack many 64 MB typed arrays kept alive → contained because external memory counts against the limit", async () => {
    stopped(await h.attack(payload("memory/typed-arrays-kept-alive")));
  });

  it("attack a Map grown without bound → contained because the heap limit applies to every object", async () => {
    stopped(await h.attack(payload("memory/unbounded-map")));
  });

  it("attack keeping memory across calls in module state → contained because an isolate near its limit is recycled", async () => {
    const src = hostile(
      `for (let i = 0; i < 50; i++) kept.push(new Array(1e5).fill(i + 0.5)); return kept.length;`,
      `const kept = [];`,
    );
    const values = [];
    for (let i = 0; i < 5; i++) {
      const out = await h.attack(src, { versionId: "custom-hostile@9.9.9" });
      values.push(out.ok ? out.value : out.code);
    }
    // Module state grows to the limit, then the version starts again from a fresh isolate.
    expect(values.slice(0, 2)).toEqual([50, 100]);
    expect(values.slice(2)).toContain(50);
    expect(values.every((v) => typeof v === "number" || v === "SANDBOX_MEMORY")).toBe(true);
  });
});

describe("output floods", () => {
  it("attack 200 MB of console output → contained because console output is capped at 64 KB per call", async () => {
    const out = await h.attack(payload("memory/console-flood"));
    expect(out).toMatchObject({ ok: true, value: "done" });
    expect(out.logs.join("\n").length).toBeLessThanOrEqual(64 * 1024 + 100);
    expect(out.logs.at(-1)).toMatch(/truncated/);
  });

  it("attack a million empty console lines → contained because lines are capped at 1,000 as well as bytes", async () => {
    const out = await h.attack(payload("memory/million-empty-lines"));
    expect(out).toMatchObject({ ok: true, value: "done" });
    expect(out.logs.length).toBeLessThanOrEqual(1_001);
    expect(out.logs.at(-1)).toMatch(/truncated/);
  });

  it("attack a 5 MB result → refused because results over 1 MB are refused before they leave the isolate", async () => {
    const out = await h.attack(payload("memory/five-mb-result"));
    expect(out).toMatchObject({ ok: false, code: "SANDBOX_LIMIT" });
  });

  it("attack a result nested 10,000 levels deep → refused because the host caps result depth", async () => {
    const out = await h.attack(payload("memory/deeply-nested-result"));
    expect(out.ok).toBe(false);
    expect(["SANDBOX_BAD_RESULT", "SANDBOX_SKILL_ERROR"]).toContain(out.ok ? "" : out.code);
  });
});
