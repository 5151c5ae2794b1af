// `skillforge audit <file> [--json]`: the report, the JSON shape, and the exit codes 0 / 1 / 2.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { main } from "../../../src/api/cli/main.js";
import type { CliIo } from "../../../src/api/cli/types.js";
import { loadBenignSamples } from "./benign-samples.js";

function fakeIo(cwd: string) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = { out: (t) => out.push(t), err: (t) => err.push(t), readStdin: async () => "", env: {}, cwd };
  return { io, out, err };
}

const dir = mkdtempSync(join(tmpdir(), "skillforge-audit-cli-"));
const good = loadBenignSamples().find((s) => s.name === "water-tracker")!;
writeFileSync(join(dir, "good.ts"), good.source);
writeFileSync(
  join(dir, "bad.js"),
  `export default { slug: "custom-x", getActions() { return []; }, async executeAction() { return eval("1"); }, async getData() {}, async getInsights() {} };`,
);

describe("skillforge audit", () => {
  it("prints exactly ok/findings/capabilities/risk/slug with --json and exits 0 for a passing skill", async () => {
    const { io, out } = fakeIo(dir);
    expect(await main(["audit", "good.ts", "--json"], io)).toBe(0);
    const json = JSON.parse(out.join(""));
    expect(Object.keys(json).sort()).toEqual(["capabilities", "findings", "ok", "risk", "slug"]);
    expect(json).toEqual({
      ok: true,
      findings: [],
      capabilities: good.capabilities,
      risk: "medium",
      slug: "custom-water-tracker",
    });
  });

  it("exits 1 and lists rule, message, line and column for a blocked skill", async () => {
    const { io, out } = fakeIo(dir);
    expect(await main(["audit", "bad.js", "--json"], io)).toBe(1);
    const json = JSON.parse(out.join(""));
    expect(json.ok).toBe(false);
    expect(json.findings[0]).toMatchObject({
      rule: "dynamic-code",
      line: 1,
      column: expect.any(Number),
      message: expect.any(String),
    });
  });

  it("prints a human-readable report by default", async () => {
    const ok = fakeIo(dir);
    expect(await main(["audit", "good.ts"], ok.io)).toBe(0);
    expect(ok.out.join("\n")).toContain("passed the audit");
    expect(ok.out.join("\n")).toContain("data.write:water_entries");
    const bad = fakeIo(dir);
    expect(await main(["audit", "bad.js"], bad.io)).toBe(1);
    expect(bad.out.join("\n")).toMatch(/bad\.js:1:\d+ +dynamic-code/);
  });

  it("exits 2 with a one-line reason for a missing file or wrong arguments", async () => {
    for (const args of [
      ["audit", "missing.ts"],
      ["audit"],
      ["audit", "a.ts", "b.ts"],
      ["audit", "good.ts", "--bogus"],
      ["audit", "."],
    ]) {
      const { io, err, out } = fakeIo(dir);
      expect(await main(args, io)).toBe(2);
      expect(err.join("")).toMatch(/^skillforge audit: .+\n?$/);
      expect(err.join("").trim().split("\n")).toHaveLength(1);
      expect(out).toEqual([]);
    }
  });
});
