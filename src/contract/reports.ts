// The report shapes that cross stages and are stored with a version: the audit's and the trial's.
import type { ActionDescriptor, SkillMethod } from "./types.js";
import type { Capability, Risk } from "./capabilities.js";

/** One reason an audit refuses a skill: a stable rule id and where in the source. */
export interface Finding {
  /** Stable id, e.g. `dynamic-code`, `module-loading`, `db-computed-collection`, `syntax`. */
  rule: string;
  message: string;
  /** 1-based line, 0-based column, as Babel reports them. */
  line: number;
  column: number;
  /** The offending source line (trimmed, capped), for the reader. */
  excerpt?: string;
}

/** What the audit extracted from a skill that passed or failed it. */
export interface AuditReport {
  ok: boolean;
  findings: Finding[];
  /** Exact, sorted capability set; meaningful only when `ok`. */
  capabilities: Capability[];
  risk: Risk;
  /** `slug` literal of the default export, when it could be read. */
  slug?: string;
  /** Literal action descriptors from `getActions()`, when they could be read. */
  actions?: ActionDescriptor[];
  /**
   * sha256 (hex) of the transpiled script the audit checked, which is the script the isolate runs:
   * the source's sha256 names what was written, this one names what executes.
   */
  artifactSha256?: string;
}

/** One step of a trial run. */
export interface TrialStep {
  method: SkillMethod;
  action?: string;
  /** This step sent params the schema refuses: it passes when the host refused them. */
  invalidParams?: true;
  /** Which of the action's random valid params sets this step ran (1-based). */
  paramsSet?: number;
  ok: boolean;
  ms: number;
  error?: string;
}

export interface TrialReport {
  ok: boolean;
  steps: TrialStep[];
  peakHeapBytes: number;
}
