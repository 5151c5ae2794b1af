// The report shapes that cross stages and are stored with a version: the audit's and the trial's.
import type { ActionDescriptor, Json, SkillMethod } from "./types.js";
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
   * `getActions()` computes its actions from the module's constants (`.map`, `Object.fromEntries`,
   * a loop over a table) in a way the audit does not read: the trial captures them
   * (`TrialReport.actions`), and the captured ones are the version's actions.
   */
  actionsAtTrial?: true;
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
  /**
   * What `getActions()` returned in the trial, checked (shape, schemas, the same on every call, the
   * audit's reading when it had one); absent when the capture failed.
   */
  actions?: ActionDescriptor[];
}

/**
 * A version's actions, as the approval shows them and every call validates against: the audit's
 * reading of the source when it had one (the trial then captured the same), otherwise what the
 * trial captured. Null when neither exists (a version stored before actions were captured and
 * that the audit could not read): such a version has no callable actions. The one place that
 * decides: never what `getActions()` returns at call time.
 */
export function versionActions(
  audit: Pick<AuditReport, "actions"> | null | undefined,
  trial: Pick<TrialReport, "actions"> | null | undefined,
): ActionDescriptor[] | null {
  return audit?.actions ?? trial?.actions ?? null;
}

/** The four fields of each descriptor: what is shown, stored and compared (extra keys are dropped). */
export function descriptorsOf(list: readonly ActionDescriptor[]): ActionDescriptor[] {
  return list.map(({ slug, name, description, params_schema }) => ({ slug, name, description, params_schema }));
}

/** JSON text with object keys sorted, so two readings of one value compare equal whatever their key order. */
function canonicalJson(value: Json): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  if (value === null || typeof value !== "object") return JSON.stringify(value);
  const keys = Object.keys(value).sort();
  return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(value[k]!)}`).join(",")}}`;
}

/** Whether two lists of actions are the same (key order aside); what cannot be compared (too deep) is not. */
export function sameActions(a: readonly ActionDescriptor[], b: readonly ActionDescriptor[]): boolean {
  try {
    return canonicalJson(descriptorsOf(a) as unknown as Json) === canonicalJson(descriptorsOf(b) as unknown as Json);
  } catch {
    return false;
  }
}
