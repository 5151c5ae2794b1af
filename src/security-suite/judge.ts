// The verdicts, as pure functions over what an attempt left behind: which observable shows a
// defence failing (an escape), and which defence ended each refused call.
import type { SandboxLimits, TrialReport } from "../contract/index.js";
import type { AuditLine, Escape, SandboxLine } from "./types.js";

/** A refusal code names the defence that held. */
const HELD_BY: Readonly<Record<string, string>> = {
  SANDBOX_TIMEOUT: "time cap",
  SANDBOX_MEMORY: "memory cap",
  SANDBOX_CAPABILITY_DENIED: "capability check",
  SANDBOX_LIMIT: "call and size caps",
  SANDBOX_BAD_PARAMS: "params schema",
  SANDBOX_BAD_RESULT: "result check",
  SANDBOX_SKILL_ERROR: "isolate (the attempt failed inside it)",
  SANDBOX_CRASHED: "worker process (replaced)",
};

/** Host-side slack over the time cap and kill grace before a call counts as outliving its cap. */
export const LATE_SLACK_MS = 2_000;

export function heldBy(calls: SandboxLine["calls"]): string[] {
  const held = new Set(calls.flatMap((c) => (c.code && HELD_BY[c.code] ? [HELD_BY[c.code]!] : [])));
  return held.size > 0 ? [...held].sort() : ["isolation (every call ran, nothing reached the host)"];
}

/** The trial's steps as calls; the step that sends invalid params on purpose is the trial's own check. */
export function trialCalls(report: TrialReport): SandboxLine["calls"] {
  return report.steps
    .filter((s) => !s.invalidParams)
    .map((s) => ({
      method: s.method,
      ...(s.action ? { action: s.action } : {}),
      ok: s.ok,
      ...(s.error ? { code: /^(SANDBOX_[A-Z_]+)/.exec(s.error)?.[1] ?? "TRIAL_SHAPE" } : {}),
    }));
}

export function lateCalls(ms: number[], limits: SandboxLimits, killGraceMs: number): Escape[] {
  const cap = limits.callTimeoutMs + killGraceMs + LATE_SLACK_MS;
  return ms
    .filter((m) => m > cap)
    .map((m) => ({ check: "time-cap", detail: `a call ran ${Math.round(m)} ms (cap ${limits.callTimeoutMs} ms)` }));
}

export function floods(outcome: { logs: string[]; value?: unknown }, limits: SandboxLimits): Escape[] {
  const found: Escape[] = [];
  const logChars = outcome.logs.reduce((n, l) => n + l.length + 1, 0);
  if (logChars > limits.consoleBytes + 1024)
    found.push({ check: "log-flood", detail: `${logChars} characters of logs reached the host` });
  const size = outcome.value === undefined ? 0 : JSON.stringify(outcome.value).length;
  if (size > limits.resultBytes) found.push({ check: "result-flood", detail: `a ${size}-character result reached the host` });
  return found;
}

export interface ServiceFacts {
  /** How the service process ended before reporting, if it did. */
  died?: string;
  /** The attempt outlived its budget and was killed. */
  hung?: number;
  /** Longest the service went without answering a health poll while the sandbox ran. */
  silenceMs: number;
  peakRssMb: { service: number; worker: number };
}

export const SILENCE_LIMIT_MS = 2_000;
export const SERVICE_RSS_CAP_MB = 512;

export function serviceEscapes(f: ServiceFacts, workerRssCapMb: number): Escape[] {
  const found: Escape[] = [];
  if (f.died) found.push({ check: "service-died", detail: f.died });
  if (f.hung) found.push({ check: "attempt-hung", detail: `no verdict within ${f.hung} ms; killed` });
  if (f.silenceMs > SILENCE_LIMIT_MS)
    found.push({ check: "service-unresponsive", detail: `no health answer for ${f.silenceMs} ms` });
  if (f.peakRssMb.service > SERVICE_RSS_CAP_MB)
    found.push({ check: "service-rss", detail: `service RSS reached ${f.peakRssMb.service} MB (cap ${SERVICE_RSS_CAP_MB} MB)` });
  // The sandbox's watchdog samples every 100 ms, so a burst may overshoot before the kill.
  if (f.peakRssMb.worker > workerRssCapMb + 128)
    found.push({ check: "worker-rss", detail: `worker RSS reached ${f.peakRssMb.worker} MB (cap ${workerRssCapMb} MB)` });
  return found;
}

export function auditEscaped(verdict: AuditLine["verdict"], mustBlock: boolean): boolean {
  return mustBlock && verdict !== "blocked" && verdict !== "skipped";
}
