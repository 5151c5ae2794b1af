// detect → generate → audit → trial, with the repair loop: when the audit or the trial refuses a
// draft, its findings and failed steps go back to the generator, up to `maxAttempts` drafts. Every
// attempt is kept for the report. The audit, the trial and detection are functions passed in by
// the composition root: the generator never imports the validator, the sandbox or the detector.
// Stops at "ready for approval"; approval and registration are the caller's next steps.
import type { AuditReport, Clock, Capability, JsonObject, JsonSchema, LlmUsage, TrialReport } from "../contract/index.js";
import type { SkillNeed } from "../detector/index.js";
import type { GenerationOutcome, RepairNotes, SkillDraft, SkillGenerator } from "./types.js";

export type Stage = "detect" | "generate" | "audit" | "trial" | "ready" | "failed";

export interface ProgressEvent {
  stage: Stage;
  ok: boolean;
  /** Milliseconds this stage took (for ready/failed: the whole run). */
  ms: number;
  attempt?: number;
  detail?: string;
}

export interface AttemptReport {
  attempt: number;
  draft?: SkillDraft;
  error?: { code: string; message: string };
  audit?: AuditReport;
  trial?: TrialReport;
}

export type FailureCode = "GENERATOR_NO_NEED" | "GENERATOR_FAILED" | Extract<GenerationOutcome, { ok: false }>["code"];

export interface GenerateResult {
  ok: boolean;
  need: SkillNeed | null;
  /** The draft that passed, or the last one tried. */
  draft: SkillDraft | null;
  audit: AuditReport | null;
  trial: TrialReport | null;
  attempts: AttemptReport[];
  error?: { code: FailureCode; message: string };
}

export type Detected = SkillNeed | null | { refused: string };

export interface PipelineDeps {
  generator: SkillGenerator;
  /** A need, nothing, or a refusal whose reason the user is shown ("the request asks to stop tracking"). */
  detect(text: string): Detected | Promise<Detected>;
  /** The validator's auditor in production (bounded in time and memory; its refusals are findings like any other). */
  audit(input: {
    source: string;
    language?: "js" | "ts";
    configSchema?: JsonSchema;
    collectionSchemas?: Record<string, JsonSchema>;
  }): AuditReport | Promise<AuditReport>;
  trial(input: {
    source: string;
    capabilities: readonly Capability[];
    tenantId: string;
    config?: JsonObject;
  }): Promise<TrialReport>;
  clock: Clock;
  /** Drafts tried at most (default 3; a deterministic generator gets one). */
  maxAttempts?: number;
}

export interface GenerateInput {
  /** The user's request; detection runs on it unless `need` is given. */
  text?: string;
  need?: SkillNeed;
  tenantId: string;
  current?: SkillDraft;
  signal?: AbortSignal;
}

const addUsage = (a: LlmUsage, b: LlmUsage): LlmUsage => ({
  inputTokens: a.inputTokens + b.inputTokens,
  outputTokens: a.outputTokens + b.outputTokens,
});

export function createGeneratePipeline(deps: PipelineDeps) {
  const limit = deps.generator.name === "offline" ? 1 : Math.max(1, Math.min(deps.maxAttempts ?? 3, 5));
  const elapsed = (since: number) => deps.clock.now().getTime() - since;

  return async function generate(
    input: GenerateInput,
    onProgress: (e: ProgressEvent) => void = () => {},
  ): Promise<GenerateResult> {
    const started = deps.clock.now().getTime();
    const attempts: AttemptReport[] = [];
    const finish = (result: Omit<GenerateResult, "attempts">): GenerateResult => {
      onProgress({
        stage: result.ok ? "ready" : "failed",
        ok: result.ok,
        ms: elapsed(started),
        ...(result.error ? { detail: result.error.message } : {}),
      });
      return { ...result, attempts };
    };

    let t = deps.clock.now().getTime();
    const detected = input.need ?? (input.text ? await deps.detect(input.text) : null);
    const need = detected && "refused" in detected ? null : detected;
    const refusal = detected && "refused" in detected ? detected.refused : undefined;
    onProgress({ stage: "detect", ok: need !== null, ms: elapsed(t), ...(need ? { detail: need.subject } : {}) });
    if (!need)
      return finish({
        ok: false,
        need: null,
        draft: null,
        audit: null,
        trial: null,
        error: { code: "GENERATOR_NO_NEED", message: refusal ?? "no tracking request found in the text" },
      });

    let previous: RepairNotes | undefined;
    let usage: LlmUsage = { inputTokens: 0, outputTokens: 0 };
    let last: AttemptReport | undefined;
    for (let attempt = 1; attempt <= limit; attempt++) {
      t = deps.clock.now().getTime();
      const outcome = await deps.generator.generate(
        {
          need,
          ...(input.text ? { request: input.text } : {}),
          ...(previous ? { previous } : {}),
          ...(input.current ? { current: input.current } : {}),
        },
        input.signal,
      );
      onProgress({
        stage: "generate",
        ok: outcome.ok,
        ms: elapsed(t),
        attempt,
        ...(outcome.ok ? {} : { detail: outcome.message }),
      });
      if (!outcome.ok) {
        if (outcome.usage) usage = addUsage(usage, outcome.usage);
        attempts.push((last = { attempt, error: { code: outcome.code, message: outcome.message } }));
        // A malformed answer may come right next time; a refusal or an outage will not.
        if (outcome.code !== "GENERATOR_BAD_ANSWER")
          return finish({
            ok: false,
            need,
            draft: previous?.draft ?? null,
            audit: null,
            trial: null,
            error: { code: outcome.code, message: outcome.message },
          });
        continue;
      }
      usage = addUsage(usage, outcome.draft.meta.usage);
      const renamed = input.current && outcome.draft.manifest.slug !== input.current.manifest.slug;
      if (renamed) {
        // A change is the next version of the same skill: its slug (and with it the data) stays.
        const message = `the draft renamed ${input.current!.manifest.slug} to ${outcome.draft.manifest.slug}; a change keeps the slug`;
        attempts.push((last = { attempt, draft: outcome.draft, error: { code: "GENERATOR_BAD_ANSWER", message } }));
        continue;
      }
      const draft: SkillDraft = { ...outcome.draft, meta: { ...outcome.draft.meta, usage, attempts: attempt } };

      t = deps.clock.now().getTime();
      const audit = await deps.audit({
        source: draft.source,
        language: draft.language,
        configSchema: draft.config_schema,
        collectionSchemas: draft.collections,
      });
      onProgress({
        stage: "audit",
        ok: audit.ok,
        ms: elapsed(t),
        attempt,
        detail: audit.ok ? audit.capabilities.join(", ") : `${audit.findings.length} finding(s)`,
      });
      if (!audit.ok) {
        attempts.push((last = { attempt, draft, audit }));
        previous = { draft, findings: audit.findings, failures: [] };
        continue;
      }

      t = deps.clock.now().getTime();
      // The audit's reading of the actions (when it had one) is what the trial's capture must equal.
      const trial = await deps.trial({
        source: draft.source,
        capabilities: audit.capabilities,
        tenantId: input.tenantId,
        ...(audit.actions ? { actions: audit.actions } : {}),
      });
      const failures = trial.steps.filter((s) => !s.ok);
      onProgress({
        stage: "trial",
        ok: trial.ok,
        ms: elapsed(t),
        attempt,
        detail: `${trial.steps.length - failures.length}/${trial.steps.length} steps passed`,
      });
      attempts.push((last = { attempt, draft, audit, trial }));
      if (trial.ok) return finish({ ok: true, need, draft, audit, trial });
      previous = { draft, findings: [], failures };
    }
    return finish({
      ok: false,
      need,
      draft: last?.draft ?? null,
      audit: last?.audit ?? null,
      trial: last?.trial ?? null,
      error: { code: "GENERATOR_FAILED", message: `no draft passed audit and trial in ${attempts.length} attempt(s)` },
    });
  };
}

export type GeneratePipeline = ReturnType<typeof createGeneratePipeline>;
