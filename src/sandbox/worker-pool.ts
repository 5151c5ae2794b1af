// The service side of the worker processes: a small pool the service can kill and replace. Each
// call gets a watchdog (time cap + grace → SIGKILL) and, while it runs, an RSS watchdog; a killed
// or crashed worker is replaced and its call reported, never retried. The time watchdog is one
// timer per worker, not one per call: a call only sets its kill time on the monotonic clock, and
// a timer that fires before the running call's kill time re-arms itself for the rest.
//
// A busy worker may also hold one call sent ahead of time ("next"), but only a call for the same
// isolate (same version, source and tenant) as the one it runs: the worker reads it the moment it
// answers, instead of idling until the service's event loop gets round to its answer. A call sent
// ahead has not started while the one before it runs (the worker runs calls one at a time, in
// order, and relays no db request of it before the answer), so when that worker is killed or
// retired, the call sent ahead goes back to the head of the queue; it is never reported as failed
// for another call's runaway, and only a call of the same tenant and version can ever wait behind one.
import type { ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import type { Socket } from "node:net";
import { performance } from "node:perf_hooks";
import { createFrameReader, encodeFrame } from "./frames.js";
import type { SandboxLimits } from "../contract/index.js";
import type { CallDone, CallRequest, DbRequest, FromWorker, ToWorker } from "./protocol.js";
import { rssOf } from "./rss.js";
import { looksOutOfMemory, spawnWorker } from "./worker-process.js";

export type PoolResult =
  | { kind: "done"; done: CallDone }
  | { kind: "killed"; code: "SANDBOX_TIMEOUT" | "SANDBOX_MEMORY"; message: string }
  | { kind: "crashed"; message: string };

export interface WorkerPoolOptions {
  workerPath: string;
  size: number;
  max: number;
  rssBytes: number;
  heapMb: number;
  graceMs: number;
  /** Every call's limits; each worker gets them once, in its first frame. */
  limits: SandboxLimits;
  /** Longest frame a worker may send; a longer one gets the worker replaced. */
  maxFrameBytes: number;
  onReplaced: (pid: number | undefined, reason: string) => void;
}

export interface Job {
  /** Sent as the call's frame: the pool adds the id, and the source when the worker lacks it. */
  req: Omit<CallRequest, "id" | "source"> & { source: string };
  onDb: (req: string) => Promise<string>;
  resolve: (r: PoolResult) => void;
  /** Latest start: a call waits at most its time cap (+ a worker's start-up) for a free worker. */
  deadline: number;
  wait?: NodeJS.Timeout;
  /** Sent ahead to a worker that was then killed or retired: from now on it waits for an idle worker. */
  sentBack?: boolean;
}

/** A job on a worker: what the worker has been sent and what it may still say about it. */
type Running = Job & { id: number; killAt: number; sentSource: boolean; lastSeq: number };
/** A job written to a busy worker behind its running one; its watchdog starts when it does. */
type Ahead = Job & { id: number; sentSource: boolean };

/** The call's frame, with the source only when asked: a warm call does not resend it. */
function frameOf(job: Pick<Running, "id" | "req">, withSource: boolean): CallRequest {
  return {
    t: "call",
    id: job.id,
    key: job.req.key,
    sourceKey: job.req.sourceKey,
    versionId: job.req.versionId,
    // Undefined fields are left out of the JSON frame.
    source: withSource ? job.req.source : undefined,
    method: job.req.method,
    args: job.req.args,
    action: job.req.action,
    params: job.req.params,
    paramsSchema: job.req.paramsSchema,
    measureHeap: job.req.measureHeap,
  };
}

const STORAGE_ERROR = JSON.stringify({ ok: false, error: "db: storage error" });
const TIMED_OUT = { kind: "killed", code: "SANDBOX_TIMEOUT", message: "the skill exceeded its time limit" } as const;
const WAIT_TIMED_OUT = { ...TIMED_OUT, message: "the call timed out waiting for a free sandbox worker" } as const;
/** Often enough that a worker growing at allocation speed is caught near its ceiling (a procfs read each). */
const RSS_POLL_MS = 25;
/** Room for a freshly spawned worker to become ready. */
const START_ALLOWANCE_MS = 1_000;

interface Worker {
  child: ChildProcess;
  socket: Socket;
  ready: boolean;
  known: Set<string>;
  stderr: string;
  calls: number;
  job?: Running;
  next?: Ahead;
  /** The time watchdog: ref'd while a call runs, unref'd (and left to lapse) while idle. */
  watchdog?: NodeJS.Timeout;
}

export interface WorkerPool {
  run(job: Omit<Job, "resolve" | "deadline" | "wait">): Promise<PoolResult>;
  broadcast(msg: { t: "dispose"; versionId: string }): void;
  close(): void;
}

const MAX_FAILED_STARTS = 3;
export function createWorkerPool(o: WorkerPoolOptions): WorkerPool {
  if (!existsSync(o.workerPath)) throw new Error(`sandbox worker not built: ${o.workerPath} (run npm run build)`);
  const workers = new Set<Worker>();
  const queue: Job[] = [];
  let nextId = 1;
  let closed = false;
  let rssTimer: NodeJS.Timeout | undefined;
  let failedStarts = 0;

  function spawn(): Worker {
    const { child, socket } = spawnWorker(o.workerPath, o.heapMb);
    const w: Worker = { child, socket, ready: false, known: new Set(), stderr: "", calls: 0 };
    workers.add(w);
    child.stderr?.on("data", (chunk: Buffer) => {
      w.stderr = (w.stderr + chunk.toString("utf8")).slice(-4096);
    });
    const reader = createFrameReader(
      o.maxFrameBytes,
      (text) => {
        let msg: FromWorker;
        try {
          msg = JSON.parse(text) as FromWorker;
        } catch {
          return end(w, { kind: "crashed", message: "the worker sent an unreadable frame" });
        }
        onMessage(w, msg);
      },
      (reason) => end(w, { kind: "crashed", message: `the worker was replaced: ${reason}` }),
    );
    socket.on("data", (chunk: Buffer) => reader.push(chunk));
    // A worker that died mid-write shows up as a socket error; its exit event does the reporting.
    socket.on("error", () => {});
    write(w, { t: "init", limits: o.limits, rssBytes: o.rssBytes });
    if (referenced === false) {
      child.unref();
      socket.unref();
    }
    child.on("exit", (code, signal) =>
      end(
        w,
        looksOutOfMemory(w.stderr)
          ? { kind: "killed", code: "SANDBOX_MEMORY", message: "the skill exceeded its memory limit" }
          : { kind: "crashed", message: `the worker stopped (${signal ?? code})` },
      ),
    );
    child.on("error", () => end(w, { kind: "crashed", message: "the worker failed" }));
    return w;
  }

  /** Removes a worker, reports its call, and keeps the pool at its minimum size. */
  function end(w: Worker, result: PoolResult): void {
    if (!workers.delete(w)) return;
    if (w.child.exitCode === null && w.child.signalCode === null) w.child.kill("SIGKILL");
    w.socket.destroy();
    clearTimeout(w.watchdog);
    w.watchdog = undefined;
    const job = w.job;
    w.job = undefined;
    job?.resolve(result);
    const ahead = w.next;
    w.next = undefined;
    if (ahead) {
      // It never started (see the top of this file): it goes first, on another worker.
      const { id: _id, sentSource: _sent, ...waiting } = ahead;
      if (closed) waiting.resolve(result);
      else {
        // It was given a worker in time and lost it to another call's end: it waits afresh, once
        // (a call sent ahead and sent back is never sent ahead again, so its wait stays bounded).
        waiting.deadline = Date.now() + o.limits.callTimeoutMs + START_ALLOWANCE_MS;
        waiting.sentBack = true;
        queue.unshift(waiting);
        armWait(waiting);
      }
    }
    if (closed) return;
    try {
      o.onReplaced(w.child.pid, result.kind === "done" ? "stopped" : result.message);
    } catch {
      /* a log sink must not stop the pool */
    }
    // A worker that dies before it is ready will die again: stop respawning, fail what waits.
    failedStarts = w.ready ? 0 : failedStarts + 1;
    if (failedStarts >= MAX_FAILED_STARTS) {
      const reason = `the sandbox worker cannot start: ${w.stderr.trim().split("\n").slice(-3).join(" | ").slice(0, 500)}`;
      for (const waiting of queue.splice(0)) {
        clearTimeout(waiting.wait);
        waiting.resolve({ kind: "crashed", message: reason });
      }
    } else if (workers.size < o.size || queue.length > 0) {
      spawn();
    }
    refresh();
  }

  /**
   * An honest worker says exactly: ready once, then per call db requests numbered upwards (never
   * more than the per-call cap: the prelude stops the skill first) and one answer. Anything else means it is not running our code any more: it is replaced
   * and its call ends with SANDBOX_CRASHED.
   */
  function onMessage(w: Worker, msg: FromWorker): void {
    const broke = (what: string) =>
      end(w, { kind: "crashed", message: `the worker broke the protocol (${what}) and was replaced` });
    if (msg === null || typeof msg !== "object") return broke("not a message");
    if (msg.t === "ready") {
      if (w.ready) return broke("ready twice");
      w.ready = true;
      pump();
      return;
    }
    const job = w.job;
    if (msg.t === "db") {
      if (!job || msg.call !== job.id) return broke("a db request outside its call");
      if (!Number.isSafeInteger(msg.seq) || msg.seq <= job.lastSeq || msg.seq > o.limits.dbCallsPerCall)
        return broke("a db request out of sequence");
      return relayDb(w, job, msg);
    }
    if (msg.t !== "done") return broke("an unknown message");
    if (!job || msg.id !== job.id) return broke("an answer to no call");
    if (msg.needSource) {
      if (job.sentSource) return broke("asked for a source it was sent");
      job.sentSource = true;
      w.known.delete(job.req.sourceKey);
      write(w, frameOf(job, true));
      return;
    }
    w.job = undefined;
    w.known.add(job.req.sourceKey);
    job.resolve({ kind: "done", done: msg });
    // After a runaway the isolate's thread may still spin or allocate after dispose: that worker
    // never serves another call. Freed isolate memory is not always returned to the OS either:
    // a bloated worker is retired while idle, not killed later in somebody else's call.
    if ((msg.code === "SANDBOX_TIMEOUT" && msg.pending !== true) || msg.code === "SANDBOX_MEMORY") {
      end(w, { kind: "crashed", message: `retired after ${msg.code}` });
    } else if (msg.retire === true) {
      end(w, { kind: "crashed", message: "retired: near its memory ceiling, held by other isolates" });
    } else if ((++w.calls % 64 === 0 || !msg.ok || msg.heapBytes > 32 * 1024 * 1024) && rssOf(w.child.pid) > o.rssBytes / 2) {
      end(w, { kind: "crashed", message: "retired: memory use above half its cap" });
    } else if (w.next) {
      // The worker is already running the call sent ahead: from now on it is the running one.
      const ahead = w.next;
      w.next = undefined;
      w.job = { ...ahead, killAt: 0, lastSeq: 0 };
      watch(w, w.job);
    } else {
      w.watchdog?.unref();
    }
    pump();
  }

  /** Sets the running call's kill time (cap + grace from now) and makes sure a timer will look at it. */
  function watch(w: Worker, job: Running): void {
    const ms = o.limits.callTimeoutMs + o.graceMs;
    job.killAt = performance.now() + ms;
    if (w.watchdog === undefined) w.watchdog = setTimeout(() => onWatchdog(w), ms);
    else w.watchdog.ref();
  }

  /** The timer was armed for an earlier call: kill only when the running call is past its own time. */
  function onWatchdog(w: Worker): void {
    w.watchdog = undefined;
    const job = w.job;
    if (!job || !workers.has(w)) return;
    const left = job.killAt - performance.now();
    if (left <= 0) return end(w, TIMED_OUT);
    w.watchdog = setTimeout(() => onWatchdog(w), Math.ceil(left));
  }

  /** Idle workers must not keep the service (or a CLI run) alive; busy ones must. */
  let referenced: boolean | null = null;
  function refresh(force = false): void {
    let busy = queue.length > 0;
    if (!busy)
      for (const w of workers)
        if (w.job) {
          busy = true;
          break;
        }
    if (busy === referenced && !force) return;
    referenced = busy;
    for (const w of workers) {
      if (busy) {
        w.child.ref();
        w.socket.ref();
      } else {
        w.child.unref();
        w.socket.unref();
      }
    }
  }

  function write(w: Worker, msg: ToWorker): void {
    if (!w.socket.destroyed) w.socket.write(encodeFrame(msg));
  }

  function relayDb(w: Worker, job: Running, msg: DbRequest): void {
    if (typeof msg.req !== "string")
      return end(w, { kind: "crashed", message: "the worker broke the protocol (a malformed db request) and was replaced" });
    job.lastSeq = msg.seq;
    const answer = (res: unknown) => {
      if (w.job === job) write(w, { t: "dbr", call: job.id, seq: msg.seq, res: typeof res === "string" ? res : STORAGE_ERROR });
    };
    job.onDb(msg.req).then(answer, () => answer(STORAGE_ERROR));
  }

  /** Starts a queued job on an idle worker; false when its time ran out while it waited. */
  function start(w: Worker, job: Job): boolean {
    if (job.wait !== undefined) clearTimeout(job.wait);
    if (Date.now() > job.deadline) {
      job.resolve(WAIT_TIMED_OUT);
      return false;
    }
    const running = job as Running;
    running.id = nextId++;
    watch(w, running);
    running.sentSource = !w.known.has(job.req.sourceKey);
    running.lastSeq = 0;
    w.job = running;
    write(w, frameOf(running, running.sentSource));
    watchRss();
    return true;
  }

  /** Writes `job` behind the running call of a worker that runs the same isolate; false when out of time. */
  function sendAhead(w: Worker, job: Job): boolean {
    clearTimeout(job.wait);
    if (Date.now() > job.deadline) {
      job.resolve(WAIT_TIMED_OUT);
      return false;
    }
    const sentSource = !w.known.has(job.req.sourceKey) && w.job?.req.sourceKey !== job.req.sourceKey;
    w.next = { ...job, id: nextId++, sentSource };
    write(w, frameOf(w.next, sentSource));
    return true;
  }

  /** A busy worker running the same isolate as `key`, with room for one call ahead. */
  function pickAhead(key: string): Worker | undefined {
    for (const w of workers) if (w.ready && w.job && !w.next && w.job.req.key === key) return w;
    return undefined;
  }

  function pick(sourceKey: string): Worker | undefined {
    let any: Worker | undefined;
    for (const w of workers) {
      if (!w.ready || w.job) continue;
      if (w.known.has(sourceKey)) return w;
      any ??= w;
    }
    return any;
  }

  function pump(): void {
    let i = 0;
    while (i < queue.length) {
      const job = queue[i]!;
      // Prefer a worker that already holds this version warm.
      const idle = pick(job.req.sourceKey);
      if (idle) {
        queue.splice(i, 1);
        start(idle, job);
        continue;
      }
      // No idle worker: a call for an isolate some worker is running may wait on that worker.
      const busy = job.sentBack ? undefined : pickAhead(job.req.key);
      if (busy) {
        queue.splice(i, 1);
        sendAhead(busy, job);
        continue;
      }
      i++;
    }
    if (queue.length > 0 && workers.size < o.max && ![...workers].some((w) => !w.ready)) spawn();
    refresh();
  }

  /** A queued call gives up when its latest start has passed and it is still waiting. */
  function armWait(job: Job): void {
    clearTimeout(job.wait);
    job.wait = setTimeout(
      () => {
        const at = queue.indexOf(job);
        if (at >= 0) {
          queue.splice(at, 1);
          job.resolve(WAIT_TIMED_OUT);
        }
      },
      Math.max(0, job.deadline - Date.now()),
    );
  }

  function watchRss(): void {
    if (rssTimer) return;
    rssTimer = setInterval(() => {
      const busy = [...workers].filter((w) => w.job);
      if (busy.length === 0) {
        clearInterval(rssTimer);
        rssTimer = undefined;
        return;
      }
      for (const w of busy) {
        if (rssOf(w.child.pid) > o.rssBytes)
          end(w, { kind: "killed", code: "SANDBOX_MEMORY", message: "the skill exceeded its memory limit" });
      }
    }, RSS_POLL_MS);
    rssTimer.unref();
  }

  for (let i = 0; i < o.size; i++) spawn();
  refresh();

  return {
    run(job) {
      if (closed) return Promise.resolve({ kind: "crashed", message: "the sandbox is closed" });
      if (workers.size === 0) {
        failedStarts = Math.min(failedStarts, MAX_FAILED_STARTS - 1);
        spawn();
      }
      return new Promise((resolve) => {
        const wait = o.limits.callTimeoutMs + START_ALLOWANCE_MS;
        const queued: Job = { req: job.req, onDb: job.onDb, resolve, deadline: Date.now() + wait };
        // Nothing waiting and a worker free: start at once (what pump would do, without the queue).
        const idle = queue.length === 0 ? pick(job.req.sourceKey) : undefined;
        if (idle) {
          start(idle, queued);
          return refresh();
        }
        queue.push(queued);
        pump();
        if (queue.includes(queued)) armWait(queued);
      });
    },
    broadcast(msg) {
      for (const w of workers) write(w, msg);
    },
    close() {
      closed = true;
      for (const job of queue.splice(0)) {
        clearTimeout(job.wait);
        job.resolve({ kind: "crashed", message: "the sandbox is closed" });
      }
      for (const w of [...workers]) end(w, { kind: "crashed", message: "the sandbox is closed" });
    },
  };
}
