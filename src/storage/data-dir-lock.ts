import { randomBytes } from "node:crypto";
import { closeSync, linkSync, mkdirSync, openSync, readFileSync, renameSync, rmSync, unlinkSync, writeSync } from "node:fs";
import { join } from "node:path";
import { StorageError } from "./db.js";

/** Whether a process with this pid exists (one we may not signal still counts). */
export function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** `<pid> <nonce>`: the nonce tells this holder's lock from a later one of a reused pid. */
function read(path: string): { pid: number; text: string } | undefined {
  try {
    const text = readFileSync(path, "utf8");
    return { pid: Number(text.split(" ")[0]), text };
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw err;
  }
}

/** Creates `path` holding `text`, atomically and only if it does not exist (write aside, then link). */
function createExclusive(path: string, text: string): boolean {
  const aside = `${path}.${process.pid}.${randomBytes(4).toString("hex")}`;
  const fd = openSync(aside, "wx");
  try {
    writeSync(fd, text);
  } finally {
    closeSync(fd);
  }
  try {
    linkSync(aside, path);
    return true;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === "EEXIST") return false;
    throw err;
  } finally {
    rmSync(aside, { force: true });
  }
}

const busy = (dataDir: string, pid: number) =>
  new StorageError(
    "STORAGE_BUSY",
    `the data folder ${dataDir} is in use by another skillforge process (pid ${pid}); stop it, use its HTTP API, or set DATABASE_URL`,
  );

/**
 * The embedded database is single-process: two processes writing one PGlite folder corrupt it.
 * The lock file is created atomically (link), so two processes starting together never both hold
 * it. A stale lock (its process is gone, e.g. after `kill -9`) is taken over under a second,
 * short-lived takeover lock, and only if it is still the very lock judged stale (same pid and
 * nonce): a process that judged a lock stale a moment too late cannot remove a fresh one.
 */
export function lockDataDir(dataDir: string): () => void {
  mkdirSync(dataDir, { recursive: true });
  const path = join(dataDir, "pglite.lock");
  const takeover = `${path}.takeover`;
  const mine = `${process.pid} ${randomBytes(8).toString("hex")}`;
  const release = () => {
    // Only our own lock is removed.
    if (read(path)?.text === mine) rmSync(path, { force: true });
  };
  for (let attempt = 0; attempt < 50; attempt++) {
    if (createExclusive(path, mine)) return release;
    const held = read(path);
    if (held === undefined) continue; // released meanwhile: try again
    if (Number.isInteger(held.pid) && held.pid > 0 && processAlive(held.pid) && held.text !== mine) throw busy(dataDir, held.pid);
    // Stale. Take it over only while holding the takeover lock.
    if (!createExclusive(takeover, mine)) {
      const other = read(takeover);
      // A takeover whose process died is itself stale: move it aside (rename is atomic: one wins).
      if (other && !(Number.isInteger(other.pid) && processAlive(other.pid))) {
        try {
          renameSync(takeover, `${takeover}.dead.${randomBytes(4).toString("hex")}`);
        } catch {
          /* another process won */
        }
      }
      continue;
    }
    try {
      if (read(path)?.text === held.text) unlinkSync(path);
    } finally {
      if (read(takeover)?.text === mine) rmSync(takeover, { force: true });
    }
  }
  throw new StorageError("STORAGE_BUSY", `could not lock the data folder ${dataDir}`);
}
