// `GET /v1/keys` a page at a time: every key exactly once, in creation order, across pages;
// cursors are opaque and only this tenant's own; bad limits and forged cursors are 422.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testDatabases } from "../../tests/support/storage.js";
import { createApiKey, createTenant, type Storage } from "../storage/index.js";
import { createApp } from "./app.js";
import { createLogger } from "./http/logger.js";
import { encodeCursor } from "./http/page.js";

interface Page {
  keys: { id: string; name: string }[];
  next_cursor: string | null;
}

for (const database of testDatabases()) {
  describe(`GET /v1/keys pages on ${database.name}`, () => {
    let storage: Storage;
    let cleanup: () => Promise<void>;
    let app: ReturnType<typeof createApp>;
    let admin = "";
    const created: string[] = [];
    let otherTenantKey = "";

    beforeAll(async () => {
      ({ storage, cleanup } = await database.open());
      app = createApp({ storage, logger: createLogger("silent"), bodyLimitBytes: 2048 });
      const tenant = await createTenant(storage.db, { name: "Pages" }, "test");
      const first = await createApiKey(storage.db, tenant.id, { name: "admin", scopes: ["admin"] }, "test");
      admin = first.token;
      created.push(first.key.id);
      for (let i = 0; i < 6; i++)
        created.push((await createApiKey(storage.db, tenant.id, { name: `k${i}`, scopes: ["assistant"] }, "test")).key.id);
      const other = await createTenant(storage.db, { name: "Other" }, "test");
      otherTenantKey = (await createApiKey(storage.db, other.id, { name: "theirs", scopes: ["admin"] }, "test")).key.id;
    });
    afterAll(async () => cleanup?.());

    const get = (query: string) => app.request(`/v1/keys${query}`, { headers: { authorization: `Bearer ${admin}` } });

    it("walks every key exactly once, oldest first, with next_cursor null on the last page", async () => {
      const seen: string[] = [];
      let cursor: string | null = null;
      let pages = 0;
      do {
        const res = await get(`?limit=3${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ""}`);
        expect(res.status).toBe(200);
        const page = (await res.json()) as Page;
        expect(page.keys.length).toBeLessThanOrEqual(3);
        seen.push(...page.keys.map((k) => k.id));
        cursor = page.next_cursor;
        pages++;
      } while (cursor !== null && pages < 10);
      expect(pages).toBe(3);
      expect(seen).toEqual(created);
    });

    it("answers one page of at most 50 without a limit, and says there is no more", async () => {
      const page = (await (await get("")).json()) as Page;
      expect(page.keys.map((k) => k.id)).toEqual(created);
      expect(page.next_cursor).toBeNull();
    });

    it.each([["0"], ["201"], ["-1"], ["2.5"], ["ten"], [""]])("refuses limit=%j as 422", async (limit) => {
      const res = await get(`?limit=${limit}`);
      expect(res.status).toBe(422);
      expect(await res.json()).toMatchObject({ code: "VALIDATION_FAILED" });
    });

    it("refuses a forged cursor, and another tenant's key as a cursor, as 422", async () => {
      for (const cursor of [
        "garbage!",
        "dGVzdA",
        encodeCursor("not-a-uuid"),
        encodeCursor(otherTenantKey),
        encodeCursor("00000000-0000-4000-8000-000000000000"),
      ]) {
        const res = await get(`?cursor=${encodeURIComponent(cursor)}`);
        expect(res.status, cursor).toBe(422);
      }
    });
  });
}
