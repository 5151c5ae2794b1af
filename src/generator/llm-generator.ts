// A generator over any LlmProvider: the system prompt from prompts/, the need as data, the draft
// asked for as one `submit_skill` tool call; on a repair, the previous draft and what the audit and
// trial said about it go back as the next turn.
import { LlmError, type JsonObject, type LlmMessage, type LlmProvider, type LlmTool } from "../contract/index.js";
import { parseAnswer } from "./parse-answer.js";
import { changeMessage, repairMessage, requestMessage, type Prompts } from "./prompts.js";
import type { GenerationOutcome, GenerationRequest, SkillGenerator } from "./types.js";

const schemaObject: JsonObject = { type: "object" };

/** The tool's input schema is the draft. */
export const SUBMIT_SKILL_TOOL: LlmTool = {
  name: "submit_skill",
  description: "Submit the complete skill draft.",
  inputSchema: {
    type: "object",
    required: ["source", "manifest", "config_schema", "collections", "skill_md"],
    additionalProperties: false,
    properties: {
      source: { type: "string", description: "The skill module's source code" },
      language: { type: "string", enum: ["js", "ts"] },
      manifest: {
        type: "object",
        required: ["slug", "name", "description"],
        additionalProperties: false,
        properties: { slug: { type: "string" }, name: { type: "string" }, description: { type: "string" } },
      },
      config_schema: schemaObject,
      collections: { type: "object", additionalProperties: schemaObject },
      skill_md: { type: "string" },
    },
  },
};

export interface LlmGeneratorOptions {
  provider: LlmProvider;
  prompts: Prompts;
  /** Whole call, retries included (default 120 s). */
  timeoutMs?: number;
  maxTokens?: number;
}

const ERROR_CODES = {
  refused: "GENERATOR_REFUSED",
  bad_answer: "GENERATOR_BAD_ANSWER",
  timeout: "GENERATOR_UNAVAILABLE",
  rate_limited: "GENERATOR_UNAVAILABLE",
  unavailable: "GENERATOR_UNAVAILABLE",
} as const;

export function createLlmGenerator(options: LlmGeneratorOptions): SkillGenerator {
  const { provider, prompts } = options;
  return {
    name: provider.name === "anthropic" ? "anthropic" : "openai",
    model: provider.model,
    async generate(request: GenerationRequest, signal?: AbortSignal): Promise<GenerationOutcome> {
      const messages: LlmMessage[] = [{ role: "user", content: requestMessage(request.need, request.request) }];
      if (request.current) messages[0]!.content += `\n${changeMessage(prompts, request.current)}`;
      if (request.previous) {
        messages.push({ role: "assistant", content: JSON.stringify({ submitted: request.previous.draft.manifest.slug }) });
        messages.push({ role: "user", content: repairMessage(prompts, request.previous) });
      }
      let response;
      try {
        response = await provider.complete(
          {
            system: prompts.system,
            messages,
            tool: SUBMIT_SKILL_TOOL,
            maxTokens: options.maxTokens ?? 16_000,
            timeoutMs: options.timeoutMs ?? 120_000,
          },
          signal,
        );
      } catch (err) {
        if (err instanceof LlmError) return { ok: false, code: ERROR_CODES[err.kind], message: err.message };
        throw err;
      }
      const parsed = parseAnswer(response);
      if (!parsed.ok) return { ...parsed, usage: response.usage };
      return {
        ok: true,
        draft: {
          ...parsed.draft,
          meta: {
            provider: this.name,
            model: response.model || provider.model,
            promptVersion: prompts.version,
            usage: response.usage,
            attempts: 1,
          },
        },
      };
    },
  };
}
