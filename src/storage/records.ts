import { and, asc, desc, eq, sql, type SQL } from "drizzle-orm";
import type { JsonObject, RecordFilter, RecordQuery, RecordScope, RecordStore, StoredRecord } from "../contract/index.js";
import { COLLECTION_RE } from "../contract/index.js";
import type { Db } from "./db.js";
import { skillRecords, type SkillRecordRow } from "./schema/index.js";
import { isUuid } from "./uuid.js";

// Host-owned fields live in columns, not in the JSON: a skill can read and filter on them but
// never set them (they are stripped from inserted rows and patches).
const HOST_FIELDS = new Set(["id", "created_at"]);
const FIELD_RE = /^[A-Za-z_][A-Za-z0-9_]{0,62}$/;

function scopeWhere(scope: RecordScope): SQL {
  if (!isUuid(scope.tenantId) || !isUuid(scope.skillId)) throw new RangeError("record scope needs uuid tenant and skill ids");
  if (!COLLECTION_RE.test(scope.collection)) throw new RangeError(`invalid collection name ${JSON.stringify(scope.collection)}`);
  return and(eq(skillRecords.tenantId, scope.tenantId), eq(skillRecords.skillId, scope.skillId), eq(skillRecords.collection, scope.collection))!;
}

function field(name: string): SQL {
  if (!FIELD_RE.test(name)) throw new RangeError(`invalid field name ${JSON.stringify(name)}`);
  if (name === "id") return sql`${skillRecords.id}::text`;
  if (name === "created_at") return sql`${skillRecords.createdAt}`;
  return sql`${skillRecords.data} -> ${name}`;
}

function filterWhere(filter: RecordFilter): SQL {
  if (filter.field === "id") return sql`${skillRecords.id}::text = ${String(filter.value)}`;
  if (filter.field === "created_at") return sql`${skillRecords.createdAt} = ${String(filter.value)}::timestamptz`;
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
      const order = query.order
        ? [query.order.ascending ? asc(field(query.order.field)) : desc(field(query.order.field)), asc(skillRecords.createdAt)]
        : [asc(skillRecords.createdAt), asc(skillRecords.id)];
      const rows = await db.select({ id: skillRecords.id, data: skillRecords.data, createdAt: skillRecords.createdAt })
        .from(skillRecords).where(where).orderBy(...order).limit(Math.max(0, Math.floor(query.limit)));
      return rows.map(toRecord);
    },
    async insert(scope, row) {
      scopeWhere(scope); // validates the scope before anything is written
      const [stored] = await db.insert(skillRecords).values({
        tenantId: scope.tenantId, skillId: scope.skillId, collection: scope.collection, data: withoutHostFields(row),
      }).returning({ id: skillRecords.id, data: skillRecords.data, createdAt: skillRecords.createdAt });
      return toRecord(stored!);
    },
    async update(scope, patch, filters) {
      const clean = withoutHostFields(patch);
      const rows = await db.update(skillRecords)
        .set({ data: sql`${skillRecords.data} || ${JSON.stringify(clean)}::jsonb`, updatedAt: new Date() })
        .where(and(scopeWhere(scope), ...filters.map(filterWhere)))
        .returning({ id: skillRecords.id });
      return rows.length;
    },
    async dropSkillData(scope) {
      if (!isUuid(scope.tenantId) || !isUuid(scope.skillId)) throw new RangeError("record scope needs uuid tenant and skill ids");
      const rows = await db.delete(skillRecords)
        .where(and(eq(skillRecords.tenantId, scope.tenantId), eq(skillRecords.skillId, scope.skillId)))
        .returning({ id: skillRecords.id });
      return rows.length;
    },
  };
}
