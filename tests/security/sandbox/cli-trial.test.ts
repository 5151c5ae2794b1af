// Stories for a reviewer who runs payloads through `skillforge trial --no-audit`: the sandbox is
// the only line of defence, the skill gets exactly the capabilities in --allow, and the command
// reports containment through its exit code and JSON.
import { execFile } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { command } from "../../../src/api/cli/commands/trial.js";
import { main } from "../../../src/api/cli/main.js";
import type { CliIo } from "../../../src/api/cli/types.js";
import { hostile, NORMAL_SKILL } from "./harness.js";

const dir = mkdtempSync(join(tmpdir(), "skillforge-trial-"));
const file = (name: string, source: string) => {
  const p = join(dir, name);
  writeFileSync(p, source);
  return p;
};

function io() {
  const out: string[] = [];
  const err: string[] = [];
  const cli: CliIo = { out: (t) => out.push(t), err: (t) => err.push(t), readStdin: async () => "", env: {}, cwd: dir };
  return { cli, out, err };
}

describe("skillforge trial --no-audit", () => {
  it("a normal skill with exactly the capabilities it uses → passes with exit 0", async () => {
    const { cli, out } = io();
    const code = await command.run(
      [file("water.ts", NORMAL_SKILL), "--no-audit", "--json", "--allow", "data.read:water_entries,data.write:water_entries"],
      cli,
    );
    const report = JSON.parse(out.join("\n"));
    expect(report).toMatchObject({ ok: true, audit: { skipped: true }, trial: { ok: true } });
    expect(report.trial.steps.map((s: { method: string }) => s.method)).toEqual([
      "getActions",
      "executeAction", // three random params sets
      "executeAction",
      "executeAction",
      "executeAction", // params the schema refuses
      "getData",
      "getInsights",
    ]);
    expect(code).toBe(0);
  });

  it("attack reading a collection without --allow → refused because --no-audit grants nothing by default (exit 1)", async () => {
    const { cli, out } = io();
    const code = await command.run(
      [file("reader.ts", hostile(`return await db.from("notes").select();`)), "--no-audit", "--json"],
      cli,
    );
    const report = JSON.parse(out.join("\n"));
    expect(code).toBe(1);
    expect(report.trial.steps.find((s: { method: string }) => s.method === "getData")).toMatchObject({
      ok: false,
      error: expect.stringMatching(/SANDBOX_CAPABILITY_DENIED/),
    });
  });

  it("refuses bad input with exit 2: unknown capability, missing file", async () => {
    const bad = io();
    expect(await main(["trial", file("x.ts", NORMAL_SKILL), "--no-audit", "--allow", "net.fetch:evil.com"], bad.cli)).toBe(2);
    expect(bad.err.join("\n")).toMatch(/not a capability/);
    const missing = io();
    expect(await main(["trial", join(dir, "missing.ts"), "--no-audit"], missing.cli)).toBe(2);
    expect(missing.err.join("\n")).toMatch(/cannot read/);
  });

  it("runs as the real CLI from dist without opening a database", async () => {
    const run = promisify(execFile);
    const { stdout } = await run(
      process.execPath,
      [
        "bin/skillforge.js",
        "trial",
        file("cli.ts", NORMAL_SKILL),
        "--no-audit",
        "--json",
        "--allow",
        "data.read:water_entries,data.write:water_entries",
      ],
      { cwd: join(import.meta.dirname, "../../..") },
    );
    expect(JSON.parse(stdout)).toMatchObject({ ok: true, trial: { ok: true } });
  });
});
