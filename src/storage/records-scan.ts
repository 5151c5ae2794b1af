// The bounded scan behind every select and update a skill drives. PGlite runs on the service's
// thread, so one long statement is a frozen service: a skill's query is cut into statements of
// SLICE_ROWS rows each (the service answers other requests between them), over the newest
// RECORD_SCAN_ROWS rows of the collection only. Each statement returns narrow keys — the ordered
// field's type rank and value, strings cut to RECORD_SORT_PREFIX characters — and the host sorts
// them with the contract's comparator; the rows' JSON is read only for the rows picked.
import { and, desc, sql, type SQL } from "drizzle-orm";
import type { AnyPgColumn } from "drizzle-orm/pg-core";
import {
  FIELD_NAME_RE,
  RECORD_SCAN_ROWS,
  RECORD_SORT_PREFIX,
  recordScopeProblem,
  type RecordFilter,
  type RecordScope,
} from "../contract/index.js";
import type { Db } from "./db.js";
import { skillRecords } from "./schema/index.js";

/** Rows per statement: a slice of the biggest rows (64 KB) is read in tens of milliseconds. */
export const SLICE_ROWS = 200;

/**
 * Lets the service's event loop run between two statements. PGlite settles a query with promise
 * callbacks only, so back-to-back statements would otherwise hold the thread as one long task and
 * no request (not even /healthz) would be read until the last one finished.
 */
export const yieldToService = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/** The columns a condition reads: the table's own, or the same ones through a subquery. */
export interface Cols {
  id: SQL | AnyPgColumn;
  data: SQL | AnyPgColumn;
  createdAt: SQL | AnyPgColumn;
}

export function scopeWhere(scope: RecordScope): SQL {
  const problem = recordScopeProblem(scope);
  if (problem) throw new RangeError(problem);
  return and(
    sql`${skillRecords.tenantId} = ${scope.tenantId}`,
    sql`${skillRecords.skillId} = ${scope.skillId}`,
    sql`${skillRecords.collection} = ${scope.collection}`,
  )!;
}

function checkField(name: string): void {
  if (!FIELD_NAME_RE.test(name)) throw new RangeError(`invalid field name ${JSON.stringify(name)}`);
}

export function filterWhere(cols: Cols, filter: RecordFilter): SQL {
  checkField(filter.field);
  if (filter.field === "id") return sql`${cols.id}::text = ${String(filter.value)}`;
  if (filter.field === "created_at") {
    // Compared as instants; a value that is not a time matches nothing (never a database error).
    const at = typeof filter.value === "string" ? Date.parse(filter.value) : Number.NaN;
    // Rows show created_at to the millisecond (the column keeps microseconds): compare at that precision.
    return Number.isNaN(at)
      ? sql`false`
      : sql`date_trunc('milliseconds', ${cols.createdAt}) = ${new Date(at).toISOString()}::timestamptz`;
  }
  return sql`${cols.data} -> ${filter.field} = ${JSON.stringify(filter.value)}::jsonb`;
}

/** One scanned row's sort key: everything as text, so both drivers hand back the same values. */
interface Key {
  id: string;
  /** created_at in microseconds since the epoch. */
  at: string;
  seq: number;
  rank: string;
  num: string | null;
  str: string | null;
  bool: string | null;
}

const byBytes = (a: string, b: string) => Buffer.compare(Buffer.from(a, "utf8"), Buffer.from(b, "utf8"));
const byBigint = (a: string, b: string) => a.length - b.length || (a < b ? -1 : a > b ? 1 : 0);
const orNull = (a: string | null, b: string | null, cmp: (x: string, y: string) => number) =>
  a === null || b === null ? 0 : cmp(a, b);

/** The contract's order (compareRecordValues) over the keys, ties by insertion, oldest first. */
function comparator(order: { field: string; ascending: boolean } | undefined): (a: Key, b: Key) => number {
  const dir = order?.ascending === false ? -1 : 1;
  const byField = (a: Key, b: Key): number => {
    if (!order) return 0;
    if (order.field === "created_at") return byBigint(a.at, b.at);
    if (order.field === "id") return byBytes(a.id, b.id);
    return (
      Number(a.rank) - Number(b.rank) ||
      orNull(a.num, b.num, (x, y) => Number(x) - Number(y)) ||
      orNull(a.str, b.str, byBytes) ||
      orNull(a.bool, b.bool, (x, y) => Number(x === "true") - Number(y === "true"))
    );
  };
  return (a, b) => dir * byField(a, b) || byBigint(a.at, b.at) || a.seq - b.seq;
}

/**
 * Ids of the rows matching `filters` among the newest `scanRows` of the scope, in the order asked
 * (insertion order when none), at most `limit` of them.
 */
export async function scanIds(
  db: Db,
  scope: RecordScope,
  query: { filters: RecordFilter[]; order?: { field: string; ascending: boolean }; limit: number; deadline?: number },
  scanRows = RECORD_SCAN_ROWS,
): Promise<string[]> {
  for (const f of query.filters) checkField(f.field);
  const order = query.order;
  if (order) checkField(order.field);
  const onJson = order && order.field !== "id" && order.field !== "created_at" ? order.field : undefined;
  const keys: Key[] = [];
  // Slices follow each other by key (created_at, seq), never by OFFSET: skipped rows would be
  // read again, and each slice would cost all the slices before it.
  let after: { at: string; seq: number } | undefined;
  for (let scanned = 0; scanned < scanRows;) {
    const size = Math.min(SLICE_ROWS, scanRows - scanned);
    await yieldToService();
    if (query.deadline !== undefined && Date.now() > query.deadline) throw new RangeError("record scan past its call's deadline");
    // The slice's rows, picked without reading their JSON (a sort here carries toast pointers).
    const picked = db
      .select({ id: skillRecords.id, data: skillRecords.data, createdAt: skillRecords.createdAt, seq: skillRecords.seq })
      .from(skillRecords)
      .where(
        and(
          scopeWhere(scope),
          after ? sql`(${skillRecords.createdAt}, ${skillRecords.seq}) < (${after.at}::timestamptz, ${after.seq})` : undefined,
        ),
      )
      .orderBy(desc(skillRecords.createdAt), desc(skillRecords.seq))
      .limit(size)
      .as("p");
    // Then the ordered field, extracted once per picked row: a subquery with a LIMIT is never
    // flattened into the outer query, which would extract it again for every use.
    const s = db
      .select({
        id: picked.id,
        data: picked.data,
        createdAt: picked.createdAt,
        seq: picked.seq,
        v: (onJson ? sql`${picked.data} -> ${onJson}` : sql`null::jsonb`).as("v"),
      })
      .from(picked)
      .limit(size)
      .as("s");
    const cols: Cols = { id: s.id, data: s.data, createdAt: s.createdAt };
    const hit = query.filters.length ? and(...query.filters.map((f) => filterWhere(cols, f)))! : sql`true`;
    const t = sql`jsonb_typeof(${s.v})`;
    const rows = await db
      .select({
        id: sql<string>`${s.id}::text`,
        at: sql<string>`(extract(epoch from ${s.createdAt}) * 1000000)::bigint::text`,
        atText: sql<string>`${s.createdAt}::text`,
        seq: s.seq,
        hit: sql<string>`case when ${hit} then 'y' else 'n' end`,
        rank: sql<string>`(case ${t} when 'null' then 0 when 'string' then 1 when 'number' then 2 when 'boolean' then 3 when 'array' then 4 when 'object' then 5 else 6 end)::text`,
        num: sql<string | null>`case when ${t} = 'number' then ${s.v} #>> '{}' end`,
        str: sql<string | null>`case when ${t} = 'string' then left(${s.v} #>> '{}', ${sql.raw(String(RECORD_SORT_PREFIX))}) end`,
        bool: sql<string | null>`case when ${t} = 'boolean' then ${s.v} #>> '{}' end`,
      })
      .from(s)
      .orderBy(desc(s.createdAt), desc(s.seq));
    for (const r of rows) if (r.hit === "y") keys.push({ ...r, seq: Number(r.seq) });
    scanned += rows.length;
    if (rows.length < size) break;
    const last = rows[rows.length - 1]!;
    after = { at: last.atText, seq: Number(last.seq) };
  }
  keys.sort(comparator(order));
  return keys.slice(0, Math.max(0, Math.floor(query.limit))).map((k) => k.id);
}
