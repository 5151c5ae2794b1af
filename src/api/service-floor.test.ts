// The service floor as a new user and an operator meet it: auth that is lenient where the RFC is,
// 405 instead of 404, 503 with Retry-After when the database is gone, names that cannot smuggle
// terminal escapes or direction overrides, and a tenant that cannot lock itself out.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testDatabases } from "../../tests/support/storage.js";
import { createApiKey, createTenant, listApiKeys, type Storage } from "../storage/index.js";
import { createApp } from "./app.js";
import { createLogger } from "./http/logger.js";

for (const database of testDatabases()) {
  describe(`service floor on ${database.name}`, () => {
    let storage: Storage;
    let cleanup: () => Promise<void>;
    let app: ReturnType<typeof createApp>;
    const logs: string[] = [];
    let admin = "";
    let adminKeyId = "";
    let tenantId = "";
    const used: string[] = [];

    beforeAll(async () => {
      ({ storage, cleanup } = await database.open());
      app = createApp({
        storage,
        logger: createLogger("info", (l) => logs.push(l)),
        bodyLimitBytes: 2048,
        onKeyUse: (id) => used.push(id),
      });
      tenantId = (await createTenant(storage.db, { name: "Floor" }, "test")).id;
      const created = await createApiKey(storage.db, tenantId, { name: "only admin", scopes: ["admin", "assistant"] }, "test");
      admin = created.token;
      adminKeyId = created.key.id;
    });
    afterAll(async () => cleanup?.());

    it.each([["bearer"], ["BEARER"], ["Bearer  "], ["  Bearer\t"]])(
      "accepts the auth scheme written %j (case-insensitive, any spacing)",
      async (scheme) => {
        const res = await app.request("/v1/me", {
          headers: { authorization: `${scheme}${scheme.endsWith(" ") || scheme.endsWith("\t") ? "" : " "}${admin}  ` },
        });
        expect(res.status).toBe(200);
      },
    );

    it("says how to authenticate on every 401 (WWW-Authenticate)", async () => {
      for (const headers of [{}, { authorization: "Basic x" }, { authorization: `Bearer sfk_${"A".repeat(43)}` }] as Record<
        string,
        string
      >[]) {
        const res = await app.request("/v1/me", { headers });
        expect(res.status).toBe(401);
        expect(res.headers.get("www-authenticate")).toBe('Bearer realm="skillforge"');
      }
    });

    it("answers a wrong method with 405 and Allow, an unknown path with 404", async () => {
      const res = await app.request("/v1/me", { method: "DELETE", headers: { authorization: `Bearer ${admin}` } });
      expect(res.status).toBe(405);
      expect(res.headers.get("allow")).toBe("GET, HEAD");
      expect(await res.json()).toMatchObject({ code: "METHOD_NOT_ALLOWED" });
      const keys = await app.request("/v1/keys", { method: "PUT", headers: { authorization: `Bearer ${admin}` } });
      expect(keys.status).toBe(405);
      expect(keys.headers.get("allow")).toBe("GET, HEAD, POST");
      expect((await app.request("/v1/no-such-thing", { headers: { authorization: `Bearer ${admin}` } })).status).toBe(404);
      expect((await app.request("/no-such-page")).status).toBe(404);
    });

    it.each([
      ["a NUL", "key\u0000name"],
      ["an ESC sequence", "\u001b[2Jwiped"],
      ["a right-to-left override", "gnp\u202Eexe.png"],
      ["only whitespace", "   "],
      ["101 characters", "x".repeat(101)],
    ])("refuses a key name with %s as 422, and stores nothing", async (_what, name) => {
      const before = (await listApiKeys(storage.db, tenantId)).length;
      const res = await app.request("/v1/keys", {
        method: "POST",
        headers: { authorization: `Bearer ${admin}`, "content-type": "application/json" },
        body: JSON.stringify({ name, scopes: ["assistant"] }),
      });
      expect(res.status).toBe(422);
      expect(await res.json()).toMatchObject({ code: "VALIDATION_FAILED" });
      expect((await listApiKeys(storage.db, tenantId)).length).toBe(before);
    });

    it("trims a key name before storing it", async () => {
      const res = await app.request("/v1/keys", {
        method: "POST",
        headers: { authorization: `Bearer ${admin}`, "content-type": "application/json" },
        body: JSON.stringify({ name: "  assistant key  ", scopes: ["assistant"] }),
      });
      expect(res.status).toBe(201);
      expect(((await res.json()) as { key: { name: string } }).key.name).toBe("assistant key");
    });

    it("refuses to revoke the tenant's last live admin key (409), and revokes it once another admin exists", async () => {
      const res = await app.request(`/v1/keys/${adminKeyId}`, {
        method: "DELETE",
        headers: { authorization: `Bearer ${admin}` },
      });
      expect(res.status).toBe(409);
      expect(await res.json()).toMatchObject({ code: "CONFLICT" });
      expect((await app.request("/v1/me", { headers: { authorization: `Bearer ${admin}` } })).status).toBe(200);
      const second = await createApiKey(storage.db, tenantId, { name: "second admin", scopes: ["admin"] }, "test");
      const ok = await app.request(`/v1/keys/${adminKeyId}`, {
        method: "DELETE",
        headers: { authorization: `Bearer ${second.token}` },
      });
      expect(ok.status).toBe(204);
      // Revocation takes effect at once in this instance, cache or not.
      expect((await app.request("/v1/me", { headers: { authorization: `Bearer ${admin}` } })).status).toBe(401);
      admin = second.token;
    });

    it("reports each authenticated request's key for lastUsedAt, without a query per request", async () => {
      used.length = 0;
      for (let i = 0; i < 3; i++) await app.request("/v1/me", { headers: { authorization: `Bearer ${admin}` } });
      expect(used).toHaveLength(3);
      expect(new Set(used).size).toBe(1);
    });

    it("sends security headers and a CSP without inline scripts on pages, and serves the page's script", async () => {
      const page = await app.request("/dashboard");
      const csp = page.headers.get("content-security-policy") ?? "";
      expect(csp).toContain("script-src 'self'");
      expect(csp).not.toContain("unsafe-inline'; script");
      expect(csp).toContain("frame-ancestors 'none'");
      expect(page.headers.get("x-frame-options")).toBe("DENY");
      const html = await page.text();
      expect(html).not.toMatch(/<script>(?!<\/script>)/);
      const js = await app.request("/assets/dashboard.js");
      expect(js.headers.get("content-type")).toContain("javascript");
      expect(await js.text()).toContain("replaceChildren");
    });

    it("answers 503 STORAGE_UNAVAILABLE with Retry-After, and logs no SQL or parameters, when the database is gone", async () => {
      const refused = Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5432"), { code: "ECONNREFUSED" });
      const wrapped = Object.assign(new Error(`Failed query: select ... where hash = $1\nparams: deadbeefsecret`), {
        name: "DrizzleQueryError",
        query: "select",
        params: ["deadbeefsecret"],
        cause: refused,
      });
      const down = createApp({
        storage: {
          ...storage,
          db: new Proxy(storage.db, {
            get() {
              throw wrapped;
            },
          }),
        },
        logger: createLogger("info", (l) => logs.push(l)),
        bodyLimitBytes: 2048,
      });
      logs.length = 0;
      const res = await down.request("/v1/me", { headers: { authorization: `Bearer sfk_${"B".repeat(43)}` } });
      expect(res.status).toBe(503);
      expect(res.headers.get("retry-after")).toMatch(/^\d+$/);
      expect(await res.json()).toMatchObject({ code: "STORAGE_UNAVAILABLE" });
      expect(logs.join("\n")).toContain("ECONNREFUSED");
      expect(logs.join("\n")).not.toContain("deadbeefsecret");
    });

    it("answers a request stuck on a database that stopped answering within the deadline", async () => {
      // Every query builder call chains, and awaiting it never settles: a server that accepted the
      // connection and then went silent.
      const hang: unknown = new Proxy(function never() {}, {
        get: (_t, p) => (p === "then" ? () => {} : hang),
        apply: () => hang,
      });
      const frozen = createApp({
        storage: { ...storage, db: hang as Storage["db"] },
        logger: createLogger("silent"),
        bodyLimitBytes: 2048,
        dbTimeoutMs: 300,
      });
      const res = await frozen.request("/v1/me", { headers: { authorization: `Bearer sfk_${"C".repeat(43)}` } });
      expect(res.status).toBe(503);
      expect(await res.json()).toMatchObject({ code: "STORAGE_UNAVAILABLE" });
    });
  });
}
