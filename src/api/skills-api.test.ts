import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createRegistryHarness, waterSkill, type RegistryHarness } from "../../tests/support/registry.js";
import { testDatabases } from "../../tests/support/storage.js";
import { tempDir } from "../../tests/support/cli.js";
import { loadConfig } from "../config/index.js";
import { createApiKey, createTenant, type Storage } from "../storage/index.js";
import { createApp } from "./app.js";
import { createLogger } from "./http/logger.js";
import { OPENAPI_DOCUMENT } from "./openapi.js";
import { createRoot, type Root } from "./root.js";

const SLUG = "custom-water-tracker";
const [pglite] = testDatabases();

describe("HTTP API /v1/skills", () => {
  let storage: Storage;
  let cleanup: () => Promise<void>;
  let h: RegistryHarness;
  let root: Root;
  let app: ReturnType<typeof createApp>;
  const tokens = { assistant: "", admin: "", other: "" };
  let tenantId = "";
  let v1 = "";
  let v2 = "";

  beforeAll(async () => {
    ({ storage, cleanup } = await pglite!.open());
    h = createRegistryHarness(storage);
    const logger = createLogger("silent");
    root = createRoot(loadConfig({}, { dataDir: tempDir() }), { storage, sandbox: h.sandbox, registry: h.registry, logger });
    app = createApp({ root, storage, logger, bodyLimitBytes: 64 * 1024 });
    tenantId = (await createTenant(storage.db, { name: "API" }, "test")).id;
    tokens.assistant = (await createApiKey(storage.db, tenantId, { name: "a", scopes: ["assistant"] }, "test")).token;
    tokens.admin = (await createApiKey(storage.db, tenantId, { name: "b", scopes: ["admin"] }, "test")).token;
    const other = (await createTenant(storage.db, { name: "Other" }, "test")).id;
    tokens.other = (await createApiKey(storage.db, other, { name: "o", scopes: ["assistant", "admin"] }, "test")).token;
    v1 = (await h.register(tenantId, waterSkill("one"))).id;
    v2 = (await h.register(tenantId, waterSkill("two"))).id;
    await h.approveAndActivate(tenantId, v1);
    await h.approveAndActivate(tenantId, v2);
  });
  afterAll(async () => {
    await root?.close();
    await h?.close();
    await cleanup?.();
  });

  const req = (path: string, token: string, init: { method?: string; body?: unknown } = {}) => {
    const headers = new Headers({ authorization: `Bearer ${token}` });
    const body = init.body === undefined ? undefined : JSON.stringify(init.body);
    if (body !== undefined) headers.set("content-type", "application/json");
    return app.request(`/v1${path}`, { method: init.method ?? "GET", headers, body });
  };
  const problem = async (res: Response, status: number, code: string) => {
    expect(res.status).toBe(status);
    expect(res.headers.get("content-type")).toContain("application/problem+json");
    const body = (await res.json()) as Record<string, unknown>;
    expect(body).toMatchObject({ status, code });
    return body;
  };

  it("lists, shows and lists versions for the tenant's keys only", async () => {
    const list = (await (await req("/skills", tokens.assistant)).json()) as {
      skills: Array<{ slug: string; activeVersion: { id: string } }>;
    };
    expect(list.skills).toEqual([expect.objectContaining({ slug: SLUG, activeVersion: expect.objectContaining({ id: v2 }) })]);
    expect(
      ((await (await req(`/skills/${SLUG}/versions`, tokens.admin)).json()) as { versions: unknown[] }).versions,
    ).toHaveLength(2);
    expect(await (await req(`/skills/${SLUG}`, tokens.assistant)).json()).toMatchObject({ slug: SLUG, status: "active" });
    await problem(await req(`/skills/${SLUG}`, tokens.other), 404, "SKILL_NOT_FOUND");
    expect(((await (await req("/skills", tokens.other)).json()) as { skills: unknown[] }).skills).toEqual([]);
  });

  it("runs an action, data and insights on the active version and names the version", async () => {
    const res = await req(`/skills/${SLUG}/actions/log_water`, tokens.assistant, {
      method: "POST",
      body: { params: { amount_ml: 250 } },
    });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({
      ok: true,
      versionId: v2,
      tag: `${SLUG}@v1.0.1`,
      value: { success: true, marker: "two" },
    });
    const bad = await problem(
      await req(`/skills/${SLUG}/actions/log_water`, tokens.assistant, { method: "POST", body: { params: { amount_ml: "x" } } }),
      422,
      "SANDBOX_BAD_PARAMS",
    );
    expect(bad).toMatchObject({ versionId: v2 });
    await problem(await req(`/skills/${SLUG}/actions/nope`, tokens.assistant, { method: "POST" }), 404, "ACTION_NOT_FOUND");
    expect(await (await req(`/skills/${SLUG}/data`, tokens.assistant)).json()).toMatchObject({ value: { today_ml: 250 } });
    expect(await (await req(`/skills/${SLUG}/insights`, tokens.assistant)).json()).toMatchObject({
      ok: true,
      value: [{ type: "warning" }],
    });
    await problem(await req(`/skills/${SLUG}/data`, tokens.admin), 403, "AUTH_SCOPE");
  });

  it("counts the tenant's skills as installed for detect, and sees an archive and a restore at once", async () => {
    // Water mentioned on five days is a pattern, unless a water skill is installed.
    const WATER_DAYS = [1, 2, 3, 4, 5].map((d) => ({
      id: `m${d}`,
      text: "Just drank another big glass of water",
      at: `2026-11-0${d}T08:00:00Z`,
    }));
    const detected = async (): Promise<string[]> => {
      const res = await req("/needs/detect", tokens.assistant, {
        method: "POST",
        body: { messages: WATER_DAYS },
      });
      expect(res.status).toBe(200);
      return ((await res.json()) as { needs: { subject: string }[] }).needs.map((n) => n.subject);
    };
    // Twice: the second answer comes from the cache.
    expect(await detected()).toEqual([]);
    expect(await detected()).toEqual([]);
    expect((await req(`/skills/${SLUG}/archive`, tokens.assistant, { method: "POST" })).status).toBe(200);
    expect(await detected()).toEqual([expect.stringMatching(/water/)]);
    expect((await req(`/skills/${SLUG}/restore`, tokens.assistant, { method: "POST" })).status).toBe(200);
    expect(await detected()).toEqual([]);
  });

  it("rolls back, archives (calls refused with SKILL_ARCHIVED) and restores with an assistant key", async () => {
    const back = await req(`/skills/${SLUG}/rollback`, tokens.assistant, { method: "POST" });
    expect(await back.json()).toMatchObject({ from: { id: v2 }, to: { id: v1, tag: `${SLUG}@v1.0.0` }, collectionsDiffer: [] });
    expect(await (await req(`/skills/${SLUG}/data`, tokens.assistant)).json()).toMatchObject({ versionId: v1 });
    expect(
      await (await req(`/skills/${SLUG}/rollback`, tokens.assistant, { method: "POST", body: { to: "v1.0.1" } })).json(),
    ).toMatchObject({ to: { id: v2 } });
    await problem(
      await req(`/skills/${SLUG}/rollback`, tokens.assistant, { method: "POST", body: { to: "latest" } }),
      422,
      "VALIDATION_FAILED",
    );
    expect(await (await req(`/skills/${SLUG}/archive`, tokens.assistant, { method: "POST" })).json()).toMatchObject({
      status: "archived",
    });
    const archived = await problem(await req(`/skills/${SLUG}/data`, tokens.assistant), 409, "SKILL_ARCHIVED");
    expect(String(archived.detail)).toContain("restore");
    expect(await (await req(`/skills/${SLUG}/restore`, tokens.assistant, { method: "POST" })).json()).toMatchObject({
      status: "active",
    });
    expect((await req(`/skills/${SLUG}/data`, tokens.assistant)).status).toBe(200);
  });

  it("checks a config against the config schema, exports a .tar.gz, and deletes only with an admin key", async () => {
    await problem(
      await req(`/skills/${SLUG}`, tokens.assistant, { method: "PATCH", body: { config: { goal_ml: "x" } } }),
      422,
      "VALIDATION_FAILED",
    );
    expect(
      await (await req(`/skills/${SLUG}`, tokens.assistant, { method: "PATCH", body: { config: { goal_ml: 1500 } } })).json(),
    ).toEqual({ slug: SLUG, config: { goal_ml: 1500 } });
    const tgz = await req(`/skills/${SLUG}/export?format=tar.gz`, tokens.assistant);
    expect(tgz.headers.get("content-type")).toBe("application/gzip");
    expect(new Uint8Array(await tgz.arrayBuffer()).slice(0, 2)).toEqual(new Uint8Array([0x1f, 0x8b]));
    expect(
      Object.keys(
        ((await (await req(`/skills/${SLUG}/export?version=1.0.0`, tokens.assistant)).json()) as { files: object }).files,
      ),
    ).toContain("SKILL.md");
    await problem(await req(`/skills/${SLUG}`, tokens.assistant, { method: "DELETE" }), 403, "AUTH_SCOPE");
    expect((await req(`/skills/${SLUG}`, tokens.admin, { method: "DELETE" })).status).toBe(204);
    await problem(await req(`/skills/${SLUG}`, tokens.admin), 404, "SKILL_NOT_FOUND");
  });

  it("lists every skills route in /openapi.json", () => {
    const served = app.routes
      .filter((r) => r.method !== "ALL" && r.path.startsWith("/v1/skills"))
      .map((r) => r.path.replace(/:(\w+)/g, "{$1}"));
    expect(served.length).toBeGreaterThan(8);
    for (const path of served) expect(Object.keys(OPENAPI_DOCUMENT.paths)).toContain(path);
  });
});
