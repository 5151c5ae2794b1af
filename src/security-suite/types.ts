// The suite's plain data: a payload as read from disk, what one attempt observed, and the report
// (the JSON a reviewer files with a review and the dashboard shows).
import type { Capability, Json, SandboxLimits, SkillMethod } from "../contract/index.js";

/** The readable story of a payload, from the `<name>.json` beside it. */
export interface PayloadStory {
  category: string;
  technique: string;
  /** What the attacker tries to reach or do. */
  tries: string;
  /** Which defence must stop it, in words. */
  defence: string;
  /** The threat model requires the audit to refuse this payload (default true). */
  auditMustBlock: boolean;
  /** The audit rule the catalogue's stories expect to refuse it. */
  auditRule?: string;
}

/** How the service would call the payload: the approved capabilities and one call after the trial. */
export interface PayloadRun {
  method: SkillMethod;
  action?: string;
  params?: Json;
  /** Approved exactly as listed; when absent, the capabilities the audit extracted. */
  capabilities?: Capability[];
  /** Extra collections approved for reading and writing. */
  collections: string[];
}

export interface Payload extends PayloadStory {
  /** Path under its folder without the extension, e.g. `audit/dynamic-code/plain-eval`. */
  id: string;
  file: string;
  origin: "built-in" | "reviewer";
  language: "ts" | "js";
  source: string;
  run: PayloadRun;
}

/** `skipped` with `--only sandbox`; `error` when the auditor threw or never answered. */
export type AuditVerdict = "blocked" | "passed" | "error" | "skipped";

/** Which lines of defence a run exercises. */
export type SuiteLines = "both" | "audit" | "sandbox";

export interface AuditLine {
  verdict: AuditVerdict;
  rules: string[];
  capabilities: string[];
  findings: Array<{ rule: string; line: number; column: number; message: string }>;
  /** The audit let through a payload the threat model says it must refuse. */
  escaped: boolean;
}

/** One observable that showed a defence failing, e.g. `marker-file` with what was found. */
export interface Escape {
  check: string;
  detail: string;
}

export interface SandboxLine {
  /** `skipped` with `--only audit`. */
  verdict: "contained" | "escaped" | "skipped";
  /** The defences that ended or refused the attempt's calls (`time cap`, `capability check`, …). */
  heldBy: string[];
  escapes: Escape[];
  /** Each call as the service made it: method, and the refusal code when it was refused. */
  calls: Array<{ method: string; action?: string; ok: boolean; code?: string }>;
  peakRssMb: { service: number; worker: number };
}

/** What the service process itself observed; the suite adds the verdict and what it saw from outside. */
export type SandboxObservation = Omit<SandboxLine, "verdict" | "peakRssMb">;

export interface AttemptResult {
  id: string;
  origin: Payload["origin"];
  category: string;
  technique: string;
  tries: string;
  defence: string;
  language: Payload["language"];
  audit: AuditLine;
  sandbox: SandboxLine;
  ms: number;
}

export interface CategoryTotals {
  category: string;
  attempts: number;
  auditBlocked: number;
  auditEscaped: number;
  sandboxEscaped: number;
}

export interface SuiteReport {
  /** False when anything escaped a line the threat model says must hold (exit code 1). */
  ok: boolean;
  startedAt: string;
  ms: number;
  lines: SuiteLines;
  limits: SandboxLimits;
  totals: Omit<CategoryTotals, "category">;
  categories: CategoryTotals[];
  attempts: AttemptResult[];
}
