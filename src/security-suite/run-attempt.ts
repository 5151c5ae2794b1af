// Runs one payload's sandbox line in its own service process. The process is started ahead of its
// attempt (its start-up overlaps the previous attempt), polled for health and memory while it
// runs, and killed with its whole process group when it reports, dies or outlives its budget: a
// crash or a wedge costs one attempt, never the rest of the run.
import { fork, type ChildProcess } from "node:child_process";
import { serviceEscapes, type ServiceFacts } from "./judge.js";
import type { AttemptSpec, FromAttempt, ServiceSetup } from "./attempt-protocol.js";
import { treeRssMb } from "./process-tree.js";
import type { SandboxLine } from "./types.js";

export interface ServiceProcess {
  child: ChildProcess;
  setup: ServiceSetup;
  /** Set once the process has ended: how. */
  ended?: string;
  stderr: string;
}

const POLL_MS = 100;
const ignoreSendError = () => {};

export function killService(s: ServiceProcess): void {
  if (s.child.pid === undefined) return;
  try {
    process.kill(-s.child.pid, "SIGKILL");
  } catch {
    // Already gone.
  }
}

/** Starts a service process in its own process group, so the sandbox workers it starts die with it. */
export function startServiceProcess(childPath: string, setup: ServiceSetup): ServiceProcess {
  const child = fork(childPath, [JSON.stringify(setup)], {
    execArgv: [],
    detached: true,
    stdio: ["ignore", "ignore", "pipe", "ipc"],
    serialization: "json",
  });
  const s: ServiceProcess = { child, setup, stderr: "" };
  child.stderr!.on("data", (d: Buffer) => (s.stderr = (s.stderr + d.toString("utf8")).slice(-400)));
  child.on("exit", (code, signal) => (s.ended = signal ?? `exit ${code}`));
  // A message sent as the process dies fails with EPIPE; the exit is what the attempt reports.
  child.on("error", () => {});
  return s;
}

export function runSandboxAttempt(s: ServiceProcess, spec: AttemptSpec, budgetMs: number): Promise<SandboxLine> {
  const { child } = s;
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
      child.off("message", onMessage).off("exit", onExit);
      killService(s);
      const escapes = [...(observed?.escapes ?? []), ...serviceEscapes(facts, s.setup.workerRssMb)];
      resolve({
        verdict: escapes.length > 0 ? "escaped" : "contained",
        heldBy: observed?.heldBy ?? [],
        escapes,
        calls: observed?.calls ?? [],
        peakRssMb: facts.peakRssMb,
      });
    };
    const onMessage = (m: FromAttempt) => {
      if (m.type === "pong") lastAnswer = performance.now();
      else if (m.type === "result") finish(m.sandbox);
    };
    const onExit = () => {
      const last = s.stderr.trim().split("\n").at(-1);
      facts.died = `the service process ended (${s.ended}) before reporting${last ? `: ${last}` : ""}`;
      finish(undefined);
    };
    const poll = setInterval(() => {
      if (child.pid === undefined) return;
      const rss = treeRssMb(child.pid);
      facts.peakRssMb.service = Math.max(facts.peakRssMb.service, rss.service);
      facts.peakRssMb.worker = Math.max(facts.peakRssMb.worker, rss.worker);
      if (lastAnswer !== undefined) facts.silenceMs = Math.max(facts.silenceMs, Math.round(performance.now() - lastAnswer));
      if (child.connected) child.send({ type: "ping" }, ignoreSendError);
    }, POLL_MS);
    const budget = setTimeout(() => {
      facts.hung = budgetMs;
      finish(undefined);
    }, budgetMs);
    child.on("message", onMessage).on("exit", onExit);
    if (s.ended !== undefined) onExit();
    else child.send({ type: "attempt", spec }, ignoreSendError);
  });
}
