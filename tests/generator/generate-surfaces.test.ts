// `skillforge generate` and `POST /v1/skills/generate`, offline, end to end: detect → generate →
// audit → trial → a pending version → its approval request with the first code sent (the dev
// outbox of the local demo tenant). `--draft-only` stops at ready for approval.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { main } from "../../src/api/cli/main.js";
import type { CliIo } from "../../src/api/cli/types.js";
import { createApp } from "../../src/api/app.js";
import { createLogger } from "../../src/api/http/logger.js";
import { createRoot, type Root } from "../../src/api/root.js";
import { loadConfig } from "../../src/config/index.js";
import { createMemoryRecordStore, createSandbox, type Sandbox } from "../../src/sandbox/index.js";
import { createApiKey, openStorage, type Storage } from "../../src/storage/index.js";
import { ensureLocalDemo } from "../../src/api/demo-tenant.js";
import { tempDir } from "../support/cli.js";
import { startFakeLlmServer } from "../support/fake-llm-server.js";
import { offlineDraft } from "../../src/generator/index.js";

async function cli(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = {
    out: (t) => out.push(t),
    err: (t) => err.push(t),
    readStdin: async () => "",
    env: { SKILLFORGE_DATA_DIR: tempDir(), SKILLFORGE_LOG_LEVEL: "silent" },
    cwd: process.cwd(),
  };
  const code = await main(["generate", ...args], io);
  return { code, out: out.join("\n"), err: err.join("\n") };
}

describe("skillforge generate", () => {
  it("runs detect → generate → audit → trial → register → approval with a progress line per stage, and exits 0 awaiting approval", async () => {
    const { code, out, err } = await cli(["I want to track how much water I drink", "--json"]);
    expect(code).toBe(0);
    const lines = err.split("\n");
    expect(lines[0]).toMatch(/^created the local demo tenant; its API key \(shown once\): sfk_/);
    expect(lines.slice(1).map((l) => l.split(":")[0])).toEqual([
      "detect",
      "generate (attempt 1)",
      "audit (attempt 1)",
      "trial (attempt 1)",
      "register",
      "approval_sent",
      "ready",
    ]);
    const result = JSON.parse(out);
    expect(result).toMatchObject({
      ok: true,
      need: { subject: "water" },
      draft: { manifest: { slug: "custom-water-tracker" }, meta: { provider: "offline", attempts: 1 } },
      audit: { ok: true },
      trial: { ok: true },
      version: { tag: "custom-water-tracker@v1.0.0" },
      approval: { status: "pending", channels: ["email", "sms"] },
    });
  }, 60_000);

  it("stops at ready for approval with --draft-only", async () => {
    const { code, out, err } = await cli(["I want to track how much water I drink", "--draft-only"]);
    expect(code).toBe(0);
    expect(err.split("\n").map((l) => l.split(":")[0])).toEqual([
      "detect",
      "generate (attempt 1)",
      "audit (attempt 1)",
      "trial (attempt 1)",
      "ready",
    ]);
    expect(out).toContain("ready for approval: custom-water-tracker");
  }, 60_000);

  it("prints a human summary", async () => {
    const { code, out } = await cli(["Chciałbym oceniać swój nastrój w skali 1-10"]);
    expect(code).toBe(0);
    expect(out).toContain("awaiting approval: custom-mood-tracker@v1.0.0");
    expect(out).toMatch(/next: skillforge outbox, then skillforge approve [0-9a-f-]{36} --channel email --code <code>/);
    expect(out).toContain("capabilities: data.read:mood_entries, data.write:mood_entries");
  }, 60_000);

  it("exits 1 when the text asks for nothing, and 2 without a request", async () => {
    const none = await cli(["nice weather today"]);
    expect(none.code).toBe(1);
    expect(none.err).toContain("detect: failed");
    expect((await cli([])).code).toBe(2);
    expect((await cli(["a", "b"])).code).toBe(2);
  }, 60_000);
});

describe("POST /v1/skills/generate", () => {
  let storage: Storage;
  let sandbox: Sandbox;
  let root: Root;
  let app: ReturnType<typeof createApp>;
  const tokens = { assistant: "", admin: "" };

  beforeAll(async () => {
    storage = await openStorage({});
    sandbox = createSandbox({ store: createMemoryRecordStore(), workers: 1, maxWorkers: 1 });
    root = createRoot(loadConfig({ SKILLFORGE_LOG_LEVEL: "silent" }), { storage, trialSandbox: sandbox });
    app = createApp({ root, storage, logger: createLogger("silent"), bodyLimitBytes: 8192 });
    const tenant = { id: (await ensureLocalDemo(root))!.tenantId };
    tokens.assistant = (await createApiKey(storage.db, tenant.id, { name: "a", scopes: ["assistant"] }, "test")).token;
    tokens.admin = (await createApiKey(storage.db, tenant.id, { name: "b", scopes: ["admin"] }, "test")).token;
  });
  afterAll(async () => {
    await root?.close();
    await sandbox?.close();
    await storage?.close();
  });

  const post = (body: unknown, token = tokens.assistant, accept = "application/json") =>
    app.request("/v1/skills/generate", {
      method: "POST",
      body: JSON.stringify(body),
      headers: { authorization: `Bearer ${token}`, "content-type": "application/json", accept },
    });

  it("answers JSON with the draft, the audit, the trial, the pending version and its approval request", async () => {
    const res = await post({ text: "Je voudrais suivre combien d'eau je bois" });
    expect(res.status).toBe(200);
    const body = (await res.json()) as Record<string, unknown>;
    expect(body).toMatchObject({
      ok: true,
      draft: { manifest: { slug: "custom-water-tracker" } },
      audit: { capabilities: ["data.read:water_entries", "data.write:water_entries"] },
      trial: { ok: true },
      version: { tag: "custom-water-tracker@v1.0.0" },
      approval: { status: "pending", fingerprint: expect.stringMatching(/^[0-9A-F]{4}-[0-9A-F]{4}$/) },
    });
  });

  it("streams detect, generate, audit, trial, register, approval_sent and ready as server-sent events with timings", async () => {
    const res = await post({ text: "count my pushups every day" }, tokens.assistant, "text/event-stream");
    expect(res.headers.get("content-type")).toContain("text/event-stream");
    const text = await res.text();
    const events = [...text.matchAll(/^event: (\w+)$/gm)].map((m) => m[1]);
    expect(events).toEqual(["detect", "generate", "audit", "trial", "register", "approval_sent", "ready"]);
    const first = JSON.parse(/^data: (.*)$/m.exec(text)![1]!);
    expect(first).toMatchObject({ stage: "detect", ok: true, ms: expect.any(Number) });
  });

  it("refuses text with no tracking request as GENERATOR_NO_NEED, and keys without the assistant scope", async () => {
    const res = await post({ text: "nice weather today" });
    expect(res.status).toBe(422);
    expect(await res.json()).toMatchObject({ code: "GENERATOR_NO_NEED" });
    // A stop is never generated from, and the problem says why.
    const stop = await post({ text: "stop tracking my coffee" });
    expect(stop.status).toBe(422);
    expect(await stop.json()).toMatchObject({ code: "GENERATOR_NO_NEED", detail: expect.stringContaining("stop tracking") });
    expect((await post({ text: "track water" }, tokens.admin)).status).toBe(403);
    expect((await post({ text: "" })).status).toBe(422);
  });
});

describe("POST /v1/skills/generate with `skill`: the next version of an existing skill", () => {
  let storage: Storage;
  let sandbox: Sandbox;
  let root: Root;
  let app: ReturnType<typeof createApp>;
  let token = "";
  let tenantId = "";

  beforeAll(async () => {
    storage = await openStorage({});
    sandbox = createSandbox({ store: createMemoryRecordStore(), workers: 1, maxWorkers: 1 });
    root = createRoot(loadConfig({ SKILLFORGE_LOG_LEVEL: "silent" }), { storage, trialSandbox: sandbox });
    app = createApp({ root, storage, logger: createLogger("silent"), bodyLimitBytes: 8192 });
    const tenant = { id: (await ensureLocalDemo(root))!.tenantId };
    tenantId = tenant.id;
    token = (await createApiKey(storage.db, tenant.id, { name: "a", scopes: ["assistant"] }, "test")).token;
  });
  afterAll(async () => {
    await root?.close();
    await sandbox?.close();
    await storage?.close();
  });

  const post = (body: unknown, accept = "application/json") =>
    app.request("/v1/skills/generate", {
      method: "POST",
      body: JSON.stringify(body),
      headers: { authorization: `Bearer ${token}`, "content-type": "application/json", accept },
    });

  it("keeps the slug and the collection, adds the field, and says what changed", async () => {
    const first = await post({ text: "I want to track my coffee" });
    expect(first.status).toBe(200);
    const v1 = (await first.json()) as { version: { tag: string }; approval: { id: string } };
    expect(v1.version.tag).toBe("custom-coffee-tracker@v1.0.0");
    const res = await post({ text: "also record the brand and where I had it", skill: "custom-coffee-tracker" });
    expect(res.status).toBe(200);
    const body = (await res.json()) as Record<string, unknown>;
    expect(body).toMatchObject({
      ok: true,
      draft: { manifest: { slug: "custom-coffee-tracker" } },
      audit: { capabilities: ["data.read:coffee_entries", "data.write:coffee_entries"] },
      version: { tag: "custom-coffee-tracker@v1.0.1" },
      approval: { status: "pending" },
      change: {
        from: { version: "1.0.0", tag: "custom-coffee-tracker@v1.0.0" },
        bump: "patch",
        capabilitiesAdded: [],
        capabilitiesRemoved: [],
        fieldsAdded: ["coffee_entries.brand", "coffee_entries.location"],
      },
    });
    // The request for v1.0.0 was still pending: the change supersedes it, so no code approves the old one.
    const gateway = (await root.approval()).gateway;
    expect(await gateway.view(tenantId, v1.approval.id)).toMatchObject({ approval: { status: "superseded" } });
    // The version it changes is stored with the plan it came from, so it can be changed again.
    const again = await post({ text: "and the price in euros", skill: "custom-coffee-tracker" });
    expect(await again.json()).toMatchObject({ version: { tag: "custom-coffee-tracker@v1.0.2" } });
    // A change in another language is named in English through the detector's glossary.
    const german = await post({ text: "füge noch die Bohnensorte hinzu", skill: "custom-coffee-tracker" });
    expect(await german.json()).toMatchObject({
      version: { tag: "custom-coffee-tracker@v1.0.3" },
      change: { fieldsAdded: ["coffee_entries.bean_types"] },
    });
  });

  it("answers an unknown skill with 404 before any stream starts, and a request that adds nothing with 422", async () => {
    for (const accept of ["application/json", "text/event-stream"]) {
      const res = await post({ text: "also record the brand", skill: "custom-nothing-tracker" }, accept);
      expect(res.status).toBe(404);
      expect(res.headers.get("content-type")).toContain("application/problem+json");
      expect(await res.json()).toMatchObject({ code: "SKILL_NOT_FOUND" });
    }
    await post({ text: "count my pushups every day" });
    const none = await post({ text: "also track the count", skill: "custom-push-ups-tracker" });
    expect(none.status).toBe(422);
    expect(await none.json()).toMatchObject({ code: "GENERATOR_NO_CHANGE", detail: expect.stringContaining("already records") });
    const bad = await post({ text: "also record the brand", skill: "Water Tracker" });
    expect(bad.status).toBe(422);
    expect(await bad.json()).toMatchObject({ code: "VALIDATION_FAILED" });
  });
});

describe("the composition root's generator from configuration", () => {
  it("uses an OpenAI-compatible endpoint when SKILLFORGE_GENERATOR=openai, with the prompt files and their version", async () => {
    const server = await startFakeLlmServer();
    const sandbox = createSandbox({ store: createMemoryRecordStore(), workers: 1, maxWorkers: 1 });
    const root = createRoot(
      loadConfig({
        SKILLFORGE_GENERATOR: "openai",
        OPENAI_BASE_URL: `${server.url}/v1`,
        OPENAI_MODEL: "local-model",
        SKILLFORGE_LOG_LEVEL: "silent",
      }),
      { trialSandbox: sandbox },
    );
    try {
      const text = "I want to track how much water I drink";
      const { draft } = offlineDraft({ kind: "request", subject: "water", confidence: 1, evidence: [], language: "en" }, text);
      server.script({
        kind: "tool",
        input: {
          source: draft.source,
          manifest: draft.manifest,
          config_schema: draft.config_schema,
          collections: draft.collections,
          skill_md: draft.skill_md,
        },
      });
      const result = await (await root.generator())({ text, tenantId: "00000000-0000-4000-8000-0000000000a1" });
      expect(result.ok).toBe(true);
      expect(result.draft!.meta).toMatchObject({ provider: "openai", model: "fake-local", promptVersion: "prompts-v1" });
      expect(server.requests[0]).toMatchObject({ model: "local-model" });
    } finally {
      await root.close();
      await sandbox.close();
      await server.close();
    }
  }, 60_000);
});
