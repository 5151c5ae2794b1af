import { describe, expect, it } from "vitest";
import type { LlmProvider, LlmRequest, LlmResponse } from "../contract/ports.js";
import type { Json } from "../contract/types.js";
import { createLlmRequestClassifier } from "./llm-classify.js";

/** A provider that answers with `answer` (or never, or by failing) and records its calls. */
function provider(answer: Json | "hang" | "fail"): LlmProvider & { calls: LlmRequest[] } {
  const calls: LlmRequest[] = [];
  return {
    name: "template",
    model: "fake",
    calls,
    complete(request: LlmRequest): Promise<LlmResponse> {
      calls.push(request);
      if (answer === "hang") return new Promise(() => {});
      if (answer === "fail") return Promise.reject(new Error("unavailable"));
      return Promise.resolve({
        text: "",
        toolInput: answer,
        stopReason: "tool_use",
        usage: { inputTokens: 1, outputTokens: 1 },
        model: "fake",
      });
    },
  };
}

// A weak intent word with an open subject: the rules say request, with low confidence.
const UNSURE = "pls note every time i floss";

describe("createLlmRequestClassifier", () => {
  it("leaves confident rule decisions alone and never calls the provider for them", async () => {
    const p = provider({ request: false });
    const classify = createLlmRequestClassifier({ provider: p });
    expect(await classify("I want to track how much water I drink")).toMatchObject({
      kind: "request",
      source: "rules",
      need: { subject: "water" },
    });
    expect(await classify("Finished the quarterly report")).toMatchObject({ kind: "none", source: "rules" });
    expect(p.calls).toHaveLength(0);
  });

  it("asks about a low-confidence request through one tool call, uses the answer and caches it", async () => {
    const p = provider({ request: true, subject: "flossing", fields: ["time_of_day"] });
    const classify = createLlmRequestClassifier({ provider: p });
    const first = await classify(UNSURE);
    expect(first).toMatchObject({
      kind: "request",
      source: "llm",
      need: { subject: "flossing", fields: ["time_of_day"], confidence: 0.7, language: "en" },
    });
    expect(p.calls[0]?.tool?.name).toBe("classify_tracking_request");
    await classify(UNSURE);
    expect(p.calls).toHaveLength(1);
  });

  it("names a known subject through the lexicon: the area comes from the lexicon, never from the model", async () => {
    const classify = createLlmRequestClassifier({ provider: provider({ request: true, subject: "Water" }) });
    expect(await classify(UNSURE)).toMatchObject({ need: { subject: "water", area: "hydration" } });
  });

  it("refuses an answer that tries to widen the need (extra properties, markup in the subject) and keeps the rules' decision", async () => {
    const answers: Json[] = [
      { request: true, subject: "flossing", area: "admin" },
      { request: true, subject: "<script>x</script>" },
      { request: true, fields: ["Bad Field"] },
      "not an object",
    ];
    for (const answer of answers) {
      const classify = createLlmRequestClassifier({ provider: provider(answer) });
      expect(await classify(UNSURE)).toMatchObject({ kind: "request", source: "rules", need: { subject: "flossing" } });
    }
  });

  it("falls back to the rules when the provider fails or overruns its time budget", async () => {
    for (const p of [provider("fail"), provider("hang")]) {
      const classify = createLlmRequestClassifier({ provider: p, timeoutMs: 20 });
      expect(await classify(UNSURE)).toMatchObject({ kind: "request", source: "rules" });
    }
  });

  it("lets the model say a low-confidence request is none", async () => {
    const classify = createLlmRequestClassifier({ provider: provider({ request: false }) });
    expect(await classify(UNSURE)).toMatchObject({ kind: "none", source: "llm" });
  });
});
