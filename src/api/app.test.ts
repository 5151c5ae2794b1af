import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testDatabases } from "../../tests/support/storage.js";
import { createApiKey, createTenant, revokeApiKey, type Storage } from "../storage/index.js";
import { createApp } from "./app.js";
import { createLogger } from "./http/logger.js";
import { OPENAPI_DOCUMENT } from "./openapi.js";

for (const database of testDatabases()) {
  describe(`HTTP API on ${database.name}`, () => {
    let storage: Storage;
    let cleanup: () => Promise<void>;
    let app: ReturnType<typeof createApp>;
    const logs: string[] = [];
    const tokens = { admin: "", assistant: "", revoked: "", otherTenant: "" };
    let tenantB = "";

    beforeAll(async () => {
      ({ storage, cleanup } = await database.open());
      app = createApp({ storage, logger: createLogger("info", (l) => logs.push(l)), bodyLimitBytes: 2048 });
      const a = await createTenant(storage.db, { name: "A" }, "test");
      const b = await createTenant(storage.db, { name: "B" }, "test");
      tenantB = b.id;
      tokens.admin = (await createApiKey(storage.db, a.id, { name: "admin", scopes: ["admin", "assistant"] }, "test")).token;
      tokens.assistant = (await createApiKey(storage.db, a.id, { name: "assistant", scopes: ["assistant"] }, "test")).token;
      const revoked = await createApiKey(storage.db, a.id, { name: "old", scopes: ["admin"] }, "test");
      await revokeApiKey(storage.db, a.id, revoked.key.id, "test");
      tokens.revoked = revoked.token;
      tokens.otherTenant = (await createApiKey(storage.db, b.id, { name: "b", scopes: ["admin"] }, "test")).token;
    });
    afterAll(async () => cleanup?.());

    const call = (path: string, init: RequestInit & { token?: string } = {}) => {
      const headers = new Headers(init.headers);
      if (init.token !== undefined) headers.set("authorization", `Bearer ${init.token}`);
      return app.request(path, { ...init, headers });
    };

    async function expectProblem(res: Response, status: number, code: string) {
      expect(res.status).toBe(status);
      expect(res.headers.get("content-type")).toContain("application/problem+json");
      const body = (await res.json()) as Record<string, unknown>;
      expect(body).toMatchObject({ status, code });
      expect(typeof body.title).toBe("string");
      return body;
    }

    it("serves /healthz and /readyz without a key", async () => {
      expect(await (await call("/healthz")).json()).toEqual({ status: "ok" });
      const ready = await call("/readyz");
      expect(ready.status).toBe(200);
      expect(await ready.json()).toEqual({ status: "ready", database: database.name });
    });

    it("rejects a request with no key as AUTH_MISSING", async () => {
      await expectProblem(await call("/v1/me"), 401, "AUTH_MISSING");
    });

    it.each([["Basic dXNlcjpwYXNz"], ["Bearer"], ["Bearer two words"], ["bearer-ish sfk_x"], ["Bearer sfk_<script>"]])(
      "rejects a malformed Authorization header %j as AUTH_MALFORMED",
      async (header) => {
        await expectProblem(await call("/v1/me", { headers: { authorization: header } }), 401, "AUTH_MALFORMED");
      },
    );

    it("rejects unknown and revoked keys alike as AUTH_INVALID", async () => {
      await expectProblem(await call("/v1/me", { token: "sfk_" + "A".repeat(43) }), 401, "AUTH_INVALID");
      await expectProblem(await call("/v1/me", { token: "not-even-our-format" }), 401, "AUTH_INVALID");
      await expectProblem(await call("/v1/me", { token: tokens.revoked }), 401, "AUTH_INVALID");
    });

    it("rejects a key without the admin scope on admin routes as AUTH_SCOPE", async () => {
      await expectProblem(await call("/v1/keys", { token: tokens.assistant }), 403, "AUTH_SCOPE");
      await expectProblem(
        await call("/v1/keys", {
          token: tokens.assistant,
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ name: "x", scopes: ["admin"] }),
        }),
        403,
        "AUTH_SCOPE",
      );
    });

    it("lets an admin create, use and revoke a key, but never another tenant's", async () => {
      const me = (await (await call("/v1/me", { token: tokens.admin })).json()) as { tenant: { name: string } };
      expect(me.tenant.name).toBe("A");
      const created = await call("/v1/keys", {
        token: tokens.admin,
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ name: "bot", scopes: ["assistant"] }),
      });
      expect(created.status).toBe(201);
      const { key, token } = (await created.json()) as { key: { id: string }; token: string };
      expect((await call("/v1/me", { token })).status).toBe(200);
      await expectProblem(await call(`/v1/keys/${key.id}`, { token: tokens.otherTenant, method: "DELETE" }), 404, "NOT_FOUND");
      const listB = (await (await call("/v1/keys", { token: tokens.otherTenant })).json()) as {
        keys: Array<{ tenantId: string }>;
      };
      expect(listB.keys.every((k) => k.tenantId === tenantB)).toBe(true);
      expect((await call(`/v1/keys/${key.id}`, { token: tokens.admin, method: "DELETE" })).status).toBe(204);
      await expectProblem(await call("/v1/me", { token }), 401, "AUTH_INVALID");
      await expectProblem(await call("/v1/keys/not-a-uuid", { token: tokens.admin, method: "DELETE" }), 404, "NOT_FOUND");
    });

    it("answers bad bodies with problem+json: wrong type, bad JSON, invalid shape, too large", async () => {
      const post = (body: string, type = "application/json") =>
        call("/v1/keys", { token: tokens.admin, method: "POST", headers: { "content-type": type }, body });
      await expectProblem(await post("name=x", "application/x-www-form-urlencoded"), 415, "BODY_UNSUPPORTED_TYPE");
      await expectProblem(await post("{ not json"), 400, "BODY_INVALID_JSON");
      const invalid = await expectProblem(
        await post(JSON.stringify({ name: "", scopes: ["root"], extra: 1 })),
        422,
        "VALIDATION_FAILED",
      );
      expect(String(invalid.detail)).toMatch(/scopes|name|additional/);
      await expectProblem(await post(JSON.stringify({ name: "x".repeat(5000), scopes: ["admin"] })), 413, "BODY_TOO_LARGE");
    });

    it("detects a skill need from an assistant key's messages, and refuses malformed ones", async () => {
      const detect = (token: string, body: unknown) =>
        call("/v1/needs/detect", {
          token,
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify(body),
        });
      const res = await detect(tokens.assistant, {
        messages: [{ id: "m1", text: "I want to track how much water I drink", at: "2026-11-20T08:00:00Z" }],
      });
      expect(res.status).toBe(200);
      const { needs } = (await res.json()) as { needs: Array<{ kind: string; subject: string; evidence: string[] }> };
      expect(needs).toEqual([
        expect.objectContaining({ kind: "request", subject: expect.stringMatching(/water/), evidence: ["m1"] }),
      ]);
      await expectProblem(await detect(tokens.otherTenant, { messages: { text: "track my sleep" } }), 403, "AUTH_SCOPE");
      await expectProblem(await detect(tokens.assistant, { messages: [{ text: "" }] }), 422, "VALIDATION_FAILED");
      await expectProblem(
        await detect(tokens.assistant, { messages: [{ text: "hi", at: "yesterday" }] }),
        422,
        "VALIDATION_FAILED",
      );
      await expectProblem(await detect(tokens.assistant, { text: "missing the messages wrapper" }), 422, "VALIDATION_FAILED");
    });

    it("answers unknown routes with a NOT_FOUND problem", async () => {
      await expectProblem(await call("/nope"), 404, "NOT_FOUND");
    });

    it("lists every served path in /openapi.json", async () => {
      const doc = (await (await call("/openapi.json")).json()) as typeof OPENAPI_DOCUMENT;
      for (const path of ["/healthz", "/readyz", "/openapi.json", "/v1/me", "/v1/keys", "/v1/keys/{id}", "/v1/needs/detect"])
        expect(Object.keys(doc.paths)).toContain(path);
      const served = app.routes
        .filter((r) => r.method !== "ALL")
        .map((r) => r.path.replace(/:(\w+)/g, "{$1}"))
        .filter((p) => p.startsWith("/v1/") || ["/healthz", "/readyz", "/openapi.json"].includes(p));
      for (const path of served) expect(Object.keys(doc.paths)).toContain(path);
    });

    it("never puts internals in a 5xx body, and logs them with the request id", async () => {
      const broken = createApp({
        storage: {
          ...storage,
          db: new Proxy(storage.db, {
            get() {
              throw new Error("secret internal detail");
            },
          }),
        },
        logger: createLogger("info", (l) => logs.push(l)),
        bodyLimitBytes: 2048,
      });
      const res = await broken.request("/v1/me", { headers: { authorization: `Bearer ${tokens.admin}` } });
      const body = await expectProblem(res, 500, "INTERNAL");
      expect(JSON.stringify(body)).not.toContain("secret internal detail");
      expect(logs.some((l) => l.includes("secret internal detail") && l.includes(String(body.requestId)))).toBe(true);
    });
  });
}
