// Runs one payload's sandbox line in its own service process. The process is polled for health
// and memory while it runs, and killed with its whole process group when it reports, dies or
// outlives its budget: a crash or a wedge costs one attempt, never the rest of the run.
import { fork } from "node:child_process";
import { serviceEscapes, type ServiceFacts } from "./judge.js";
import type { AttemptSpec, FromAttempt } from "./attempt-protocol.js";
import { treeRssMb } from "./process-tree.js";
import type { SandboxLine } from "./types.js";

export interface AttemptOptions {
  /** The compiled attempt-child.js. */
  childPath: string;
  /** Wall-clock budget of the whole attempt before it is killed and reported as hung. */
  budgetMs: number;
}

const POLL_MS = 100;

function killGroup(pid: number | undefined): void {
  if (pid === undefined) return;
  try {
    process.kill(-pid, "SIGKILL");
  } catch {
    // Already gone.
  }
}

export function runSandboxAttempt(spec: AttemptSpec, o: AttemptOptions): Promise<SandboxLine> {
  // Its own process group, so the sandbox workers it starts die with it.
  const child = fork(o.childPath, [], {
    execArgv: [],
    detached: true,
    stdio: ["ignore", "ignore", "pipe", "ipc"],
    serialization: "json",
  });
  let stderr = "";
  child.stderr!.on("data", (d: Buffer) => (stderr = (stderr + d.toString("utf8")).slice(-400)));
  const facts: ServiceFacts = { silenceMs: 0, peakRssMb: { service: 0, worker: 0 } };
  // Silence counts from the first answer: a process still starting up is covered by the budget.
  let lastAnswer: number | undefined;

  return new Promise<SandboxLine>((resolve) => {
    let done = false;
    const finish = (observed: Extract<FromAttempt, { type: "result" }>["sandbox"] | undefined) => {
      if (done) return;
      done = true;
      clearInterval(poll);
      clearTimeout(budget);
      killGroup(child.pid);
      const escapes = [...(observed?.escapes ?? []), ...serviceEscapes(facts, spec.workerRssMb)];
      resolve({
        verdict: escapes.length > 0 ? "escaped" : "contained",
        heldBy: observed?.heldBy ?? [],
        escapes,
        calls: observed?.calls ?? [],
        peakRssMb: facts.peakRssMb,
      });
    };
    const poll = setInterval(() => {
      if (child.pid === undefined) return;
      const rss = treeRssMb(child.pid);
      facts.peakRssMb.service = Math.max(facts.peakRssMb.service, rss.service);
      facts.peakRssMb.worker = Math.max(facts.peakRssMb.worker, rss.worker);
      if (lastAnswer !== undefined) facts.silenceMs = Math.max(facts.silenceMs, Math.round(performance.now() - lastAnswer));
      if (child.connected) child.send({ type: "ping" });
    }, POLL_MS);
    const budget = setTimeout(() => {
      facts.hung = o.budgetMs;
      finish(undefined);
    }, o.budgetMs);
    child.on("message", (m: FromAttempt) => {
      if (m.type === "pong") lastAnswer = performance.now();
      else if (m.type === "result") finish(m.sandbox);
    });
    child.on("exit", (code, signal) => {
      const last = stderr.trim().split("\n").at(-1);
      facts.died = `the service process ended (${signal ?? `exit ${code}`}) before reporting${last ? `: ${last}` : ""}`;
      finish(undefined);
    });
    child.send({ type: "attempt", spec });
  });
}
