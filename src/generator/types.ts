import type { Finding, JsonSchema, LlmUsage, TrialStep } from "../contract/index.js";
import type { SkillNeed } from "../detector/index.js";
import type { Names } from "./offline/naming.js";
import type { Plan } from "./offline/plan.js";

export interface SkillManifest {
  slug: string;
  name: string;
  description: string;
}

export type GeneratorName = "anthropic" | "openai" | "offline";

/** Who wrote a draft, with which prompt, at what cost: recorded on the version. */
export interface GeneratorMeta {
  provider: GeneratorName;
  model: string;
  /** `offline-<n>` for the templates, the prompt file version for LLMs. */
  promptVersion: string;
  usage: LlmUsage;
  /** Attempts it took (1 = passed first time); filled in by the repair loop. */
  attempts: number;
  /** Offline drafts: the plan and names the code was written from, so a later request can extend it. */
  template?: OfflineTemplate;
}

export interface OfflineTemplate {
  names: Names;
  plan: Plan;
}

/** Everything a generator produces for one skill version. */
export interface SkillDraft {
  source: string;
  /** `js` for the offline templates; LLM drafts say which they wrote. */
  language: "js" | "ts";
  manifest: SkillManifest;
  config_schema: JsonSchema;
  /** Per-collection row schemas, keyed by collection name. */
  collections: Record<string, JsonSchema>;
  skill_md: string;
  meta: GeneratorMeta;
}

/** What the previous attempt got wrong, sent back to the provider when repairing. */
export interface RepairNotes {
  draft: SkillDraft;
  findings: Finding[];
  /** Trial steps that failed. */
  failures: TrialStep[];
}

/** One generation attempt: the need and request text, plus what went wrong last time when repairing. */
export interface GenerationRequest {
  need: SkillNeed;
  /** The user's own words, when the need came from a request (data, never instructions). */
  request?: string;
  previous?: RepairNotes;
  /** The current version of the skill when regenerating ("also track the time of day"). */
  current?: SkillDraft;
}

export type GenerationOutcome =
  | { ok: true; draft: SkillDraft }
  | {
      ok: false;
      code:
        | "GENERATOR_BAD_ANSWER"
        | "GENERATOR_REFUSED"
        | "GENERATOR_UNAVAILABLE"
        | "GENERATOR_NO_CHANGE"
        | "GENERATOR_CANNOT_CHANGE";
      message: string;
      usage?: LlmUsage;
    };

/** A source of drafts: Anthropic, an OpenAI-compatible endpoint, or the offline templates. */
export interface SkillGenerator {
  readonly name: GeneratorName;
  readonly model: string;
  generate(request: GenerationRequest, signal?: AbortSignal): Promise<GenerationOutcome>;
}
