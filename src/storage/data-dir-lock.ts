import { mkdirSync, openSync, readFileSync, rmSync, writeSync, closeSync } from "node:fs";
import { join } from "node:path";
import { StorageError } from "./db.js";

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === "EPERM";
  }
}

/**
 * The embedded database is single-process: two processes writing one PGlite folder corrupt it.
 * A pid lock file makes the second opener fail with a clear message instead; a stale lock (its
 * process is gone) is taken over.
 */
export function lockDataDir(dataDir: string): () => void {
  mkdirSync(dataDir, { recursive: true });
  const path = join(dataDir, "pglite.lock");
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(path, "wx");
      writeSync(fd, String(process.pid));
      closeSync(fd);
      return () => rmSync(path, { force: true });
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== "EEXIST") throw err;
      const pid = Number(readFileSync(path, "utf8").trim());
      if (Number.isInteger(pid) && pid > 0 && pid !== process.pid && alive(pid)) {
        throw new StorageError(
          "STORAGE_BUSY",
          `the data folder ${dataDir} is in use by another skillforge process (pid ${pid}); stop it, use its HTTP API, or set DATABASE_URL`,
        );
      }
      rmSync(path, { force: true });
    }
  }
  throw new StorageError("STORAGE_BUSY", `could not lock the data folder ${dataDir}`);
}
