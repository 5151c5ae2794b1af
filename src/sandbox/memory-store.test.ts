import { describe, expect, it } from "vitest";
import { createMemoryRecordStore } from "./memory-store.js";

const scope = {
  tenantId: "00000000-0000-4000-8000-000000000001",
  skillId: "00000000-0000-4000-8000-000000000008",
  collection: "notes",
};
const fixed = () => new Date("2024-01-15T10:00:00.000Z");

describe("createMemoryRecordStore", () => {
  it("adds host-owned id and created_at and ignores forged ones", async () => {
    const store = createMemoryRecordStore({ now: fixed });
    const row = await store.insert(scope, { id: "forged", created_at: "1970", note: "x" });
    expect(row).toMatchObject({ note: "x", created_at: "2024-01-15T10:00:00.000Z" });
    expect(row.id).not.toBe("forged");
  });

  it("keeps tenants, skills and collections apart", async () => {
    const store = createMemoryRecordStore();
    await store.insert(scope, { note: "mine" });
    await store.insert({ ...scope, tenantId: "00000000-0000-4000-8000-000000000002" }, { note: "other tenant" });
    await store.insert({ ...scope, skillId: "00000000-0000-4000-8000-00000000000e" }, { note: "other skill" });
    await store.insert({ ...scope, collection: "other" }, { note: "other collection" });
    const rows = await store.select(scope, { filters: [], limit: 100 });
    expect(rows.map((r) => r.note)).toEqual(["mine"]);
  });

  it("filters by JSON equality, orders and limits", async () => {
    const store = createMemoryRecordStore();
    for (const n of [3, 1, 2]) await store.insert(scope, { n, tag: { k: n % 2 } });
    const odd = await store.select(scope, {
      filters: [{ field: "tag", value: { k: 1 } }],
      order: { field: "n", ascending: false },
      limit: 10,
    });
    expect(odd.map((r) => r.n)).toEqual([3, 1]);
    const first = await store.select(scope, { filters: [], order: { field: "n", ascending: true }, limit: 1 });
    expect(first.map((r) => r.n)).toEqual([1]);
  });

  it("returns copies: mutating a result does not change what is stored", async () => {
    const store = createMemoryRecordStore();
    await store.insert(scope, { list: [1] });
    const [row] = await store.select(scope, { filters: [], limit: 1 });
    (row!.list as number[]).push(2);
    const [again] = await store.select(scope, { filters: [], limit: 1 });
    expect(again!.list).toEqual([1]);
  });

  it("updates matching rows with a shallow patch, never host-owned keys", async () => {
    const store = createMemoryRecordStore();
    const a = await store.insert(scope, { n: 1, s: "a" });
    await store.insert(scope, { n: 2, s: "b" });
    expect(await store.update(scope, { s: "patched", id: "forged" }, [{ field: "n", value: 1 }])).toBe(1);
    const rows = await store.select(scope, { filters: [], order: { field: "n", ascending: true }, limit: 10 });
    expect(rows.map((r) => [r.id === a.id, r.s])).toEqual([
      [true, "patched"],
      [false, "b"],
    ]);
  });

  it("keeps a __proto__ key as data, never as a prototype", async () => {
    const store = createMemoryRecordStore();
    const row = await store.insert(scope, JSON.parse('{"__proto__": {"polluted": 1}}'));
    expect(Object.getPrototypeOf(row)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("drops every collection of one tenant + skill and nothing else", async () => {
    const store = createMemoryRecordStore();
    await store.insert(scope, { a: 1 });
    await store.insert({ ...scope, collection: "more" }, { a: 2 });
    await store.insert({ ...scope, tenantId: "00000000-0000-4000-8000-000000000002" }, { a: 3 });
    expect(
      await store.dropSkillData({
        tenantId: "00000000-0000-4000-8000-000000000001",
        skillId: "00000000-0000-4000-8000-000000000008",
      }),
    ).toBe(2);
    expect(
      await store.select({ ...scope, tenantId: "00000000-0000-4000-8000-000000000002" }, { filters: [], limit: 10 }),
    ).toHaveLength(1);
  });
});
