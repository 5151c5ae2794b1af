// The sandbox as the service sees it: `call` runs one method of one version for one tenant in a
// worker process and returns an outcome value; nothing here imports isolated-vm.
import { createHash, randomInt, randomUUID } from "node:crypto";
import { performance } from "node:perf_hooks";
import {
  DEFAULT_SANDBOX_LIMITS,
  SANDBOX_ERROR_CODES,
  SKILL_METHODS,
  type Clock,
  type Ids,
  type JsonSchema,
  type SandboxLimits,
} from "../contract/index.js";
import { createDbBridge, type DbBridge } from "./db-bridge.js";
import { parseGuardedJson } from "./json-guard.js";
import { createTrialRunner, DEFAULT_TRIAL_BUDGET_MS } from "./trial.js";
import type { CallOutcome, Sandbox, SandboxErrorCode, SandboxOptions, SkillCall, Violation } from "./types.js";
import { defaultWorkerPath } from "./worker-path.js";
import { createWorkerPool, type Job, type PoolResult } from "./worker-pool.js";

const CODES: ReadonlySet<string> = new Set<SandboxErrorCode>(SANDBOX_ERROR_CODES);

const SYSTEM_CLOCK: Clock = { now: () => new Date() };
const CRYPTO_IDS: Ids = { uuid: () => randomUUID(), randomInt: (min, max) => randomInt(min, max) };

const MAX_SOURCE_CHARS = 1024 * 1024;

export function resolveLimits(partial: Partial<SandboxLimits> = {}): SandboxLimits {
  const limits = { ...DEFAULT_SANDBOX_LIMITS, ...partial };
  for (const [k, v] of Object.entries(limits)) {
    if (typeof v !== "number" || !Number.isFinite(v) || v <= 0)
      throw new RangeError(`sandbox limit ${k} must be a positive number`);
  }
  return limits;
}

/** Logs come back from a worker: cap them again, the worker is not trusted to have done it. */
function capLogs(raw: unknown, maxChars: number, maxLines: number): string[] {
  if (!Array.isArray(raw)) return [];
  const out: string[] = [];
  let used = 0;
  for (const line of raw) {
    // One more line than the cap: the prelude's "truncated" marker.
    if (typeof line !== "string" || used >= maxChars + 64 || out.length > maxLines) break;
    const piece = line.slice(0, maxChars + 64 - used);
    used += piece.length + 1;
    out.push(piece);
  }
  return out;
}

/** The method's arguments as JSON text; executeAction's params are serialised once, by the caller. */
function argsFor(c: SkillCall, paramsText: string | undefined): string {
  if (c.method === "getActions") return "[]";
  if (c.method === "executeAction")
    return `[${JSON.stringify(c.ctx) ?? "null"},${JSON.stringify(c.action ?? "")},${paramsText ?? "null"}]`;
  return JSON.stringify([c.ctx]);
}

function malformed(c: SkillCall): string | null {
  if (!c || typeof c !== "object") return "not a call";
  if (!SKILL_METHODS.includes(c.method)) return `unknown method ${JSON.stringify(c.method)}`;
  if (typeof c.source !== "string" || typeof c.versionId !== "string") return "source and versionId are required";
  if (c.source.length > MAX_SOURCE_CHARS) return `source is larger than ${MAX_SOURCE_CHARS} characters`;
  if (
    !c.scope ||
    typeof c.scope.tenantId !== "string" ||
    typeof c.scope.skillId !== "string" ||
    !c.scope.tenantId ||
    !c.scope.skillId
  )
    return "scope needs tenantId and skillId";
  if (!Array.isArray(c.capabilities) || c.capabilities.some((x) => typeof x !== "string")) return "capabilities must be strings";
  if (c.method === "executeAction" && typeof c.action !== "string") return "executeAction needs an action";
  return null;
}

/**
 * The code a call ends with. Running out of time or memory is what happened to the call, so it
 * wins (a runaway that also made a denied db call is still a runaway; its violations stay
 * listed); then a capability violation, even one the skill caught; then a cap the service saw
 * breached, even when the skill turned the refusal into an ordinary error or a result.
 */
export function precedence(outcome: CallOutcome, violations: readonly Violation[], breach: string | null): CallOutcome {
  if (!outcome.ok && (outcome.code === "SANDBOX_TIMEOUT" || outcome.code === "SANDBOX_MEMORY")) return outcome;
  const { ms, logs, heapBytes } = outcome;
  const failed = (code: SandboxErrorCode, message: string): CallOutcome => ({
    ok: false,
    code,
    message,
    ms,
    logs,
    heapBytes,
    violations: [...violations],
  });
  if (violations.length > 0) {
    const v = violations[0]!;
    return failed("SANDBOX_CAPABILITY_DENIED", `capability violation: ${v.capability} (${v.reason})`);
  }
  if (breach !== null) return failed("SANDBOX_LIMIT", breach);
  return outcome;
}

export function createSandbox(options: SandboxOptions): Sandbox {
  const limits = resolveLimits(options.limits);
  const trialBudgetMs = options.trialBudgetMs ?? DEFAULT_TRIAL_BUDGET_MS;
  if (!Number.isFinite(trialBudgetMs) || trialBudgetMs <= 0) throw new RangeError("trialBudgetMs must be a positive number");
  const log = options.log ?? (() => {});
  const size = Math.max(1, options.workers ?? 2);
  const pool = createWorkerPool({
    workerPath: options.workerPath ?? defaultWorkerPath(),
    size,
    max: Math.max(size, options.maxWorkers ?? size * 2),
    rssBytes: (options.workerRssMb ?? 640) * 1024 * 1024,
    heapMb: 256,
    graceMs: options.killGraceMs ?? 300,
    limits,
    // JSON escaping can grow a string up to six times; a db request is at most a row plus change.
    maxFrameBytes: 6 * (limits.resultBytes + limits.consoleBytes + limits.rowBytes) + 1024 * 1024,
    onReplaced: (pid, reason) => log({ type: "worker-replaced", pid, reason }),
  });
  const hashes = new Map<string, { source: string; sourceKey: string }>();
  const schemaTexts = new WeakMap<object, string>();
  /** A schema object is usually the same one call after call: stringify it once. */
  function schemaText(schema: JsonSchema): string {
    if (typeof schema !== "object" || schema === null) return JSON.stringify(schema);
    let text = schemaTexts.get(schema);
    if (text === undefined) {
      text = JSON.stringify(schema);
      schemaTexts.set(schema, text);
    }
    return text;
  }

  function sourceKeyOf(c: SkillCall): string {
    let known = hashes.get(c.versionId);
    if (!known || known.source !== c.source) {
      const hash = createHash("sha256").update(c.source).digest("hex").slice(0, 32);
      known = { source: c.source, sourceKey: `${hash}:${JSON.stringify(c.versionId)}` };
      if (hashes.size > 1024) hashes.clear();
      hashes.set(c.versionId, known);
    }
    return known.sourceKey;
  }

  async function call(c: SkillCall): Promise<CallOutcome> {
    const started = performance.now();
    const violations: Violation[] = [];
    const base = () => ({ ms: Math.round((performance.now() - started) * 1000) / 1000, violations });
    const problem = malformed(c);
    if (problem) return { ok: false, code: "SANDBOX_BAD_PARAMS", message: problem, logs: [], heapBytes: 0, ...base() };
    const callLimits = limits;
    const tenantId = c.scope.tenantId;
    // Built on the call's first db request: most calls of some methods never make one.
    let bridge: DbBridge | undefined;
    // Host work for this call ends with it: the service gives the call up at cap + grace.
    const deadline = Date.now() + callLimits.callTimeoutMs + 1_000;
    const bridgeOf = () =>
      (bridge ??= createDbBridge({
        deadline,
        store: options.store,
        scope: c.scope,
        capabilities: new Set(c.capabilities),
        limits: callLimits,
        onViolation: recordViolation,
      }));
    const recordViolation = (violation: Violation) => {
      violations.push(violation);
      log({ type: "violation", versionId: c.versionId, tenantId, violation });
    };
    const sourceKey = sourceKeyOf(c);
    const params = c.method === "executeAction" ? (JSON.stringify(c.params ?? {}) as string | undefined) : undefined;
    const req: Job["req"] = {
      t: "call",
      key: `${sourceKey}:${JSON.stringify(tenantId)}`,
      sourceKey,
      versionId: c.versionId,
      source: c.source,
      method: c.method,
      args: argsFor(c, params),
    };
    if (c.method === "executeAction") {
      req.action = c.action;
      if (params !== undefined) req.params = params;
    }
    if (c.paramsSchema !== undefined) req.paramsSchema = schemaText(c.paramsSchema);
    if (c.measureHeap) req.measureHeap = true;
    const result: PoolResult = await pool.run({ req, onDb: (text) => bridgeOf().handle(text) });
    const settled = settle(result, callLimits);
    // The prelude caught the skill at something the audit refuses: the host records it like a
    // denied db call. (A compromised worker could forge this only to fail its own call.)
    if (!settled.ok && settled.code === "SANDBOX_CAPABILITY_DENIED" && result.kind === "done") {
      const what = /^the skill tried (code generation|a write to a frozen intrinsic)/.exec(settled.message)?.[1] ?? "unknown";
      recordViolation({ op: "runtime", capability: `runtime:${what}`, reason: settled.message });
    }
    // settle and precedence return an outcome of this call alone: fill in its time and violations
    // rather than copy it.
    const final = precedence(settled, violations, bridge?.breach ?? null);
    final.ms = Math.round((performance.now() - started) * 1000) / 1000;
    final.violations = violations;
    if (!final.ok) log({ type: "call-failed", versionId: c.versionId, tenantId, code: final.code, message: final.message });
    return final;
  }

  function settle(result: PoolResult, callLimits: SandboxLimits): CallOutcome {
    const ms = 0,
      violations: Violation[] = [];
    if (result.kind === "killed")
      return { ok: false, code: result.code, message: result.message, logs: [], heapBytes: 0, ms, violations };
    if (result.kind === "crashed")
      return { ok: false, code: "SANDBOX_CRASHED", message: result.message, logs: [], heapBytes: 0, ms, violations };
    const d = result.done;
    const logs = capLogs(d.logs, callLimits.consoleBytes, callLimits.consoleLines);
    const heapBytes = typeof d.heapBytes === "number" && d.heapBytes >= 0 ? d.heapBytes : 0;
    if (!d.ok) {
      const code = typeof d.code === "string" && CODES.has(d.code) ? (d.code as SandboxErrorCode) : "SANDBOX_CRASHED";
      return { ok: false, code, message: String(d.message ?? "failed").slice(0, 2000), logs, heapBytes, ms, violations };
    }
    const parsed = parseGuardedJson(d.result, callLimits.resultBytes);
    if (!parsed.ok) {
      const code = parsed.reason.startsWith("larger") ? "SANDBOX_LIMIT" : "SANDBOX_BAD_RESULT";
      return { ok: false, code, message: `the result was refused: ${parsed.reason}`, logs, heapBytes, ms, violations };
    }
    return { ok: true, value: parsed.value, logs, heapBytes, ms, violations };
  }

  async function dispose(versionId: string): Promise<void> {
    hashes.delete(versionId);
    pool.broadcast({ t: "dispose", versionId });
  }
  return {
    call,
    trial: createTrialRunner({
      call,
      budgetMs: trialBudgetMs,
      dispose,
      store: options.store,
      clock: options.clock ?? SYSTEM_CLOCK,
      ids: options.ids ?? CRYPTO_IDS,
    }),
    dispose,
    async close() {
      pool.close();
    },
  };
}
