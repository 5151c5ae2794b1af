import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testDatabases } from "../../tests/support/storage.js";
import { createRegistryHarness, waterSkill, type RegistryHarness } from "../../tests/support/registry.js";
import { createTenant, type Storage } from "../storage/index.js";
import { createResolveCache } from "./resolve-cache.js";

const SLUG = "custom-water-tracker";

for (const database of testDatabases()) {
  describe(`resolve cache on ${database.name}`, () => {
    let storage: Storage;
    let cleanup: () => Promise<void>;
    let h: RegistryHarness;
    let tenantId = "";

    beforeAll(async () => {
      ({ storage, cleanup } = await database.open());
      h = createRegistryHarness(storage);
      tenantId = (await createTenant(storage.db, { name: "C1" }, "test")).id;
      await h.approveAndActivate(tenantId, (await h.register(tenantId, waterSkill("a"))).id);
    });
    afterAll(async () => {
      await h?.close();
      await cleanup?.();
    });

    it("answers a hit with the loaded value itself, not a promise, and loads again after an invalidation", async () => {
      const cache = createResolveCache(storage);
      const first = cache.get(tenantId, SLUG);
      expect(first).toBeInstanceOf(Promise);
      const loaded = await first;
      expect(loaded?.version?.tag).toBe(`${SLUG}@v1.0.0`);
      expect(cache.get(tenantId, SLUG)).toBe(loaded);
      cache.invalidate(tenantId, SLUG);
      const again = cache.get(tenantId, SLUG);
      expect(again).toBeInstanceOf(Promise);
      expect(await again).not.toBe(loaded);
    });

    it("keeps an entry invalidated while it loaded out of the cache: the next call reads the database again", async () => {
      const cache = createResolveCache(storage);
      const inFlight = cache.get(tenantId, SLUG);
      cache.invalidate(tenantId, SLUG);
      const stale = await inFlight;
      const next = cache.get(tenantId, SLUG);
      expect(next).toBeInstanceOf(Promise);
      expect(await next).not.toBe(stale);
    });

    it("does not remember an unknown skill past an invalidation, nor a failed lookup", async () => {
      const cache = createResolveCache(storage);
      expect(await cache.get(tenantId, "custom-nothing")).toBeUndefined();
      expect(cache.get(tenantId, "custom-nothing")).toBeUndefined();
      cache.invalidate(tenantId, "custom-nothing");
      expect(cache.get(tenantId, "custom-nothing")).toBeInstanceOf(Promise);
      // A database that fails the first lookup, then answers.
      let lookups = 0;
      const flaky = {
        ...storage,
        get db() {
          return lookups++ === 0 ? (null as never) : storage.db;
        },
      };
      const cache2 = createResolveCache(flaky);
      await expect(cache2.get(tenantId, SLUG)).rejects.toThrow();
      expect((await cache2.get(tenantId, SLUG))?.version?.tag).toBe(`${SLUG}@v1.0.0`);
    });
  });
}
