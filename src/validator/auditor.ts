// The audit every caller uses: `createAuditor().audit(input)` answers within the deadline and the
// heap cap, whatever the source. Threat: a few hundred bytes that make the parser or the folds run
// for seconds or take gigabytes, in the process that serves everyone else. The audit runs in a
// worker thread with a capped heap (kept warm, so an ordinary audit pays no thread start); at
// the deadline the caller gets a refusal at once and the thread is killed and replaced.
import { Worker } from "node:worker_threads";
import { fileURLToPath } from "node:url";
import { oversizeReport, refusedReport } from "./audit.js";
import type { AuditRequest, FromAuditWorker } from "./audit-worker.js";
import { AUDIT_DEADLINE_MS, AUDIT_HEAP_MB, AUDIT_WALL_CAP_MS } from "./budget.js";
import { threadCpuMs } from "./thread-cpu.js";
import type { AuditInput, AuditReport } from "./types.js";

export interface AuditorOptions {
  /** CPU time of the audit's thread one audit may take once a worker holds it (default 2 000 ms; wall time where the thread's CPU time cannot be read). */
  deadlineMs?: number;
  /** Wall time after which an audit is refused however little CPU it got (default 10 000 ms, never below the deadline). */
  wallCapMs?: number;
  /** Heap of each worker, young and old generation together (default 256 MB). */
  heapMb?: number;
  /** Workers kept started and warm (default 1). */
  warm?: number;
  /** Most workers at once; more audits than that wait in order (default 2). */
  maxWorkers?: number;
  /** The compiled audit-worker.js (default: beside this module, or under dist/ when run from src/). */
  workerPath?: string;
}

export interface Auditor {
  /** Never rejects: a deadline, a heap overrun or a failed worker is a refusal with a finding. */
  audit(input: AuditInput): Promise<AuditReport>;
  /** Ends the workers; audits still waiting are refused. */
  close(): Promise<void>;
}

interface Job {
  input: AuditInput;
  resolve: (report: AuditReport) => void;
}

interface Slot {
  worker: Worker;
  ready: boolean;
  /** The worker thread's kernel id (its CPU time is read by it), or null: the wall clock decides. */
  tid?: number | null;
  /** When the current audit was handed over: wall ms and the thread's CPU ms. */
  began?: { wall: number; cpu: number | null };
  job?: Job;
  n?: number;
  timer?: NodeJS.Timeout;
  error?: Error;
}

/**
 * What the deadline timer does when it fires: refuse (0) or wait this many ms more. An audit is
 * refused once its thread has used `deadlineMs` of CPU, or at the wall cap, or — where the
 * thread's CPU time is unknown — at `deadlineMs` of wall time.
 */
export function deadlineWait(cpuMs: number | null, wallMs: number, deadlineMs: number, wallCapMs: number): number {
  if (cpuMs === null || cpuMs >= deadlineMs || wallMs >= wallCapMs) return 0;
  // The thread cannot use more CPU than wall time: wait at least what it still lacks, in steps
  // small enough to notice the deadline soon (ticks are 10 ms) and never past the wall cap.
  return Math.max(10, Math.min(deadlineMs - cpuMs, wallCapMs - wallMs));
}

/** A young generation this size (V8's own default on 64-bit) and the rest old: the heap cap in all. */
const YOUNG_MB = 16;

export function createAuditor(options: AuditorOptions = {}): Auditor {
  const deadlineMs = options.deadlineMs ?? AUDIT_DEADLINE_MS;
  const wallCapMs = Math.max(deadlineMs, options.wallCapMs ?? AUDIT_WALL_CAP_MS);
  const heapMb = options.heapMb ?? AUDIT_HEAP_MB;
  const warm = options.warm ?? 1;
  const max = Math.max(1, warm, options.maxWorkers ?? 2);
  const path = options.workerPath ?? auditWorkerPath();
  const slots = new Set<Slot>();
  const queue: Job[] = [];
  let n = 0;
  let closed = false;

  function start(): Slot {
    const young = Math.min(YOUNG_MB, Math.floor(heapMb / 4));
    const worker = new Worker(path, {
      resourceLimits: { maxYoungGenerationSizeMb: young, maxOldGenerationSizeMb: heapMb - young },
    });
    // An idle auditor does not keep a process alive; a waiting audit's timer does.
    worker.unref();
    const slot: Slot = { worker, ready: false };
    slots.add(slot);
    worker.on("message", (m: FromAuditWorker) => {
      if ("ready" in m) {
        slot.ready = true;
        slot.tid = m.tid;
        return pump();
      }
      if (!slot.job || m.n !== slot.n) return;
      const why = "error" in m ? `the audit failed: ${m.error}` : undefined;
      finish(slot, why ? refusedReport("audit-error", why) : (m as { report: AuditReport }).report);
      pump();
    });
    worker.on("error", (err) => (slot.error = err));
    worker.on("exit", () => ended(slot));
    return slot;
  }

  function finish(slot: Slot, report: AuditReport): void {
    clearTimeout(slot.timer);
    const job = slot.job;
    slot.job = slot.timer = slot.n = slot.began = undefined;
    job?.resolve(report);
  }

  /** A worker that ended: its audit (if any) is refused with the reason, and a warm one replaces it. */
  function ended(slot: Slot): void {
    if (!slots.delete(slot)) return;
    const outOfMemory = (slot.error as { code?: string } | undefined)?.code === "ERR_WORKER_OUT_OF_MEMORY";
    if (slot.job) {
      const report = outOfMemory
        ? refusedReport(
            "audit-budget",
            `the audit needed more than its ${heapMb} MB heap: refused (write the source plainer or smaller)`,
          )
        : refusedReport(
            "audit-error",
            `the audit's worker ended without an answer${slot.error ? ` (${slot.error.message})` : ""}: refused`,
          );
      finish(slot, report);
    } else if (!slot.ready) {
      // A worker that cannot start would fail every retry the same way: answer the waiting audits now.
      const why = `the audit's worker did not start${slot.error ? ` (${slot.error.message})` : ""}: refused`;
      for (const job of queue.splice(0)) job.resolve(refusedReport("audit-error", why));
      return;
    }
    pump();
  }

  /** The deadline timer: refuse and kill, or — when the thread has not had its CPU time yet — wait on. */
  function timeout(slot: Slot): void {
    const began = slot.began!;
    const cpu = slot.tid != null && began.cpu !== null ? threadCpuMs(slot.tid) : null;
    const wall = performance.now() - began.wall;
    const wait = deadlineWait(cpu === null ? null : cpu - began.cpu!, wall, deadlineMs, wallCapMs);
    if (wait > 0) {
      slot.timer = setTimeout(() => timeout(slot), wait);
      return;
    }
    slots.delete(slot);
    const why =
      cpu !== null && wall >= wallCapMs && cpu - began.cpu! < deadlineMs
        ? `the audit did not finish within ${wallCapMs} ms (the machine was too busy to give it ${deadlineMs} ms of CPU): refused (try again)`
        : `the audit did not finish within ${deadlineMs} ms: refused (write the source plainer or smaller)`;
    finish(slot, refusedReport("audit-budget", why));
    void slot.worker.terminate();
    pump();
  }

  function pump(): void {
    if (closed) return;
    for (const slot of slots) {
      if (queue.length === 0) break;
      if (!slot.ready || slot.job) continue;
      const job = queue.shift()!;
      slot.job = job;
      slot.n = ++n;
      slot.began = { wall: performance.now(), cpu: slot.tid != null ? threadCpuMs(slot.tid) : null };
      slot.timer = setTimeout(() => timeout(slot), deadlineMs);
      try {
        slot.worker.postMessage({ n: slot.n, input: job.input } satisfies AuditRequest);
      } catch (err) {
        finish(slot, refusedReport("audit-error", `the audit input cannot be sent to its worker: ${(err as Error).message}`));
      }
    }
    const starting = [...slots].filter((s) => !s.ready).length;
    let want = Math.max(warm - slots.size, Math.min(queue.length - starting, max - slots.size));
    while (want-- > 0) start();
  }

  pump();
  return {
    audit(input) {
      const source = typeof input.source === "string" ? input.source : "";
      const refused = oversizeReport(source);
      if (closed) return Promise.resolve(refusedReport("audit-error", "the auditor is closed: refused"));
      if (refused) return Promise.resolve(refused);
      return new Promise<AuditReport>((resolve) => {
        queue.push({ input: { ...input, source }, resolve });
        pump();
      });
    },
    async close() {
      closed = true;
      for (const job of queue.splice(0))
        job.resolve(refusedReport("audit-error", "the auditor closed before this audit ran: refused"));
      const all = [...slots];
      slots.clear();
      for (const slot of all) finish(slot, refusedReport("audit-error", "the auditor closed during this audit: refused"));
      await Promise.all(all.map((s) => s.worker.terminate()));
    },
  };
}

/** From dist/ the worker is beside this module; from src/ (tests run the TypeScript) it is the compiled one. */
function auditWorkerPath(): string {
  const here = import.meta.url;
  return fileURLToPath(new URL(here.endsWith(".ts") ? "../../dist/src/validator/audit-worker.js" : "./audit-worker.js", here));
}
