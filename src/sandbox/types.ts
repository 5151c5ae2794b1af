import type { Capability, Json, RecordScope, SkillContext, SkillMethod } from "../contract/index.js";

/** One step of a trial run. */
export interface TrialStep {
  method: SkillMethod;
  action?: string;
  ok: boolean;
  ms: number;
  error?: string;
}

export interface TrialReport {
  ok: boolean;
  steps: TrialStep[];
  peakHeapBytes: number;
}

/** Failure codes of one sandboxed call, stable for API and CLI. */
export type SandboxErrorCode =
  | "SANDBOX_TIMEOUT"
  | "SANDBOX_MEMORY"
  | "SANDBOX_CAPABILITY_DENIED"
  | "SANDBOX_LIMIT"
  | "SANDBOX_BAD_RESULT"
  | "SANDBOX_SKILL_ERROR"
  | "SANDBOX_CRASHED";

export type CallOutcome =
  | { ok: true; value: Json; ms: number; logs: string[] }
  | { ok: false; code: SandboxErrorCode; message: string; ms: number; logs: string[] };

/** What the sandbox needs to run one method of one version. */
export interface SkillCall {
  versionId: string;
  source: string;
  capabilities: readonly Capability[];
  /** Tenant + skill the `db` bridge is confined to (the collection comes from each call). */
  scope: Omit<RecordScope, "collection">;
  ctx: SkillContext;
  method: SkillMethod;
  action?: string;
  params?: Json;
}
