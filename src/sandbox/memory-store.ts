// An in-memory RecordStore for database-free trial runs and tests. Same contract as the
// database-backed store: every method is scoped, rows are copies (callers can never mutate what
// is stored), the host owns `id` and `created_at`.
import { randomUUID } from "node:crypto";
import type { Json, JsonObject, RecordFilter, RecordScope, RecordStore, StoredRecord } from "../contract/index.js";

export interface MemoryStoreOptions {
  now?: () => Date;
}

const HOST_KEYS = new Set(["id", "created_at"]);
const copy = <T>(v: T): T => structuredClone(v);
const sameJson = (a: Json | undefined, b: Json): boolean =>
  a === b || (typeof a === "object" && a !== null && JSON.stringify(a) === JSON.stringify(b));

function rank(v: Json | undefined): number {
  return v === null || v === undefined ? 3 : typeof v === "number" ? 0 : typeof v === "string" ? 1 : 2;
}

function compare(a: Json | undefined, b: Json | undefined): number {
  const ra = rank(a), rb = rank(b);
  if (ra !== rb) return ra - rb;
  if (typeof a === "number" && typeof b === "number") return a - b;
  const sa = typeof a === "string" ? a : JSON.stringify(a ?? null);
  const sb = typeof b === "string" ? b : JSON.stringify(b ?? null);
  return sa < sb ? -1 : sa > sb ? 1 : 0;
}

function matches(row: StoredRecord, filters: RecordFilter[]): boolean {
  return filters.every((f) => Object.hasOwn(row, f.field) && sameJson(row[f.field], f.value));
}

/** Copies own keys into a fresh object: a `__proto__` key stays data, never a prototype. */
function ownCopy(row: JsonObject): JsonObject {
  const out: JsonObject = {};
  for (const [k, v] of Object.entries(row)) if (!HOST_KEYS.has(k)) Object.defineProperty(out, k, { value: copy(v), enumerable: true, writable: true, configurable: true });
  return out;
}

export function createMemoryRecordStore(options: MemoryStoreOptions = {}): RecordStore {
  const now = options.now ?? (() => new Date());
  const tables = new Map<string, StoredRecord[]>();
  const keyOf = (s: RecordScope) => JSON.stringify([s.tenantId, s.skillId, s.collection]);
  const table = (s: RecordScope) => {
    const key = keyOf(s);
    let rows = tables.get(key);
    if (!rows) tables.set(key, (rows = []));
    return rows;
  };

  return {
    async select(scope, query) {
      let rows = (tables.get(keyOf(scope)) ?? []).filter((r) => matches(r, query.filters));
      if (query.order) {
        const { field, ascending } = query.order;
        rows = [...rows].sort((a, b) => (ascending ? 1 : -1) * compare(a[field], b[field]));
      }
      return rows.slice(0, Math.max(0, query.limit)).map(copy);
    },
    async insert(scope, row) {
      const stored = { ...ownCopy(row), id: randomUUID(), created_at: now().toISOString() } as StoredRecord;
      table(scope).push(stored);
      return copy(stored);
    },
    async update(scope, patch, filters) {
      const clean = ownCopy(patch);
      let n = 0;
      for (const row of tables.get(keyOf(scope)) ?? []) {
        if (!matches(row, filters)) continue;
        for (const [k, v] of Object.entries(clean)) Object.defineProperty(row, k, { value: copy(v), enumerable: true, writable: true, configurable: true });
        n++;
      }
      return n;
    },
    async dropSkillData(scope) {
      let n = 0;
      for (const [key, rows] of [...tables]) {
        const [tenantId, skillId] = JSON.parse(key) as [string, string];
        if (tenantId === scope.tenantId && skillId === scope.skillId) { n += rows.length; tables.delete(key); }
      }
      return n;
    },
  };
}
