import { COLLECTION_RE, type Json, type JsonObject } from "./types.js";

/**
 * Where a skill's rows live. The host builds the scope from the invocation, never from anything
 * the skill passes: a skill can only ever name the collection inside its own tenant + skill.
 */
export interface RecordScope {
  tenantId: string;
  skillId: string;
  collection: string;
}

export interface RecordFilter {
  field: string;
  /** Compared as JSON equality (`row->field = value`). */
  value: Json;
}

export interface RecordQuery {
  filters: RecordFilter[];
  order?: { field: string; ascending: boolean };
  /** Always set by the host; capped by the `rowsPerSelect` limit. */
  limit: number;
  /**
   * Stop reading rows once those read so far hold more than this many bytes of JSON (the caller
   * refuses such a reply anyway): a select never loads more than about this much into the host.
   */
  maxBytes?: number;
  /**
   * Epoch milliseconds past which the store stops between statements and throws: the call this
   * select serves has been given up, and its host work must not outlive it.
   */
  deadline?: number;
}

/**
 * Host work a skill can drive is bounded per statement, whatever the collection holds: a select or
 * update sees only the newest `RECORD_SCAN_ROWS` rows of its collection (filters and order apply
 * within them), and strings are ordered by their first `RECORD_SORT_PREFIX` characters (ties then
 * fall to insertion order). Every store applies the same two bounds.
 */
export const RECORD_SCAN_ROWS = 10_000;
export const RECORD_SORT_PREFIX = 256;

/** A stored row: the skill's JSON plus the host-owned `id` and `created_at`. */
export type StoredRecord = JsonObject & { id: string; created_at: string };

/**
 * The port the sandbox's `db` bridge talks to. Implemented by storage (PGlite / PostgreSQL) and,
 * for database-free trial runs, by an in-memory store. Every method takes the scope: there is no
 * unscoped path.
 */
export interface RecordStore {
  select(scope: RecordScope, query: RecordQuery): Promise<StoredRecord[]>;
  insert(scope: RecordScope, row: JsonObject): Promise<StoredRecord>;
  /** Applies `patch` (shallow merge, host-owned keys ignored) to matching rows; returns how many. */
  update(scope: RecordScope, patch: JsonObject, filters: RecordFilter[]): Promise<number>;
  /** Removes every row of one tenant + skill (throwaway trial scopes, tenant deletion). */
  dropSkillData(scope: Omit<RecordScope, "collection">): Promise<number>;
}

/** Field names a skill may filter, order and project on (and the longest: 63 characters). */
export const FIELD_NAME_RE = /^[A-Za-z_][A-Za-z0-9_]{0,62}$/;
export const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** Fields the host owns in every stored row; stripped from inserts and patches. */
export const HOST_RECORD_FIELDS: ReadonlySet<string> = new Set(["id", "created_at"]);

/**
 * Null when every store may serve `scope`, else why not. Every RecordStore refuses the same
 * scopes (with a RangeError), so a trial on the in-memory store fails where the database would.
 */
export function recordScopeProblem(scope: Partial<RecordScope>, needsCollection = true): string | null {
  if (typeof scope.tenantId !== "string" || !UUID_RE.test(scope.tenantId)) return "record scope needs a uuid tenant id";
  if (typeof scope.skillId !== "string" || !UUID_RE.test(scope.skillId)) return "record scope needs a uuid skill id";
  if (needsCollection && !(typeof scope.collection === "string" && COLLECTION_RE.test(scope.collection))) {
    return `invalid collection name ${JSON.stringify(scope.collection)}`;
  }
  return null;
}

/**
 * The one sort order of `.order(field)`, which every store implements: by type first — null,
 * string, number, boolean, array, object, then rows without the field — then by value within a
 * type (strings by UTF-8 bytes, whatever the database's collation; numbers numerically; false
 * before true; arrays and objects compare equal). Descending reverses it all. Ties are always
 * broken by insertion order (`created_at`, then an insertion sequence: clocks can tie), oldest first.
 */
export const RECORD_TYPE_RANK: Readonly<Record<string, number>> = Object.freeze({
  null: 0,
  string: 1,
  number: 2,
  boolean: 3,
  array: 4,
  object: 5,
  missing: 6,
});

export function recordTypeOf(v: Json | undefined): keyof typeof RECORD_TYPE_RANK {
  if (v === undefined) return "missing";
  if (v === null) return "null";
  if (Array.isArray(v)) return "array";
  return typeof v as "string" | "number" | "boolean" | "object";
}

export function compareRecordValues(a: Json | undefined, b: Json | undefined): number {
  const ta = recordTypeOf(a),
    tb = recordTypeOf(b);
  if (ta !== tb) return RECORD_TYPE_RANK[ta]! - RECORD_TYPE_RANK[tb]!;
  if (ta === "number") return (a as number) - (b as number);
  if (ta === "string") return Buffer.compare(sortPrefix(a as string), sortPrefix(b as string));
  if (ta === "boolean") return Number(a) - Number(b);
  return 0;
}

/** The UTF-8 bytes of a string's first RECORD_SORT_PREFIX characters (code points, as PostgreSQL's left()). */
function sortPrefix(s: string): Buffer {
  if (s.length <= RECORD_SORT_PREFIX) return Buffer.from(s, "utf8");
  let end = 0;
  for (let n = 0; n < RECORD_SORT_PREFIX && end < s.length; n++) end += s.codePointAt(end)! > 0xffff ? 2 : 1;
  return Buffer.from(s.slice(0, end), "utf8");
}
