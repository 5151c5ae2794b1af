// One sandbox worker process as the service starts and inspects it. The worker runs hostile
// code: it inherits no secrets (database URLs, API keys) and no NODE_OPTIONS, only what node
// itself needs, and it gets its own heap cap. It talks to the service over fd 3 (frames.ts).
import { spawn, type ChildProcess } from "node:child_process";
import type { Socket } from "node:net";
import { WORKER_FD } from "./frames.js";

export interface WorkerProcess {
  child: ChildProcess;
  /** The service's end of the worker's socketpair. */
  socket: Socket;
}

// A fixed environment, not a filtered copy of ours: nothing of the service's environment can leak
// into a process that runs hostile code. Node is started by absolute path and needs no PATH.
const WORKER_ENV: NodeJS.ProcessEnv = Object.freeze({ LANG: "C.UTF-8", PATH: "/usr/bin:/bin" });

export function spawnWorker(workerPath: string, heapMb: number): WorkerProcess {
  const env = { ...WORKER_ENV };
  const child = spawn(process.execPath, ["--no-node-snapshot", `--max-old-space-size=${heapMb}`, workerPath], {
    env,
    // stderr is kept only to tell a V8 out-of-memory abort from other crashes.
    stdio: ["ignore", "ignore", "pipe", "pipe"],
  });
  return { child, socket: child.stdio[WORKER_FD] as Socket };
}

const OOM_RE = /out of memory|heap limit|allocation failed|OOM/i;

export function looksOutOfMemory(stderrTail: string): boolean {
  return OOM_RE.test(stderrTail);
}
