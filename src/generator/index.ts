// The generator's public face: drafts from an LLM provider or the offline templates, the prompt
// files, and the detect → generate → audit → trial pipeline with its repair loop.
export type {
  GenerationOutcome,
  GenerationRequest,
  GeneratorMeta,
  GeneratorName,
  RepairNotes,
  SkillDraft,
  SkillGenerator,
  SkillManifest,
} from "./types.js";
export type {
  AttemptReport,
  FailureCode,
  GenerateInput,
  GeneratePipeline,
  GenerateResult,
  PipelineDeps,
  ProgressEvent,
  Stage,
} from "./pipeline.js";
export { createGeneratePipeline } from "./pipeline.js";
export { createOfflineGenerator, offlineDraft, OFFLINE_TEMPLATE_VERSION, type OfflineOptions } from "./offline/generate.js";
export { SHAPES, type Shape } from "./offline/fields.js";
export { createLlmGenerator, SUBMIT_SKILL_TOOL, type LlmGeneratorOptions } from "./llm-generator.js";
export { loadPrompts, PROMPT_VERSION, type Prompts } from "./prompts.js";
export { parseAnswer, type ParsedAnswer } from "./parse-answer.js";
export { createAnthropicProvider, type AnthropicOptions } from "./providers/anthropic.js";
export { createOpenAiCompatibleProvider, type OpenAiCompatibleOptions } from "./providers/openai-compatible.js";
