// Runs a list of payloads a few at a time through both lines of defence separately: the audit (in
// the auditor process), then the sandbox with the audit off (in a fresh service process per
// attempt). The report is plain data; the CLI prints it as text, JSON or HTML.
import { DEFAULT_SANDBOX_LIMITS, type Capability, type SandboxLimits } from "../contract/index.js";
import { createAuditor, type AuditResult } from "./auditor.js";
import type { SuiteFault } from "./faults.js";
import { auditEscaped } from "./judge.js";
import { killService, runSandboxAttempt, startServiceProcess, type ServiceProcess } from "./run-attempt.js";
import type { AttemptResult, CategoryTotals, Payload, SandboxLine, SuiteLines, SuiteReport } from "./types.js";

export interface SuiteOptions {
  /** The compiled attempt-child.js; the auditor's audit-child.js sits beside it. */
  childPath: string;
  /** Attempts run at once (default 2): each starts a service process and a sandbox worker. */
  concurrency?: number;
  /** Both lines of defence (default), or only one. */
  lines?: SuiteLines;
  limits?: Partial<SandboxLimits>;
  /** Only for the suite's self-test: a deliberately broken runner (see faults.ts). */
  fault?: SuiteFault;
  workerPath?: string;
  onAttempt?: (result: AttemptResult, done: number, total: number) => void;
}

/** The suite's own limits: the contract's, with a 1 s cap so a runaway costs a second, not five. */
export const SUITE_LIMITS: Readonly<Partial<SandboxLimits>> = Object.freeze({ callTimeoutMs: 1_000 });
const KILL_GRACE_MS = 300;
const WORKER_RSS_MB = 512;
const AUDIT_TIMEOUT_MS = 10_000;

const NOT_RUN: SandboxLine = { verdict: "skipped", heldBy: [], escapes: [], calls: [], peakRssMb: { service: 0, worker: 0 } };

export function totalsOf(attempts: AttemptResult[], category = ""): CategoryTotals {
  return {
    category,
    attempts: attempts.length,
    auditBlocked: attempts.filter((a) => a.audit.verdict === "blocked").length,
    auditEscaped: attempts.filter((a) => a.audit.escaped).length,
    sandboxEscaped: attempts.filter((a) => a.sandbox.verdict === "escaped").length,
  };
}

export async function runSuite(payloads: Payload[], o: SuiteOptions): Promise<SuiteReport> {
  const startedAt = new Date();
  const started = performance.now();
  const lines = o.lines ?? "both";
  const limits = { ...DEFAULT_SANDBOX_LIMITS, ...SUITE_LIMITS, ...o.limits };
  // A trial (up to six calls), one more call and the benign check, each capped, and process starts.
  const budgetMs = 10 * (limits.callTimeoutMs + KILL_GRACE_MS) + 10_000;
  const setup = {
    limits,
    killGraceMs: KILL_GRACE_MS,
    workerRssMb: WORKER_RSS_MB,
    ...(o.workerPath ? { workerPath: o.workerPath } : {}),
    ...(o.fault ? { fault: o.fault } : {}),
  };
  const spares = new Set<ServiceProcess>();
  const auditor = createAuditor(o.childPath.replace(/attempt-child\.js$/, "audit-child.js"), AUDIT_TIMEOUT_MS);
  const results: AttemptResult[] = new Array(payloads.length);
  let next = 0;
  let done = 0;

  const attempt = async (p: Payload, service: ServiceProcess | undefined): Promise<AttemptResult> => {
    const t0 = performance.now();
    // With --only sandbox the audit still runs: its capabilities are what the service would approve.
    const audited: AuditResult = await auditor.audit(p);
    const audit = lines === "sandbox" ? { ...audited, verdict: "skipped" as const, rules: [], findings: [] } : audited;
    const sandbox =
      service === undefined
        ? NOT_RUN
        : await runSandboxAttempt(
            service,
            { source: p.source, capabilities: (p.run.capabilities ?? audited.capabilities) as Capability[], run: p.run },
            budgetMs,
          );
    const { id, origin, category, technique, tries, defence, language } = p;
    return {
      ...{ id, origin, category, technique, tries, defence, language },
      audit: { ...audit, escaped: auditEscaped(audit.verdict, p.auditMustBlock) },
      sandbox,
      ms: Math.round(performance.now() - t0),
    };
  };
  // Each lane keeps the next attempt's service process starting while the current one runs.
  const start = () => {
    const s = startServiceProcess(o.childPath, setup);
    spares.add(s);
    return s;
  };
  const lane = async () => {
    let ready = lines === "audit" ? undefined : start();
    for (let i = next++; i < payloads.length; i = next++) {
      const service = ready;
      ready = lines === "audit" || next >= payloads.length ? undefined : start();
      results[i] = await attempt(payloads[i]!, service);
      if (service) spares.delete(service);
      o.onAttempt?.(results[i]!, ++done, payloads.length);
    }
    if (ready) {
      spares.delete(ready);
      killService(ready);
    }
  };
  try {
    await Promise.all(Array.from({ length: Math.max(1, Math.min(o.concurrency ?? 2, 4)) }, lane));
  } finally {
    auditor.close();
    for (const s of spares) killService(s);
  }
  const { category: _all, ...totals } = totalsOf(results);
  return {
    ok: totals.auditEscaped === 0 && totals.sandboxEscaped === 0,
    startedAt: startedAt.toISOString(),
    ms: Math.round(performance.now() - started),
    lines,
    limits,
    totals,
    categories: [...new Set(results.map((r) => r.category))].sort().map((c) =>
      totalsOf(
        results.filter((r) => r.category === c),
        c,
      ),
    ),
    attempts: results,
  };
}
