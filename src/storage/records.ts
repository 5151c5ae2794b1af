import { and, asc, eq, sql, type SQL } from "drizzle-orm";
import type { JsonObject, RecordFilter, RecordQuery, RecordScope, RecordStore, StoredRecord } from "../contract/index.js";
import { FIELD_NAME_RE, HOST_RECORD_FIELDS as HOST_FIELDS, recordScopeProblem } from "../contract/index.js";
import type { Db } from "./db.js";
import { skillRecords, type SkillRecordRow } from "./schema/index.js";

// Host-owned fields live in columns, not in the JSON: a skill can read and filter on them but
// never set them (they are stripped from inserted rows and patches).

function scopeWhere(scope: RecordScope): SQL {
  const problem = recordScopeProblem(scope);
  if (problem) throw new RangeError(problem);
  return and(
    eq(skillRecords.tenantId, scope.tenantId),
    eq(skillRecords.skillId, scope.skillId),
    eq(skillRecords.collection, scope.collection),
  )!;
}

/**
 * ORDER BY for the contract's one sort order (compareRecordValues): type rank, then the value
 * within its type; strings in "C" collation (bytes), so PGlite and any PostgreSQL agree.
 */
function orderBy(name: string, ascending: boolean): SQL[] {
  const dir = ascending ? sql`asc` : sql`desc`;
  if (name === "id" || name === "created_at") return [sql`${field(name)} ${dir}`];
  const v = field(name);
  const t = sql`jsonb_typeof(${v})`;
  return [
    sql`case ${t} when 'null' then 0 when 'string' then 1 when 'number' then 2 when 'boolean' then 3 when 'array' then 4 when 'object' then 5 else 6 end ${dir}`,
    sql`case when ${t} = 'number' then (${v})::numeric end ${dir}`,
    sql`case when ${t} = 'string' then (${v} #>> '{}') end collate "C" ${dir}`,
    sql`case when ${t} = 'boolean' then (${v})::boolean end ${dir}`,
  ];
}

function field(name: string): SQL {
  if (!FIELD_NAME_RE.test(name)) throw new RangeError(`invalid field name ${JSON.stringify(name)}`);
  if (name === "id") return sql`${skillRecords.id}::text`;
  if (name === "created_at") return sql`${skillRecords.createdAt}`;
  return sql`${skillRecords.data} -> ${name}`;
}

function filterWhere(filter: RecordFilter): SQL {
  if (filter.field === "id") return sql`${skillRecords.id}::text = ${String(filter.value)}`;
  if (filter.field === "created_at") {
    // Compared as instants; a value that is not a time matches nothing (never a database error).
    const at = typeof filter.value === "string" ? Date.parse(filter.value) : Number.NaN;
    // Rows show created_at to the millisecond (the column keeps microseconds): compare at that precision.
    return Number.isNaN(at)
      ? sql`false`
      : sql`date_trunc('milliseconds', ${skillRecords.createdAt}) = ${new Date(at).toISOString()}::timestamptz`;
  }
  return sql`${field(filter.field)} = ${JSON.stringify(filter.value)}::jsonb`;
}

function withoutHostFields(row: JsonObject): JsonObject {
  const out: JsonObject = {};
  for (const [k, v] of Object.entries(row)) if (!HOST_FIELDS.has(k)) out[k] = v;
  return out;
}

function toRecord(row: Pick<SkillRecordRow, "id" | "data" | "createdAt">): StoredRecord {
  return { ...row.data, id: row.id, created_at: row.createdAt.toISOString() };
}

/** The `db` API's storage, PostgreSQL or PGlite. Every statement carries the full scope. */
export function createRecordStore(db: Db): RecordStore {
  return {
    async select(scope, query: RecordQuery) {
      const where = and(scopeWhere(scope), ...query.filters.map(filterWhere));
      const order = [
        ...(query.order ? orderBy(query.order.field, query.order.ascending) : []),
        asc(skillRecords.createdAt),
        asc(skillRecords.seq),
      ];
      const rows = await db
        .select({ id: skillRecords.id, data: skillRecords.data, createdAt: skillRecords.createdAt })
        .from(skillRecords)
        .where(where)
        .orderBy(...order)
        .limit(Math.max(0, Math.floor(query.limit)));
      return rows.map(toRecord);
    },
    async insert(scope, row) {
      scopeWhere(scope); // validates the scope before anything is written
      const [stored] = await db
        .insert(skillRecords)
        .values({
          tenantId: scope.tenantId,
          skillId: scope.skillId,
          collection: scope.collection,
          data: withoutHostFields(row),
        })
        .returning({ id: skillRecords.id, data: skillRecords.data, createdAt: skillRecords.createdAt });
      return toRecord(stored!);
    },
    async update(scope, patch, filters) {
      const clean = withoutHostFields(patch);
      const rows = await db
        .update(skillRecords)
        .set({ data: sql`${skillRecords.data} || ${JSON.stringify(clean)}::jsonb`, updatedAt: new Date() })
        .where(and(scopeWhere(scope), ...filters.map(filterWhere)))
        .returning({ id: skillRecords.id });
      return rows.length;
    },
    async dropSkillData(scope) {
      const problem = recordScopeProblem(scope, false);
      if (problem) throw new RangeError(problem);
      const rows = await db
        .delete(skillRecords)
        .where(and(eq(skillRecords.tenantId, scope.tenantId), eq(skillRecords.skillId, scope.skillId)))
        .returning({ id: skillRecords.id });
      return rows.length;
    },
  };
}
