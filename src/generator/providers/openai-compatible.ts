// Any OpenAI-compatible chat-completions endpoint (llama.cpp, Ollama, vLLM, LM Studio, OpenAI):
// plain fetch to `<base>/chat/completions`. The draft is asked for as a forced function call;
// servers that answer in text instead (JSON mode or prose) are parsed from the text. Retries with
// exponential backoff on 429, 5xx and network errors, within the call's deadline.
import { LlmError, type Json, type LlmProvider, type LlmRequest, type LlmResponse } from "../../contract/index.js";

export interface OpenAiCompatibleOptions {
  baseUrl: string;
  model: string;
  apiKey?: string;
  maxRetries?: number;
  /** First backoff; doubled per retry (default 500 ms). */
  backoffMs?: number;
  /** `tools` (default) or `json` (response_format json_object, for servers without tool calling). */
  mode?: "tools" | "json";
}

interface ChatAnswer {
  model?: string;
  choices?: {
    finish_reason?: string;
    message?: {
      content?: string | null;
      refusal?: string | null;
      tool_calls?: { function?: { name?: string; arguments?: string } }[];
    };
  }[];
  usage?: { prompt_tokens?: number; completion_tokens?: number };
}

const RETRYABLE = (status: number) => status === 429 || status >= 500;
const sleep = (ms: number, signal: AbortSignal) =>
  new Promise<void>((resolve) => {
    const t = setTimeout(resolve, ms);
    signal.addEventListener(
      "abort",
      () => {
        clearTimeout(t);
        resolve();
      },
      { once: true },
    );
  });

function parseArguments(raw: string | undefined): Json | undefined {
  if (raw === undefined) return undefined;
  try {
    return JSON.parse(raw) as Json;
  } catch {
    return undefined; // left to the text parser, which names truncation
  }
}

export function createOpenAiCompatibleProvider(options: OpenAiCompatibleOptions): LlmProvider {
  const url = `${options.baseUrl.replace(/\/+$/, "")}/chat/completions`;
  const maxRetries = options.maxRetries ?? 3;
  return {
    name: "openai",
    model: options.model,
    async complete(request: LlmRequest, signal?: AbortSignal): Promise<LlmResponse> {
      const deadline = AbortSignal.timeout(request.timeoutMs);
      const combined = signal ? AbortSignal.any([signal, deadline]) : deadline;
      const useTools = request.tool && options.mode !== "json";
      const body = {
        model: options.model,
        max_tokens: request.maxTokens,
        messages: [{ role: "system", content: request.system }, ...request.messages],
        ...(useTools
          ? {
              tools: [
                {
                  type: "function",
                  function: {
                    name: request.tool!.name,
                    description: request.tool!.description,
                    parameters: request.tool!.inputSchema,
                  },
                },
              ],
              tool_choice: { type: "function", function: { name: request.tool!.name } },
            }
          : request.tool
            ? { response_format: { type: "json_object" } }
            : {}),
      };
      let answer: ChatAnswer | undefined;
      for (let attempt = 0; attempt <= maxRetries && answer === undefined; attempt++) {
        if (attempt > 0) await sleep((options.backoffMs ?? 500) * 2 ** (attempt - 1), combined);
        if (combined.aborted) throw new LlmError("timeout", "the model did not answer in time");
        let res: Response;
        try {
          res = await fetch(url, {
            method: "POST",
            signal: combined,
            body: JSON.stringify(body),
            headers: {
              "content-type": "application/json",
              ...(options.apiKey ? { authorization: `Bearer ${options.apiKey}` } : {}),
            },
          });
        } catch {
          if (combined.aborted) throw new LlmError("timeout", "the model did not answer in time");
          if (attempt === maxRetries) throw new LlmError("unavailable", "cannot reach the provider");
          continue;
        }
        if (res.ok) {
          try {
            answer = (await res.json()) as ChatAnswer;
          } catch {
            if (combined.aborted) throw new LlmError("timeout", "the model did not answer in time");
            throw new LlmError("bad_answer", "the provider's answer is not JSON");
          }
        } else {
          await res.body?.cancel();
          if (!RETRYABLE(res.status)) throw new LlmError("bad_answer", `the provider answered HTTP ${res.status}`);
          if (attempt === maxRetries)
            throw new LlmError(
              res.status === 429 ? "rate_limited" : "unavailable",
              `the provider answered HTTP ${res.status} (after retries)`,
            );
        }
      }
      const choice = answer?.choices?.[0];
      const call = choice?.message?.tool_calls?.find((c) => !request.tool || c.function?.name === request.tool.name);
      const toolInput = parseArguments(call?.function?.arguments);
      const refusal = choice?.message?.refusal;
      return {
        text: refusal ?? choice?.message?.content ?? call?.function?.arguments ?? "",
        ...(toolInput !== undefined ? { toolInput } : {}),
        stopReason: refusal ? "refusal" : (choice?.finish_reason ?? "unknown"),
        usage: { inputTokens: answer?.usage?.prompt_tokens ?? 0, outputTokens: answer?.usage?.completion_tokens ?? 0 },
        model: answer?.model ?? options.model,
      };
    },
  };
}
