// One conformance suite, run for each provider against a local server speaking its protocol over
// real HTTP (the real Anthropic SDK; plain fetch for OpenAI-compatible), through the whole
// pipeline with the real audit and a real sandbox trial.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { LlmProvider } from "../contract/index.js";
import { detectNeeds } from "../detector/index.js";
import { createMemoryRecordStore, createSandbox, type Sandbox } from "../sandbox/index.js";
import { auditSkill } from "../validator/index.js";
import { startFakeLlmServer, type FakeLlmServer } from "../../tests/support/fake-llm-server.js";
import {
  createAnthropicProvider,
  createGeneratePipeline,
  createLlmGenerator,
  createOpenAiCompatibleProvider,
  loadPrompts,
  offlineDraft,
  type Prompts,
} from "./index.js";
import { join } from "node:path";

const REQUEST = "I want to track how much water I drink";
const need = detectNeeds([{ text: REQUEST }])[0]!;
const good = offlineDraft(need, REQUEST).draft;
const answer = (source = good.source) => ({
  source,
  language: "js",
  manifest: good.manifest,
  config_schema: good.config_schema,
  collections: good.collections,
  skill_md: good.skill_md,
});
const blocked = good.source.replace("const MAX_ROWS = 1000;", 'const MAX_ROWS = eval("1000");');
const systemClock = { now: () => new Date() };

const PROVIDERS: { name: string; make(url: string): LlmProvider }[] = [
  {
    name: "anthropic (SDK)",
    make: (url) => createAnthropicProvider({ apiKey: "sk-test", model: "fake-claude", baseUrl: url, maxRetries: 2 }),
  },
  {
    name: "openai-compatible (fetch)",
    make: (url) => createOpenAiCompatibleProvider({ baseUrl: `${url}/v1`, model: "fake-local", maxRetries: 2, backoffMs: 10 }),
  },
];

let server: FakeLlmServer;
let sandbox: Sandbox;
let prompts: Prompts;

beforeAll(async () => {
  server = await startFakeLlmServer();
  sandbox = createSandbox({ store: createMemoryRecordStore(), workers: 1, maxWorkers: 1 });
  prompts = await loadPrompts(join(import.meta.dirname, "..", "..", "prompts"));
});
afterAll(async () => {
  await sandbox?.close();
  await server?.close();
});

describe.each(PROVIDERS)("$name", ({ make }) => {
  const pipeline = (timeoutMs = 20_000) =>
    createGeneratePipeline({
      generator: createLlmGenerator({ provider: make(server.url), prompts, timeoutMs }),
      detect: () => need,
      audit: auditSkill,
      trial: (i) => sandbox.trial(i),
      clock: systemClock,
    });

  it("turns a tool-call answer into a draft that passes audit and trial, with usage and prompt version", async () => {
    server.script({ kind: "tool", input: answer() });
    const r = await pipeline()({ text: REQUEST, tenantId: "00000000-0000-4000-8000-0000000000a2" });
    expect(r.ok).toBe(true);
    expect(r.draft!.meta).toMatchObject({
      promptVersion: "prompts-v1",
      usage: { inputTokens: 100, outputTokens: 50 },
      attempts: 1,
    });
    expect(r.audit!.capabilities).toEqual(["data.read:water_entries", "data.write:water_entries"]);
    const sent = JSON.stringify(server.requests[0]);
    expect(sent).toContain("submit_skill");
    expect(sent).toContain("Read your <collection>"); // the capability table, from src/contract
  });

  it("accepts a draft in a code fence with prose around it, and a source wrapped in a fence", async () => {
    server.script({
      kind: "text",
      text: "Here is the skill:\n```json\n" + JSON.stringify(answer("```js\n" + good.source + "\n```")) + "\n```\nEnjoy!",
    });
    const r = await pipeline()({ text: REQUEST, tenantId: "00000000-0000-4000-8000-0000000000a2" });
    expect(r.ok).toBe(true);
    expect(r.draft!.source).toBe(good.source);
  });

  it("names malformed and truncated JSON as a bad answer and tries again, up to three times", async () => {
    const truncated = JSON.stringify(answer()).slice(0, 500);
    server.script(
      { kind: "text", text: "{ not json" },
      { kind: "text", text: truncated, stop: "max_tokens" },
      { kind: "text", text: '```json\n{"source": 1}\n```' },
    );
    const r = await pipeline()({ text: REQUEST, tenantId: "00000000-0000-4000-8000-0000000000a2" });
    expect(r.ok).toBe(false);
    expect(r.error?.code).toBe("GENERATOR_FAILED");
    expect(r.attempts.map((a) => a.error?.code)).toEqual([
      "GENERATOR_BAD_ANSWER",
      "GENERATOR_BAD_ANSWER",
      "GENERATOR_BAD_ANSWER",
    ]);
    expect(r.attempts[1]!.error!.message).toMatch(/cut off/);
  });

  it("reports a refusal as GENERATOR_REFUSED without retrying", async () => {
    server.script({ kind: "text", text: "I can't help with that request." }, { kind: "tool", input: answer() });
    const r = await pipeline()({ text: REQUEST, tenantId: "00000000-0000-4000-8000-0000000000a2" });
    expect(r.error?.code).toBe("GENERATOR_REFUSED");
    expect(server.requests).toHaveLength(1);
  });

  it("gives up at the call's deadline when the provider hangs", async () => {
    server.script({ kind: "hang", ms: 5_000 }, { kind: "hang", ms: 5_000 }, { kind: "hang", ms: 5_000 });
    const r = await pipeline(300)({ text: REQUEST, tenantId: "00000000-0000-4000-8000-0000000000a2" });
    expect(r.error?.code).toBe("GENERATOR_UNAVAILABLE");
  });

  it("retries after 429 and succeeds", async () => {
    server.script({ kind: "status", status: 429 }, { kind: "tool", input: answer() });
    const r = await pipeline()({ text: REQUEST, tenantId: "00000000-0000-4000-8000-0000000000a2" });
    expect(r.ok).toBe(true);
    expect(server.requests).toHaveLength(2);
  });

  it("sends audit findings back and keeps every attempt when the repaired draft passes", async () => {
    server.script({ kind: "tool", input: answer(blocked) }, { kind: "tool", input: answer() });
    const r = await pipeline()({ text: REQUEST, tenantId: "00000000-0000-4000-8000-0000000000a2" });
    expect(r.ok).toBe(true);
    expect(r.attempts).toHaveLength(2);
    expect(r.attempts[0]!.audit!.ok).toBe(false);
    expect(r.draft!.meta).toMatchObject({ attempts: 2, usage: { inputTokens: 200, outputTokens: 100 } });
    const repair = JSON.stringify(server.requests[1]);
    expect(repair).toContain("dynamic-code");
    expect(repair).toContain("line ");
  });

  it("fails with every finding after three drafts that never pass", async () => {
    server.script(...Array.from({ length: 3 }, () => ({ kind: "tool" as const, input: answer(blocked) })));
    const r = await pipeline()({ text: REQUEST, tenantId: "00000000-0000-4000-8000-0000000000a2" });
    expect(r.ok).toBe(false);
    expect(r.error?.code).toBe("GENERATOR_FAILED");
    expect(r.attempts).toHaveLength(3);
    expect(r.audit!.findings.some((f) => f.rule === "dynamic-code")).toBe(true);
  });

  it("changes a skill from its current source, and retries a draft that renamed it", async () => {
    const renamed = { ...answer(), manifest: { ...good.manifest, slug: "custom-drinks-tracker" } };
    server.script({ kind: "tool", input: renamed }, { kind: "tool", input: answer() });
    const r = await pipeline()({
      text: "also track the time of day",
      need,
      current: good,
      tenantId: "00000000-0000-4000-8000-0000000000a2",
    });
    expect(r.ok).toBe(true);
    expect(r.attempts).toHaveLength(2);
    expect(r.attempts[0]!.error).toEqual({
      code: "GENERATOR_BAD_ANSWER",
      message: "the draft renamed custom-water-tracker to custom-drinks-tracker; a change keeps the slug",
    });
    const sent = JSON.stringify(server.requests.at(-2));
    // The change turn comes from prompts/change-skill.v1.md, with the current source as data.
    expect(sent).toContain("<current_source>");
    expect(sent).toContain("keep its slug, its collections and every field it already stores");
  });
});
