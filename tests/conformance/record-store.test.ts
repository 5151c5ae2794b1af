// One RecordStore conformance suite, run against every implementation: the in-memory store that
// trials use and the database store (PGlite, and PostgreSQL when DATABASE_URL is set). A skill
// must see the same ids, order, limits, scoping and refusals whichever store it runs on.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Json, RecordScope, RecordStore } from "../../src/contract/index.js";
import { createMemoryRecordStore } from "../../src/sandbox/index.js";
import { createRecordStore, createTenant } from "../../src/storage/index.js";
import { testDatabases } from "../support/storage.js";

interface Subject {
  name: string;
  /** A store and a tenant id it accepts. */
  open(): Promise<{
    store: RecordStore;
    /** The same store seeing only the newest `scanRows` rows of a collection. */
    windowed(scanRows: number): RecordStore;
    tenant(): Promise<string>;
    close(): Promise<void>;
  }>;
}

const subjects: Subject[] = [
  {
    name: "memory",
    async open() {
      const base = createMemoryRecordStore();
      // One memory store per window: each keeps its own rows, so the windowed one starts empty.
      return {
        store: base,
        windowed: (scanRows) => createMemoryRecordStore({ scanRows }),
        tenant: async () => randomUUID(),
        close: async () => {},
      };
    },
  },
  ...testDatabases().map((database): Subject => ({
    name: database.name,
    async open() {
      const { storage, cleanup } = await database.open();
      return {
        store: createRecordStore(storage.db),
        windowed: (scanRows) => createRecordStore(storage.db, { scanRows }),
        tenant: async () => (await createTenant(storage.db, { name: "conformance" }, "test")).id,
        close: cleanup,
      };
    },
  })),
];

// Values of every JSON type, plus a row without the field, in no particular order.
const MIXED: Array<Json | undefined> = ["b", 10, true, null, "a", 2, false, [1], { k: 1 }, undefined, "ä", "Z", 2.5, -1];
// The contract's order (compareRecordValues): null, strings by bytes, numbers, booleans, arrays, objects, missing.
const ASCENDING: Array<Json | undefined> = [null, "Z", "a", "b", "ä", -1, 2, 2.5, 10, false, true, [1], { k: 1 }, undefined];

for (const subject of subjects) {
  describe(`RecordStore conformance: ${subject.name}`, () => {
    let store: RecordStore;
    let windowed: (scanRows: number) => RecordStore;
    let tenant: () => Promise<string>;
    let close: () => Promise<void>;
    beforeAll(async () => ({ store, windowed, tenant, close } = await subject.open()));
    afterAll(async () => close?.());

    const scopeOf = async (collection = "entries"): Promise<RecordScope> => ({
      tenantId: await tenant(),
      skillId: randomUUID(),
      collection,
    });

    it("gives every row a uuid id and an ISO created_at that the skill cannot forge", async () => {
      const scope = await scopeOf();
      const row = await store.insert(scope, { id: "forged", created_at: "1970-01-01T00:00:00Z", n: 1 });
      expect(row.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
      expect(row.id).not.toBe("forged");
      expect(new Date(row.created_at).toISOString()).toBe(row.created_at);
      expect(row.created_at).not.toMatch(/^1970/);
      const [read] = await store.select(scope, { filters: [{ field: "id", value: row.id }], limit: 10 });
      expect(read).toEqual(row);
      expect(await store.select(scope, { filters: [{ field: "created_at", value: row.created_at }], limit: 10 })).toEqual([row]);
      expect(await store.select(scope, { filters: [{ field: "created_at", value: "not a time" }], limit: 10 })).toEqual([]);
    });

    it("orders mixed JSON types the contract's one way, ascending and descending", async () => {
      const scope = await scopeOf();
      for (const [i, v] of MIXED.entries()) await store.insert(scope, v === undefined ? { i } : { i, v });
      const asc = await store.select(scope, { filters: [], order: { field: "v", ascending: true }, limit: 100 });
      expect(asc.map((r) => r.v)).toEqual(ASCENDING);
      const desc = await store.select(scope, { filters: [], order: { field: "v", ascending: false }, limit: 100 });
      expect(desc.map((r) => r.v)).toEqual([...ASCENDING].reverse());
    });

    it("orders strings by their first 256 characters only, then by insertion", async () => {
      const scope = await scopeOf();
      const long = "x".repeat(300);
      for (const v of [long + "b", long + "a", "x".repeat(255) + "b", "x".repeat(255) + "a"]) await store.insert(scope, { v });
      const asc = await store.select(scope, { filters: [], order: { field: "v", ascending: true }, limit: 10 });
      expect(asc.map((r) => (r.v as string).slice(255))).toEqual([
        "a",
        "b",
        "x" + "x".repeat(44) + "b",
        "x" + "x".repeat(44) + "a",
      ]);
    });

    it("orders and filters across many statement-sized slices of the collection", async () => {
      const scope = await scopeOf();
      const n = 430;
      for (let i = 0; i < n; i++) await store.insert(scope, { k: (i * 7919) % n, odd: i % 2 });
      const top = await store.select(scope, {
        filters: [{ field: "odd", value: 1 }],
        order: { field: "k", ascending: false },
        limit: 3,
      });
      const expected = Array.from({ length: n }, (_, i) => ({ k: (i * 7919) % n, odd: i % 2 }))
        .filter((r) => r.odd === 1)
        .map((r) => r.k)
        .sort((a, b) => b - a)
        .slice(0, 3);
      expect(top.map((r) => r.k)).toEqual(expected);
      expect(await store.select(scope, { filters: [], limit: 2 })).toMatchObject([{ k: 0 }, { k: 7919 % n }]);
    });

    it("refuses a select whose call's deadline has passed, before reading rows", async () => {
      const scope = await scopeOf();
      await store.insert(scope, { n: 1 });
      await expect(store.select(scope, { filters: [], limit: 10, deadline: Date.now() - 1 })).rejects.toThrow(/deadline/);
      expect(await store.select(scope, { filters: [], limit: 10, deadline: Date.now() + 60_000 })).toHaveLength(1);
    });

    it("sees only the newest rows of a collection in a select or update (the scan window)", async () => {
      const small = windowed(3);
      const scope = await scopeOf();
      for (let i = 0; i < 5; i++) await small.insert(scope, { i });
      expect((await small.select(scope, { filters: [], limit: 10 })).map((r) => r.i)).toEqual([2, 3, 4]);
      expect(await small.select(scope, { filters: [{ field: "i", value: 0 }], limit: 10 })).toEqual([]);
      expect(await small.update(scope, { seen: true }, [{ field: "i", value: 1 }])).toBe(0);
      expect(await small.update(scope, { seen: true }, [{ field: "i", value: 4 }])).toBe(1);
    });

    it("breaks ties by insertion time, and lists unordered rows oldest first", async () => {
      const scope = await scopeOf();
      // Rows written back to back can share a clock reading (PGlite's does): order must still hold.
      const order = Array.from({ length: 16 }, (_, i) => i);
      for (const i of order) await store.insert(scope, { same: 1, i });
      const ordered = await store.select(scope, { filters: [], order: { field: "same", ascending: false }, limit: 100 });
      expect(ordered.map((r) => r.i)).toEqual(order);
      const plain = await store.select(scope, { filters: [], limit: 100 });
      expect(plain.map((r) => r.i)).toEqual(order);
    });

    it("filters by JSON equality (key order and 1 vs 1.0 do not matter) and limits", async () => {
      const scope = await scopeOf();
      await store.insert(scope, { tag: { a: 1, b: [1, 2] }, n: 1 });
      await store.insert(scope, { tag: { a: 2 }, n: 1.0 });
      await store.insert(scope, { n: "1" });
      expect((await store.select(scope, { filters: [{ field: "tag", value: { b: [1, 2], a: 1 } }], limit: 10 })).length).toBe(1);
      expect((await store.select(scope, { filters: [{ field: "n", value: 1 }], limit: 10 })).length).toBe(2);
      expect((await store.select(scope, { filters: [{ field: "n", value: "1" }], limit: 10 })).length).toBe(1);
      expect((await store.select(scope, { filters: [{ field: "missing", value: null }], limit: 10 })).length).toBe(0);
      expect((await store.select(scope, { filters: [], limit: 2 })).length).toBe(2);
      expect((await store.select(scope, { filters: [], limit: 0 })).length).toBe(0);
    });

    it("updates matching rows with a shallow merge and never the host-owned fields", async () => {
      const scope = await scopeOf();
      const a = await store.insert(scope, { n: 1, keep: "x" });
      await store.insert(scope, { n: 2 });
      expect(
        await store.update(scope, { n: 5, id: "forged", created_at: "1970-01-01T00:00:00Z" }, [{ field: "id", value: a.id }]),
      ).toBe(1);
      const [after] = await store.select(scope, { filters: [{ field: "id", value: a.id }], limit: 1 });
      expect(after).toEqual({ ...a, n: 5 });
      expect(await store.update(scope, { seen: true }, [])).toBe(2);
    });

    it("keeps tenants, skills and collections apart, and drops one skill's rows only", async () => {
      const scope = await scopeOf("notes");
      const other = { ...scope, tenantId: await tenant() };
      await store.insert(scope, { note: "mine" });
      await store.insert(other, { note: "other tenant" });
      await store.insert({ ...scope, skillId: randomUUID() }, { note: "other skill" });
      await store.insert({ ...scope, collection: "others" }, { note: "other collection" });
      expect((await store.select(scope, { filters: [], limit: 10 })).map((r) => r.note)).toEqual(["mine"]);
      expect(await store.dropSkillData(scope)).toBe(2);
      expect(await store.select(scope, { filters: [], limit: 10 })).toEqual([]);
      expect((await store.select(other, { filters: [], limit: 10 })).map((r) => r.note)).toEqual(["other tenant"]);
    });

    it("refuses the same scopes and names everywhere, before touching data", async () => {
      const good = await scopeOf();
      const refusals: Array<[string, () => Promise<unknown>]> = [
        ["non-uuid skill id", () => store.insert({ ...good, skillId: "trial-123" }, { n: 1 })],
        ["non-uuid tenant id", () => store.select({ ...good, tenantId: "tenant" }, { filters: [], limit: 1 })],
        ["bad collection", () => store.insert({ ...good, collection: "Bad-Name" }, { n: 1 })],
        ["64-character field", () => store.select(good, { filters: [{ field: "f".repeat(64), value: 1 }], limit: 1 })],
        ["bad order field", () => store.select(good, { filters: [], order: { field: "a-b", ascending: true }, limit: 1 })],
        ["non-uuid drop", () => store.dropSkillData({ tenantId: good.tenantId, skillId: "x" })],
      ];
      for (const [what, attempt] of refusals) await expect(attempt(), what).rejects.toBeInstanceOf(RangeError);
      // 63 characters is the longest field name, on every store.
      expect(await store.select(good, { filters: [{ field: "f".repeat(63), value: 1 }], limit: 1 })).toEqual([]);
    });
  });
}
