// A trial run: every method of a skill, every action with several random sets of valid params
// and once with invalid ones (which the host must refuse), in a throwaway scope that is deleted
// afterwards. Every output's shape is checked against SKILL-CONTRACT.md §1. The valid sets are
// drawn afresh for every trial (sample-params.ts), so a skill cannot recognise them, and the
// trial passes only if every set passes.
//
// The trial also captures the version's actions: getActions() runs first with no capabilities, its
// answer must be a list of descriptors whose params schemas pass the audit's own schema rules
// (src/json-schema skillSchemaProblem), equal the audit's reading when the audit had one, and come
// back the same on a second call and once more after every other step. That capture is
// `TrialReport.actions`: every action step below uses it, and the approval and every later call
// use it (or the audit's equal reading), never what getActions() returns later.
import {
  descriptorsOf,
  sameActions,
  type ActionDescriptor,
  type Capability,
  type Clock,
  type Ids,
  type Json,
  type RecordStore,
  type SkillMethod,
  UUID_RE,
} from "../contract/index.js";
import { skillSchemaProblem } from "../json-schema/index.js";
import { sampleInvalid, sampleValid, type Rand } from "./sample-params.js";
import type { CallOutcome, SkillCall, TrialInput, TrialReport, TrialStep } from "./types.js";

const MAX_ACTIONS = 50;
/** Random valid params sets per action: a skill that misbehaves on any one of them fails. */
export const PARAMS_SETS = 3;
/** Draws per set: a draw the host refuses (a schema keyword the sampler cannot honour) is drawn again. */
const DRAWS = 4;
const INSIGHT_TYPES = new Set(["info", "warning", "success"]);
/** getActions() is captured with no capabilities: a list of actions never needs the tenant's data. */
const NO_CAPABILITIES: { capabilities: Capability[] } = { capabilities: [] };

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

/** Null when every params_schema passes the rules the audit checks a literal one with. */
export function actionSchemasProblem(list: ActionDescriptor[]): string | null {
  for (const a of list) {
    const problem = skillSchemaProblem(a.params_schema);
    if (problem) return `params_schema of ${JSON.stringify(a.slug)} is refused: ${problem}`;
  }
  return null;
}

/** Null when `value` may be captured as the version's actions (`audited`: the audit's reading, if any). */
export function captureProblem(value: Json, audited: ActionDescriptor[] | undefined): string | null {
  const shape = actionsProblem(value);
  if (shape !== null) return shape;
  const list = descriptorsOf(value as unknown as ActionDescriptor[]);
  const schemas = actionSchemasProblem(list);
  if (schemas !== null) return schemas;
  if (audited && !sameActions(list, audited))
    return "getActions() returned other actions than the audit read from the source: the version's actions must be the ones shown for approval";
  return null;
}

/** getActions() runs with no capabilities: a denied db call says why in the skill author's terms. */
function captureFailure(o: CallOutcome): string {
  if (!o.ok && o.code === "SANDBOX_CAPABILITY_DENIED")
    return `getActions() must be a function of the module's constants and may not use db (${o.code}: ${o.message})`;
  return `getActions() failed, so its actions cannot be captured (${describe(o)})`;
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
    // Rows are scoped by tenant, and every store wants a uuid: say so, rather than let each db
    // step fail with a storage error.
    if (!UUID_RE.test(input.tenantId)) throw new TypeError("trial: tenantId must be a uuid");
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
    const rand: Rand = (n) => (n <= 1 ? 0 : deps.ids.randomInt(0, n));
    let peakHeapBytes = 0;
    const started = performance.now();
    let stopped = false;
    /** Calls still running when the trial stopped: the scope is dropped once they have ended. */
    const inFlight: Promise<unknown>[] = [];
    /**
     * One step. `extra` is called once per draw: when `redraw` is set, a call the host refused as
     * SANDBOX_BAD_PARAMS is our sampler's miss, not the skill's, and is drawn again (the skill
     * never saw those params).
     */
    const step = async (
      method: SkillMethod,
      extra: () => Partial<SkillCall>,
      check: (o: CallOutcome) => string | null,
      label?: Partial<TrialStep>,
      redraw = false,
    ): Promise<CallOutcome | null> => {
      let o: CallOutcome | null = null;
      let sent: Partial<SkillCall> = {};
      for (let draw = 0; draw < (redraw ? DRAWS : 1) && !stopped; draw++) {
        sent = extra();
        o = await callWithinBudget(method, sent, label);
        if (o === null || o.ok || o.code !== "SANDBOX_BAD_PARAMS") break;
      }
      if (o === null) return null;
      peakHeapBytes = Math.max(peakHeapBytes, o.heapBytes);
      let error = check(o);
      if (error !== null && redraw && !o.ok && o.code === "SANDBOX_BAD_PARAMS")
        error = `the trial could not draw params its schema accepts in ${DRAWS} tries (${o.message}): the schema uses keywords the trial cannot sample`;
      // Which random params failed, so that the author (or the repair loop) can reproduce it.
      else if (error !== null && redraw) error += ` (params ${JSON.stringify(sent.params).slice(0, 300)})`;
      steps.push({ method, ...label, ok: error === null, ms: Math.round(o.ms * 10) / 10, ...(error === null ? {} : { error }) });
      // A step that ran to the cap says enough; the rest would only spend the budget on it again.
      if (!o.ok && o.code === "SANDBOX_TIMEOUT") stopped = true;
      return o;
    };
    const callWithinBudget = async (method: SkillMethod, extra: Partial<SkillCall>, label?: Partial<TrialStep>) => {
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
      }
      return o;
    };
    let captured: ActionDescriptor[] | undefined;
    /**
     * getActions() once more, in the same isolate: it must return the captured actions again (a
     * list that depends on a counter, the clock or what other calls did is not a version's
     * contract). A difference is a failed getActions step; agreement adds no step.
     */
    const stable = async (want: ActionDescriptor[], when: string): Promise<boolean> => {
      const o = await callWithinBudget("getActions", NO_CAPABILITIES);
      if (o === null) return false;
      peakHeapBytes = Math.max(peakHeapBytes, o.heapBytes);
      const got = o.ok && actionsProblem(o.value) === null ? (o.value as unknown as ActionDescriptor[]) : null;
      if (got && sameActions(got, want)) return true;
      const what = o.ok ? "returned other actions" : captureFailure(o);
      const error = `getActions() must return the same actions on every call: ${when} ${what}`;
      steps.push({ method: "getActions", ok: false, ms: Math.round(o.ms * 10) / 10, error });
      return false;
    };
    const okAnd = (shape?: (v: Json) => string | null) => (o: CallOutcome) =>
      o.ok ? (shape ? shape(o.value) : null) : describe(o);
    try {
      const listed = await step(
        "getActions",
        () => NO_CAPABILITIES,
        (o) => (o.ok ? captureProblem(o.value, input.actions) : captureFailure(o)),
      );
      if (listed?.ok && captureProblem(listed.value, input.actions) === null) {
        captured = descriptorsOf(listed.value as unknown as ActionDescriptor[]);
        if (!(await stable(captured, "called a second time,"))) captured = undefined;
      }
      const actions = captured ?? [];
      for (const a of actions.slice(0, MAX_ACTIONS)) {
        const common = { action: a.slug, paramsSchema: a.params_schema };
        for (let set = 1; set <= PARAMS_SETS; set++)
          await step(
            "executeAction",
            () => ({ ...common, params: sampleValid(a.params_schema, rand) }),
            okAnd(),
            { action: a.slug, paramsSet: set },
            true,
          );
        const invalid = sampleInvalid(a.params_schema);
        if (invalid === undefined) continue;
        await step(
          "executeAction",
          () => ({ ...common, params: invalid }),
          (o) =>
            !o.ok && o.code === "SANDBOX_BAD_PARAMS" ? null : `invalid params were not refused (${o.ok ? "accepted" : o.code})`,
          { action: a.slug, invalidParams: true },
        );
      }
      await step("getData", () => ({}), okAnd());
      await step("getInsights", () => ({}), okAnd(insightsProblem));
      if (captured && !(await stable(captured, "after the trial's other calls,"))) captured = undefined;
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
    const ok = !stopped && steps.every((s) => s.ok);
    return { ok, steps, peakHeapBytes, ...(captured ? { actions: captured } : {}) };
  };
}
