// An in-memory RecordStore for database-free trial runs and tests. Same contract as the
// database-backed store, proven by one conformance suite run against both
// (tests/conformance/record-store.test.ts): the same scopes refused, the same sort order, rows
// are copies (callers can never mutate what is stored), the host owns `id` and `created_at`.
import { randomUUID } from "node:crypto";
import {
  FIELD_NAME_RE,
  HOST_RECORD_FIELDS,
  RECORD_SCAN_ROWS,
  compareRecordValues,
  recordScopeProblem,
  type Json,
  type JsonObject,
  type RecordFilter,
  type RecordScope,
  type RecordStore,
  type StoredRecord,
} from "../contract/index.js";

export interface MemoryStoreOptions {
  now?: () => Date;
  uuid?: () => string;
  /** How many of a collection's newest rows a select or update sees (RECORD_SCAN_ROWS). */
  scanRows?: number;
}

const copy = <T>(v: T): T => structuredClone(v);

/** JSON equality as jsonb has it: object key order does not matter, 1 and 1.0 are equal. */
function sameJson(a: Json | undefined, b: Json): boolean {
  if (a === b) return true;
  if (a === undefined || a === null || b === null || typeof a !== "object" || typeof b !== "object") return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) return a.length === (b as Json[]).length && a.every((x, i) => sameJson(x, (b as Json[])[i]!));
  const ka = Object.keys(a),
    kb = Object.keys(b as JsonObject);
  return ka.length === kb.length && ka.every((k) => Object.hasOwn(b, k) && sameJson(a[k], (b as JsonObject)[k]!));
}

function checkScope(scope: Partial<RecordScope>, needsCollection = true): void {
  const problem = recordScopeProblem(scope, needsCollection);
  if (problem) throw new RangeError(problem);
}

function checkField(name: string): void {
  if (!FIELD_NAME_RE.test(name)) throw new RangeError(`invalid field name ${JSON.stringify(name)}`);
}

function matches(row: StoredRecord, filters: RecordFilter[]): boolean {
  return filters.every((f) => {
    checkField(f.field);
    if (f.field === "created_at") {
      const at = typeof f.value === "string" ? Date.parse(f.value) : Number.NaN;
      return !Number.isNaN(at) && Date.parse(row.created_at) === at;
    }
    if (f.field === "id") return row.id === String(f.value);
    return Object.hasOwn(row, f.field) && sameJson(row[f.field], f.value);
  });
}

/** Copies own keys into a fresh object: a `__proto__` key stays data, never a prototype. */
function ownCopy(row: JsonObject): JsonObject {
  const out: JsonObject = {};
  for (const [k, v] of Object.entries(row))
    if (!HOST_RECORD_FIELDS.has(k))
      Object.defineProperty(out, k, { value: copy(v), enumerable: true, writable: true, configurable: true });
  return out;
}

export function createMemoryRecordStore(options: MemoryStoreOptions = {}): RecordStore {
  const now = options.now ?? (() => new Date());
  const uuid = options.uuid ?? randomUUID;
  const tables = new Map<string, StoredRecord[]>();
  // Insertion order, for ties within one millisecond (the database keeps microseconds).
  const seq = new WeakMap<StoredRecord, number>();
  let inserted = 0;
  const tieBreak = (a: StoredRecord, b: StoredRecord) =>
    Date.parse(a.created_at) - Date.parse(b.created_at) || seq.get(a)! - seq.get(b)!;
  const keyOf = (s: RecordScope) => JSON.stringify([s.tenantId, s.skillId, s.collection]);
  const scanRows = options.scanRows ?? RECORD_SCAN_ROWS;
  /** The newest `scanRows` rows of the scope: all a select or update sees, as in the database. */
  const windowOf = (scope: RecordScope) => (tables.get(keyOf(scope)) ?? []).slice(-scanRows);

  return {
    async select(scope, query) {
      checkScope(scope);
      for (const f of query.filters) checkField(f.field);
      if (query.deadline !== undefined && Date.now() > query.deadline) throw new RangeError("select past its call's deadline");
      const rows = windowOf(scope).filter((r) => matches(r, query.filters));
      const order = query.order;
      if (order) checkField(order.field);
      rows.sort((a, b) => {
        const byField = order ? compareRecordValues(a[order.field], b[order.field]) * (order.ascending ? 1 : -1) : 0;
        return byField || tieBreak(a, b);
      });
      return rows.slice(0, Math.max(0, Math.floor(query.limit))).map(copy);
    },
    async insert(scope, row) {
      checkScope(scope);
      const stored = { ...ownCopy(row), id: uuid(), created_at: now().toISOString() } as StoredRecord;
      seq.set(stored, ++inserted);
      const key = keyOf(scope);
      tables.set(key, [...(tables.get(key) ?? []), stored]);
      return copy(stored);
    },
    async update(scope, patch, filters) {
      checkScope(scope);
      for (const f of filters) checkField(f.field);
      const clean = ownCopy(patch);
      let n = 0;
      for (const row of windowOf(scope)) {
        if (!matches(row, filters)) continue;
        for (const [k, v] of Object.entries(clean))
          Object.defineProperty(row, k, { value: copy(v), enumerable: true, writable: true, configurable: true });
        n++;
      }
      return n;
    },
    async dropSkillData(scope) {
      checkScope(scope, false);
      let n = 0;
      for (const [key, rows] of [...tables]) {
        const [tenantId, skillId] = JSON.parse(key) as [string, string];
        if (tenantId === scope.tenantId && skillId === scope.skillId) {
          n += rows.length;
          tables.delete(key);
        }
      }
      return n;
    },
  };
}
