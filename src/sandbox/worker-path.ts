// The worker must be plain JavaScript for `node` to start it: it is always the compiled file under dist/,
// found from the package root (the folder holding package.json above this module), so the same
// path works when this module itself runs from src/ (tests) or from dist/ (CLI, service).
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

export function defaultWorkerPath(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    if (existsSync(join(dir, "package.json"))) return join(dir, "dist", "src", "sandbox", "worker.js");
    const up = dirname(dir);
    if (up === dir) throw new Error("sandbox: package root not found (no package.json above the sandbox module)");
    dir = up;
  }
}
