// The Anthropic Messages API through @anthropic-ai/sdk (the only importer of the SDK). The draft
// comes back as a forced tool call; the SDK retries 429, 5xx and connection failures with
// exponential backoff (honouring retry-after); each HTTP attempt has its own timeout and the
// whole call a deadline. Everything is passed in explicitly: the SDK never reads our environment.
import Anthropic from "@anthropic-ai/sdk";
import { LlmError, type Json, type LlmProvider, type LlmRequest, type LlmResponse } from "../../contract/index.js";

export interface AnthropicOptions {
  apiKey: string;
  model: string;
  /** Default https://api.anthropic.com. */
  baseUrl?: string;
  /** One HTTP attempt (default 60 s); the request's `timeoutMs` bounds the whole call. */
  attemptTimeoutMs?: number;
  /** Retries after the first attempt on 429, 5xx and connection errors (default 3). */
  maxRetries?: number;
}

export const DEFAULT_ANTHROPIC_BASE_URL = "https://api.anthropic.com";

function toLlmError(err: unknown, deadline: AbortSignal): LlmError {
  if (deadline.aborted || err instanceof Anthropic.APIConnectionTimeoutError)
    return new LlmError("timeout", "the model did not answer in time");
  if (err instanceof Anthropic.APIUserAbortError) return new LlmError("timeout", "the call was cancelled");
  if (err instanceof Anthropic.RateLimitError)
    return new LlmError("rate_limited", "rate limited by the provider (after retries)");
  if (err instanceof Anthropic.APIError && typeof err.status === "number") {
    // Never the provider's message body: it may echo the request.
    return new LlmError(err.status >= 500 ? "unavailable" : "bad_answer", `the provider answered HTTP ${err.status}`);
  }
  if (err instanceof Anthropic.APIConnectionError) return new LlmError("unavailable", "cannot reach the provider");
  return new LlmError("unavailable", "the provider call failed");
}

export function createAnthropicProvider(options: AnthropicOptions): LlmProvider {
  const client = new Anthropic({
    apiKey: options.apiKey,
    baseURL: options.baseUrl ?? DEFAULT_ANTHROPIC_BASE_URL,
    maxRetries: options.maxRetries ?? 3,
    timeout: options.attemptTimeoutMs ?? 60_000,
  });
  return {
    name: "anthropic",
    model: options.model,
    async complete(request: LlmRequest, signal?: AbortSignal): Promise<LlmResponse> {
      const deadline = AbortSignal.timeout(request.timeoutMs);
      const combined = signal ? AbortSignal.any([signal, deadline]) : deadline;
      let message: Anthropic.Message;
      try {
        message = await client.messages.create(
          {
            model: options.model,
            max_tokens: request.maxTokens,
            system: request.system,
            messages: request.messages.map((m) => ({ role: m.role, content: m.content })),
            ...(request.tool
              ? {
                  tools: [
                    {
                      name: request.tool.name,
                      description: request.tool.description,
                      input_schema: request.tool.inputSchema as Anthropic.Tool.InputSchema,
                    },
                  ],
                  tool_choice: { type: "tool" as const, name: request.tool.name },
                }
              : {}),
          },
          { signal: combined, timeout: Math.min(options.attemptTimeoutMs ?? 60_000, request.timeoutMs) },
        );
      } catch (err) {
        throw toLlmError(err, deadline);
      }
      let text = "";
      let toolInput: Json | undefined;
      for (const block of message.content) {
        if (block.type === "text") text += block.text;
        else if (block.type === "tool_use" && toolInput === undefined && (!request.tool || block.name === request.tool.name))
          toolInput = block.input as Json;
      }
      return {
        text,
        ...(toolInput !== undefined ? { toolInput } : {}),
        stopReason: message.stop_reason ?? "unknown",
        usage: { inputTokens: message.usage.input_tokens, outputTokens: message.usage.output_tokens },
        model: message.model,
      };
    },
  };
}
