// Two writers on one PGlite folder corrupt it: the lock exists to make that impossible. These
// stories start several processes at the same instant, many times over, against a fresh folder
// and against a stale lock left by a killed process, and count how many believe they hold it.
import { spawn, spawnSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { tempDir } from "../support/cli.js";

const LOCK_MODULE = resolve(import.meta.dirname, "../../dist/src/storage/data-dir-lock.js");

/**
 * Each child waits for the same wall-clock instant, tries the lock, holds it 300 ms, and reports
 * when it held it. A child that starts late may hold the lock after another released it; what must
 * never happen is two holders at once.
 */
function contender(dir: string, at: number): Promise<string> {
  const script = `
    const { lockDataDir } = await import(${JSON.stringify(LOCK_MODULE)});
    while (Date.now() < ${at}) {}
    try { const release = lockDataDir(${JSON.stringify(dir)}); const from = Date.now(); setTimeout(() => { const to = Date.now(); release(); console.log("held " + from + " " + to); }, 300); }
    catch (e) { console.log(e.code === "STORAGE_BUSY" ? "busy" : "error " + e.message); }`;
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, ["--input-type=module", "-e", script], { stdio: ["ignore", "pipe", "inherit"] });
    let out = "";
    child.stdout.on("data", (d) => {
      out += d;
    });
    child.on("error", reject);
    child.on("close", () => resolvePromise(out.trim()));
  });
}

async function round(dir: string, processes: number): Promise<string[]> {
  const at = Date.now() + 1_500; // far enough ahead for every child to be running and spinning
  return Promise.all(Array.from({ length: processes }, () => contender(dir, at)));
}

/** A pid that certainly belongs to no running process: one that just exited. */
function deadPid(): number {
  return spawnSync(process.execPath, ["-e", "0"]).pid!;
}

function overlaps(results: string[]): boolean {
  const spans = results
    .filter((r) => r.startsWith("held"))
    .map((r) => r.split(" ").slice(1).map(Number) as [number, number])
    .sort((a, b) => a[0] - b[0]);
  return spans.some(([from], i) => i > 0 && from < spans[i - 1]![1]);
}

describe("data-folder lock under simultaneous starts", () => {
  it("a fresh folder: never two of 4 processes hold it at once, 12 rounds in a row", async () => {
    for (let i = 0; i < 12; i++) {
      const results = await round(tempDir("skillforge-lock-"), 4);
      expect(
        results.every((r) => r === "busy" || r.startsWith("held")),
        JSON.stringify(results),
      ).toBe(true);
      expect(results.some((r) => r.startsWith("held"))).toBe(true);
      expect(overlaps(results), JSON.stringify(results)).toBe(false);
    }
  }, 120_000);

  it("a stale lock left by a killed process: taken over, never by two at once, 12 rounds in a row", async () => {
    for (let i = 0; i < 12; i++) {
      const dir = tempDir("skillforge-lock-");
      writeFileSync(join(dir, "pglite.lock"), `${deadPid()} stalenonce`);
      const results = await round(dir, 4);
      expect(
        results.some((r) => r.startsWith("held")),
        JSON.stringify(results),
      ).toBe(true);
      expect(overlaps(results), JSON.stringify(results)).toBe(false);
    }
  }, 120_000);
});
