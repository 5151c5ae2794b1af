// Vitest global setup: the sandbox suites run the compiled worker from dist/, so a source newer
// than the build would be tested as it was, not as it is. Rebuild first whenever any source file
// the worker could load is newer than the compiled worker (a no-op after `npm test`'s own build).
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { join, resolve } from "node:path";

const ROOT = resolve(import.meta.dirname, "../..");

function newestSource(dir: string): number {
  let newest = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) newest = Math.max(newest, newestSource(p));
    else if (/\.tsx?$/.test(e.name) && !/\.test\.tsx?$/.test(e.name)) newest = Math.max(newest, statSync(p).mtimeMs);
  }
  return newest;
}

export default async function setup(): Promise<void> {
  // Every in-memory database in the suites starts from the migrated template (built by
  // `npm run build`, rebuilt here when a migration changed) instead of running initdb.
  const { buildTemplate } = await import("../../src/storage/pglite-template.js");
  if (await buildTemplate()) process.stderr.write("vitest setup: rebuilt the embedded database template\n");
  const worker = join(ROOT, "dist/src/sandbox/worker.js");
  const built = existsSync(worker) ? statSync(worker).mtimeMs : 0;
  if (newestSource(join(ROOT, "src")) <= built) return;
  process.stderr.write("vitest setup: sources are newer than dist/, rebuilding (tsc -p tsconfig.build.json)\n");
  execFileSync(process.execPath, [join(ROOT, "node_modules/typescript/bin/tsc"), "-p", join(ROOT, "tsconfig.build.json")], {
    stdio: "inherit",
  });
}
