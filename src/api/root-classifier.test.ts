// The composition root puts the detector's LLM classifier in front of generation when an LLM
// generator is configured: the rules decide what they are sure of, the model the rest. The model
// is a local server speaking the Anthropic Messages API; skills are written by the offline
// templates so the test looks at detection alone.
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { startFakeLlmServer, type FakeLlmServer } from "../../tests/support/fake-llm-server.js";
import { tempDir } from "../../tests/support/cli.js";
import { loadConfig } from "../config/index.js";
import { createOfflineGenerator } from "../generator/index.js";
import { createLogger } from "./http/logger.js";
import { createRoot, type Root } from "./root.js";

// A weak intent word with an open subject: the rules find a request, with low confidence.
const UNSURE = "pls note every time i floss";

describe("the request classifier behind generation", () => {
  let llm: FakeLlmServer;
  const roots: Root[] = [];
  beforeAll(async () => {
    llm = await startFakeLlmServer();
  });
  afterEach(async () => {
    await Promise.all(roots.splice(0).map((r) => r.close()));
    llm.requests.length = 0;
  });
  afterAll(() => llm.close());

  const rootWith = (env: Record<string, string>): Root => {
    const config = loadConfig({ ANTHROPIC_API_KEY: "sk-test", ANTHROPIC_BASE_URL: llm.url, ...env }, { dataDir: tempDir() });
    const root = createRoot(config, { generator: createOfflineGenerator(), logger: createLogger("silent") });
    roots.push(root);
    return root;
  };
  const toolNames = () => llm.requests.map((r) => (r.tools as { name: string }[] | undefined)?.[0]?.name);

  it("asks the model about a request the rules are unsure of, and generates for its subject", { timeout: 60_000 }, async () => {
    llm.script({ kind: "tool", input: { request: true, subject: "dental floss sessions" } });
    const generate = await rootWith({}).generator();
    const result = await generate({ text: UNSURE, tenantId: "00000000-0000-4000-8000-000000000001" });
    expect(toolNames()).toEqual(["classify_tracking_request"]);
    expect(result.need).toMatchObject({ kind: "request", subject: "dental floss sessions" });
  });

  it("takes the model's no for an unsure message: nothing is generated", { timeout: 60_000 }, async () => {
    llm.script({ kind: "tool", input: { request: false } });
    const generate = await rootWith({}).generator();
    const result = await generate({ text: UNSURE, tenantId: "00000000-0000-4000-8000-000000000001" });
    expect(result).toMatchObject({ ok: false, need: null });
  });

  it("never asks about a request the rules are sure of, nor when SKILLFORGE_DETECT_LLM=off", { timeout: 60_000 }, async () => {
    const sure = await (await rootWith({})).generator();
    expect(
      (await sure({ text: "I want to track how much water I drink", tenantId: "00000000-0000-4000-8000-000000000001" })).need,
    ).toMatchObject({ subject: "water" });
    const off = await rootWith({ SKILLFORGE_DETECT_LLM: "off" }).generator();
    expect((await off({ text: UNSURE, tenantId: "00000000-0000-4000-8000-000000000001" })).need).not.toBeNull();
    expect(llm.requests).toHaveLength(0);
  });

  it("refuses a value other than on or off", () => {
    expect(() => loadConfig({ SKILLFORGE_DETECT_LLM: "maybe" })).toThrow(/SKILLFORGE_DETECT_LLM/);
  });
});
