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

    it("answers a hit from the entry it loaded, and reads the database again after an invalidation", async () => {
      const cache = createResolveCache(storage);
      const loaded = await cache.get(tenantId, SLUG);
      expect(loaded?.version?.tag).toBe(`${SLUG}@v1.0.0`);
      expect(await cache.get(tenantId, SLUG)).toBe(loaded);
      cache.invalidate(tenantId, SLUG);
      expect(await cache.get(tenantId, SLUG)).not.toBe(loaded);
    });

    it("keeps an entry invalidated while it loaded out of the cache: the next call reads the database again", async () => {
      const cache = createResolveCache(storage);
      const inFlight = cache.get(tenantId, SLUG);
      cache.invalidate(tenantId, SLUG);
      const stale = await inFlight;
      expect(await cache.get(tenantId, SLUG)).not.toBe(stale);
    });

    it("does not remember a failed lookup (database away): the next call reads again", async () => {
      // A database that fails the first lookup, then answers.
      let lookups = 0;
      const flaky = {
        ...storage,
        get db() {
          return lookups++ === 0 ? (null as never) : storage.db;
        },
      };
      const cache = createResolveCache(flaky);
      await expect(cache.get(tenantId, SLUG)).rejects.toThrow();
      expect((await cache.get(tenantId, SLUG))?.version?.tag).toBe(`${SLUG}@v1.0.0`);
    });
  });
}
