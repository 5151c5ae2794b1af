// A trial run: every method of a skill, every action with valid sample params and once with
// invalid ones (which the host must refuse), in a throwaway scope that is deleted afterwards.
// Every output's shape is checked against SKILL-CONTRACT.md §1.
import type { ActionDescriptor, Clock, Ids, Json, RecordStore, SkillMethod } from "../contract/index.js";
import { sampleInvalid, sampleValid } from "./sample-params.js";
import type { CallOutcome, SkillCall, TrialInput, TrialReport, TrialStep } from "./types.js";

const MAX_ACTIONS = 50;
const INSIGHT_TYPES = new Set(["info", "warning", "success"]);

/** A whole trial's wall-clock budget unless the sandbox is given another. */
export const DEFAULT_TRIAL_BUDGET_MS = 20_000;

export interface TrialDeps {
  call(c: SkillCall): Promise<CallOutcome>;
  /** One budget for the whole trial: 50 actions that each run to the cap must not take minutes. */
  budgetMs: number;
  dispose(versionId: string): Promise<void>;
  store: RecordStore;
  clock: Clock;
  ids: Ids;
}

const isObject = (v: unknown): v is Record<string, Json> => v !== null && typeof v === "object" && !Array.isArray(v);

/** Null when `value` is a list of action descriptors, otherwise what is wrong with it. */
export function actionsProblem(value: Json): string | null {
  if (!Array.isArray(value)) return "getActions() must return an array";
  const slugs = new Set<string>();
  for (const [i, d] of value.entries()) {
    if (!isObject(d)) return `action ${i} is not an object`;
    for (const k of ["slug", "name", "description"])
      if (typeof d[k] !== "string" || !d[k]) return `action ${i} needs a string ${k}`;
    if (!isObject(d.params_schema) && typeof d.params_schema !== "boolean") return `action ${i} needs a params_schema object`;
    if (slugs.has(d.slug as string)) return `action slug ${JSON.stringify(d.slug)} appears twice`;
    slugs.add(d.slug as string);
  }
  return null;
}

export function insightsProblem(value: Json): string | null {
  if (!Array.isArray(value)) return "getInsights() must return an array";
  for (const [i, x] of value.entries()) {
    if (!isObject(x) || !INSIGHT_TYPES.has(x.type as string)) return `insight ${i} needs type info, warning or success`;
    if (typeof x.title !== "string" || typeof x.message !== "string") return `insight ${i} needs a string title and message`;
  }
  return null;
}

const describe = (o: CallOutcome) => (o.ok ? "" : `${o.code}: ${o.message}`);

export function createTrialRunner(deps: TrialDeps): (input: TrialInput) => Promise<TrialReport> {
  return async function trial(input) {
    // A throwaway skill scope that every store accepts (a fresh uuid), deleted afterwards.
    const run = deps.ids.uuid();
    const scope = { tenantId: input.tenantId, skillId: run };
    const base = {
      versionId: `trial:${run}`,
      source: input.source,
      capabilities: input.capabilities,
      scope,
      ctx: { tenantId: input.tenantId, config: input.config ?? {}, now: deps.clock.now().toISOString() },
      measureHeap: true,
    };
    const steps: TrialStep[] = [];
    let peakHeapBytes = 0;
    const started = performance.now();
    let stopped = false;
    /** Calls still running when the trial stopped: the scope is dropped once they have ended. */
    const inFlight: Promise<unknown>[] = [];
    const step = async (
      method: SkillMethod,
      extra: Partial<SkillCall>,
      check: (o: CallOutcome) => string | null,
      label?: Partial<TrialStep>,
    ): Promise<CallOutcome | null> => {
      if (stopped) return null;
      const left = deps.budgetMs - (performance.now() - started);
      const pending = deps.call({ ...base, method, ...extra });
      let timer: NodeJS.Timeout | undefined;
      const o = await Promise.race([
        pending,
        new Promise<null>((resolve) => (timer = setTimeout(() => resolve(null), Math.max(0, left)))),
      ]);
      clearTimeout(timer);
      if (o === null) {
        stopped = true;
        inFlight.push(pending);
        const ms = Math.round((performance.now() - started) * 10) / 10;
        steps.push({ method, ...label, ok: false, ms, error: `the trial ran out of its ${deps.budgetMs} ms budget` });
        return null;
      }
      peakHeapBytes = Math.max(peakHeapBytes, o.heapBytes);
      const error = check(o);
      steps.push({ method, ...label, ok: error === null, ms: Math.round(o.ms * 10) / 10, ...(error === null ? {} : { error }) });
      // A step that ran to the cap says enough; the rest would only spend the budget on it again.
      if (!o.ok && o.code === "SANDBOX_TIMEOUT") stopped = true;
      return o;
    };
    const okAnd = (shape?: (v: Json) => string | null) => (o: CallOutcome) =>
      o.ok ? (shape ? shape(o.value) : null) : describe(o);
    try {
      const listed = await step("getActions", {}, okAnd(actionsProblem));
      const actions = listed?.ok && actionsProblem(listed.value) === null ? (listed.value as unknown as ActionDescriptor[]) : [];
      for (const a of actions.slice(0, MAX_ACTIONS)) {
        const common = { action: a.slug, paramsSchema: a.params_schema };
        await step("executeAction", { ...common, params: sampleValid(a.params_schema) }, okAnd(), { action: a.slug });
        const invalid = sampleInvalid(a.params_schema);
        if (invalid === undefined) continue;
        await step(
          "executeAction",
          { ...common, params: invalid },
          (o) =>
            !o.ok && o.code === "SANDBOX_BAD_PARAMS" ? null : `invalid params were not refused (${o.ok ? "accepted" : o.code})`,
          { action: a.slug, invalidParams: true },
        );
      }
      await step("getData", {}, okAnd());
      await step("getInsights", {}, okAnd(insightsProblem));
    } finally {
      const cleanUp = async () => {
        await deps.store.dropSkillData(scope).catch(() => 0);
        await deps.dispose(base.versionId);
      };
      // A call cut off by the budget still ends by its own cap: drop its writes after it, without
      // holding the report back.
      if (inFlight.length > 0) void Promise.allSettled(inFlight).then(cleanUp);
      else await cleanUp();
    }
    return { ok: !stopped && steps.every((s) => s.ok), steps, peakHeapBytes };
  };
}
