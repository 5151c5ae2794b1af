import type {
  ActionDescriptor,
  Capability,
  Clock,
  Ids,
  Json,
  JsonObject,
  JsonSchema,
  RecordScope,
  RecordStore,
  SandboxErrorCode,
  SandboxLimits,
  SkillContext,
  SkillMethod,
} from "../contract/index.js";

import type { TrialReport } from "../contract/index.js";
export type { SandboxErrorCode, TrialReport, TrialStep } from "../contract/index.js";

/**
 * A `db` call outside the approved capability set or the invocation's scope, or (op `runtime`)
 * something the audit refuses that the skill tried at run time: compiling code from a string,
 * replacing a frozen intrinsic.
 */
export interface Violation {
  op: "select" | "insert" | "update" | "unknown" | "runtime";
  /** The capability the call needed (`data.write:c`), the raw collection when it was not a name, or `runtime:<what>`. */
  capability: string;
  reason: string;
}

interface OutcomeCommon {
  ms: number;
  logs: string[];
  /** Run-time capability violations of this call; any entry fails the call. */
  violations: Violation[];
  /** Heap of the isolate after the call (used + external), 0 when it was disposed. */
  heapBytes: number;
}

export type CallOutcome =
  ({ ok: true; value: Json } & OutcomeCommon) | ({ ok: false; code: SandboxErrorCode; message: string } & OutcomeCommon);

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
  /**
   * The action's `params_schema` as approved (e.g. from the audit report). When absent the host
   * asks the version's own `getActions()` once and caches the answer per isolate. Treated as
   * immutable: the sandbox serializes a given schema object once.
   */
  paramsSchema?: JsonSchema;
  /** Kept for callers that set it: the isolate's heap is measured after every call. */
  measureHeap?: boolean;
}

/** Something the lead may persist or print: violations, recycled isolates, replaced workers. */
export type SandboxEvent =
  | { type: "violation"; versionId: string; tenantId: string; violation: Violation }
  | { type: "call-failed"; versionId: string; tenantId: string; code: SandboxErrorCode; message: string }
  | { type: "worker-replaced"; pid: number | undefined; reason: string };

export interface SandboxOptions {
  limits?: Partial<SandboxLimits>;
  /** Worker processes kept ready (default 2); more are started while all are busy, up to `maxWorkers`. */
  workers?: number;
  maxWorkers?: number;
  store: RecordStore;
  /** The trial's `ctx.now` and throwaway scope ids (default: the system clock, crypto uuids). */
  clock?: Clock;
  ids?: Ids;
  log?: (event: SandboxEvent) => void;
  /** Worker RSS ceiling before the parent kills it (default 640 MB). */
  workerRssMb?: number;
  /** Extra wall-clock time the worker gets to end a runaway call itself before it is killed. */
  killGraceMs?: number;
  /** Wall-clock budget of a whole trial (default 20 s); a trial also stops at its first step that times out. */
  trialBudgetMs?: number;
  /** Override of the compiled worker entry (default: `dist/src/sandbox/worker.js` of the package). */
  workerPath?: string;
}

export interface TrialInput {
  source: string;
  capabilities: readonly Capability[];
  tenantId: string;
  config?: JsonObject;
  /**
   * The audit's reading of the actions (`AuditReport.actions`), when it had one: what getActions()
   * returns in the trial must equal it. Absent when the audit left the actions to the trial.
   */
  actions?: ActionDescriptor[];
}

export interface Sandbox {
  call(call: SkillCall): Promise<CallOutcome>;
  trial(input: TrialInput): Promise<TrialReport>;
  /** Drops every pooled isolate of a version (deactivation, rollback). */
  dispose(versionId: string): Promise<void>;
  /** Kills every worker; pending calls end with `SANDBOX_CRASHED`. */
  close(): Promise<void>;
}
