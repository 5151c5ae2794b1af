import type { Finding, JsonSchema } from "../contract/index.js";
import type { SkillNeed } from "../detector/index.js";

export interface SkillManifest {
  slug: string;
  name: string;
  description: string;
}

/** Everything a generator produces for one skill version. */
export interface SkillDraft {
  source: string;
  manifest: SkillManifest;
  config_schema: JsonSchema;
  /** Per-collection row schemas, keyed by collection name. */
  collections: Record<string, JsonSchema>;
  skill_md: string;
}

/** One generation attempt: the need, plus the findings of the previous attempt when repairing. */
export interface GenerationRequest {
  need: SkillNeed;
  previous?: { draft: SkillDraft; findings: Finding[] };
}

/** A source of drafts: Anthropic, an OpenAI-compatible endpoint, or the offline templates. */
export interface SkillGenerator {
  readonly name: "anthropic" | "openai" | "template";
  generate(request: GenerationRequest, signal?: AbortSignal): Promise<SkillDraft>;
}
