import { mkdirSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { tempDir } from "../../tests/support/cli.js";
import { testDatabases } from "../../tests/support/storage.js";
import { loadConfig } from "../config/index.js";
import { createApiKey, createTenant, type Storage } from "../storage/index.js";
import { createApp } from "./app.js";
import { createLogger } from "./http/logger.js";
import { createRoot, type Root } from "./root.js";
import { securityReportFile } from "./routes/security-report.js";

const [pglite] = testDatabases();

describe("GET /v1/security-suite/report", () => {
  let storage: Storage;
  let cleanup: () => Promise<void>;
  let root: Root;
  let app: ReturnType<typeof createApp>;
  let file = "";
  const tokens = { admin: "", assistant: "" };

  beforeAll(async () => {
    ({ storage, cleanup } = await pglite!.open());
    const logger = createLogger("silent");
    root = createRoot(loadConfig({}, { dataDir: tempDir() }), { storage, logger });
    app = createApp({ root, storage, logger, bodyLimitBytes: 64 * 1024 });
    file = securityReportFile(root.config.dataDir);
    const tenantId = (await createTenant(storage.db, { name: "Reviewer" }, "test")).id;
    tokens.admin = (await createApiKey(storage.db, tenantId, { name: "a", scopes: ["admin"] }, "test")).token;
    tokens.assistant = (await createApiKey(storage.db, tenantId, { name: "b", scopes: ["assistant"] }, "test")).token;
  }, 120_000);
  afterAll(async () => {
    await root?.close();
    await cleanup?.();
  });

  const get = (token: string) => app.request("/v1/security-suite/report", { headers: { authorization: `Bearer ${token}` } });
  const save = (content: string) => {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, content);
  };

  it("is 404 with a clear detail until a run saved a report", async () => {
    const res = await get(tokens.admin);
    expect(res.status).toBe(404);
    expect(await res.json()).toMatchObject({ code: "NOT_FOUND", detail: expect.stringMatching(/run skillforge security-suite/) });
  });

  it("gives an admin the totals, the categories and every escape, and an assistant key nothing", async () => {
    const totals = { attempts: 2, auditBlocked: 1, auditEscaped: 1, sandboxEscaped: 1 };
    save(
      JSON.stringify({
        ok: false,
        startedAt: "2026-12-06T10:00:00.000Z",
        ms: 1234,
        lines: "both",
        totals,
        categories: [{ category: "host-access", ...totals }],
        attempts: [
          {
            id: "held",
            category: "host-access",
            technique: "t1",
            audit: { escaped: false },
            sandbox: { verdict: "contained", escapes: [] },
          },
          {
            id: "reviewer/leak",
            category: "host-access",
            technique: "x".repeat(5000),
            audit: { escaped: true },
            sandbox: { verdict: "escaped", escapes: [{ check: "canary-leak", detail: "secret" }] },
          },
        ],
      }),
    );
    const res = await get(tokens.admin);
    expect(res.status).toBe(200);
    const body = (await res.json()) as { escapes: { technique: string }[] } & Record<string, unknown>;
    expect(body).toMatchObject({ ok: false, lines: "both", totals, categories: [{ category: "host-access", ...totals }] });
    expect(body.escapes).toEqual([
      { id: "reviewer/leak", category: "host-access", technique: "x".repeat(500), audit: true, sandbox: ["canary-leak"] },
    ]);
    expect((await get(tokens.assistant)).status).toBe(403);
  });

  it("treats a damaged or foreign file as no report", async () => {
    for (const content of ["{not json", JSON.stringify({ hello: "world" }), JSON.stringify([1, 2])]) {
      save(content);
      const res = await get(tokens.admin);
      expect(res.status, content).toBe(404);
      expect(await res.json()).toMatchObject({ detail: expect.stringMatching(/unreadable/) });
    }
  });
});
