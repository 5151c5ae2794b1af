// `skillforge security-suite` as a reviewer uses it: their own folder of payloads, the report as
// JSON and HTML, and the exit code: 1 when anything got past a line that must hold, 2 for input
// the suite cannot read (nothing is run then).
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { main } from "../../../src/api/cli/main.js";
import type { CliIo } from "../../../src/api/cli/types.js";

function io(cwd: string) {
  const out: string[] = [];
  const err: string[] = [];
  const cli: CliIo = { out: (t) => out.push(t), err: (t) => err.push(t), readStdin: async () => "", env: {}, cwd };
  return { cli, out, err };
}

const QUIET_LOOP = `export default {
  slug: "custom-quiet-loop",
  getActions() { return []; },
  async executeAction() { return null; },
  async getData() { for (let i = 0; ; i++) {} },
  async getInsights() { return []; },
};`;

describe("skillforge security-suite with a reviewer's folder", () => {
  it("attack an endless loop the audit lets through → exit 1 (a payload with no story must be refused by the audit), the sandbox holds by its time cap", async () => {
    const dir = mkdtempSync(join(tmpdir(), "skillforge-review-"));
    writeFileSync(join(dir, "quiet-loop.js"), QUIET_LOOP);
    const { cli, out } = io(dir);
    const code = await main(["security-suite", "--dir", ".", "--no-built-in", "--json", "--html", "report.html"], cli);
    const report = JSON.parse(out.join("\n"));
    expect(report.attempts).toHaveLength(1);
    expect(report.attempts[0]).toMatchObject({
      id: "quiet-loop",
      origin: "reviewer",
      audit: { verdict: "passed", escaped: true },
      sandbox: { verdict: "contained", heldBy: ["time cap"] },
    });
    expect(report).toMatchObject({ ok: false, totals: { attempts: 1, auditEscaped: 1, sandboxEscaped: 0 } });
    expect(code).toBe(1);
    expect(readFileSync(join(dir, "report.html"), "utf8")).toContain("<code>quiet-loop</code>");
    // The run is kept in the data folder (here the default, under the working directory), where a
    // service's dashboard reads it back.
    expect(JSON.parse(readFileSync(join(dir, ".skillforge", "security-suite", "report.json"), "utf8"))).toEqual(report);
  });

  it("--only audit with a story that lets the audit pass → exit 0 and the sandbox is not run", async () => {
    const dir = mkdtempSync(join(tmpdir(), "skillforge-review-"));
    writeFileSync(join(dir, "quiet-loop.js"), QUIET_LOOP);
    writeFileSync(join(dir, "quiet-loop.json"), JSON.stringify({ auditMustBlock: false, technique: "a loop" }));
    const { cli, out } = io(dir);
    expect(await main(["security-suite", "--dir", ".", "--no-built-in", "--only", "audit", "--json", "--no-save"], cli)).toBe(0);
    expect(existsSync(join(dir, ".skillforge")), "--no-save writes nothing").toBe(false);
    const report = JSON.parse(out.join("\n"));
    expect(report).toMatchObject({ ok: true, lines: "audit" });
    expect(report.attempts[0]).toMatchObject({
      audit: { verdict: "passed", escaped: false },
      sandbox: { verdict: "skipped", calls: [] },
    });
  });

  it("refuses what it cannot read with exit 2 and one line: a bad sidecar, an empty folder, a bad --only", async () => {
    const dir = mkdtempSync(join(tmpdir(), "skillforge-review-"));
    writeFileSync(join(dir, "x.js"), QUIET_LOOP);
    writeFileSync(join(dir, "x.json"), `{"method": "dropEverything"}`);
    const bad = io(dir);
    expect(await main(["security-suite", "--dir", ".", "--no-built-in"], bad.cli)).toBe(2);
    expect(bad.err.join("\n")).toMatch(/x\.json: unknown method "dropEverything"/);
    const empty = io(mkdtempSync(join(tmpdir(), "skillforge-review-")));
    expect(await main(["security-suite", "--dir", ".", "--no-built-in"], empty.cli)).toBe(2);
    const only = io(dir);
    expect(await main(["security-suite", "--only", "network"], only.cli)).toBe(2);
    expect(only.err.join("\n")).toMatch(/--only: expected audit or sandbox/);
  });
});
