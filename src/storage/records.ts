import { and, eq, inArray, sql } from "drizzle-orm";
import type { JsonObject, RecordQuery, RecordStore, StoredRecord } from "../contract/index.js";
import { HOST_RECORD_FIELDS as HOST_FIELDS, RECORD_SCAN_ROWS, recordScopeProblem } from "../contract/index.js";
import { withTransaction, type Db } from "./db.js";
import { scanIds, scopeWhere, yieldToService } from "./records-scan.js";
import { skillRecords, type SkillRecordRow } from "./schema/index.js";

// Host-owned fields live in columns, not in the JSON: a skill can read and filter on them but
// never set them (they are stripped from inserted rows and patches). Every select and update goes
// through the bounded scan (records-scan.ts): no statement a skill drives reads more than a slice.

/** Rows read or written per statement once picked: a few MB at most. */
const CHUNK = 64;

function withoutHostFields(row: JsonObject): JsonObject {
  const out: JsonObject = {};
  for (const [k, v] of Object.entries(row)) if (!HOST_FIELDS.has(k)) out[k] = v;
  return out;
}

function toRecord(row: Pick<SkillRecordRow, "id" | "data" | "createdAt">): StoredRecord {
  return { ...row.data, id: row.id, created_at: row.createdAt.toISOString() };
}

/** The `db` API's storage, PostgreSQL or PGlite. Every statement carries the full scope. */
export function createRecordStore(db: Db, options: { scanRows?: number } = {}): RecordStore {
  const scanRows = options.scanRows ?? RECORD_SCAN_ROWS;
  return {
    async select(scope, query: RecordQuery) {
      const ids = await scanIds(db, scope, query, scanRows);
      const maxBytes = query.maxBytes ?? Number.POSITIVE_INFINITY;
      const out: StoredRecord[] = [];
      let bytes = 0;
      for (let i = 0; i < ids.length && bytes <= maxBytes; i += CHUNK) {
        await yieldToService();
        if (query.deadline !== undefined && Date.now() > query.deadline) throw new RangeError("select past its call's deadline");
        const chunk = ids.slice(i, i + CHUNK);
        const rows = await db
          .select({ id: skillRecords.id, data: skillRecords.data, createdAt: skillRecords.createdAt })
          .from(skillRecords)
          .where(and(scopeWhere(scope), inArray(skillRecords.id, chunk)));
        const byId = new Map(rows.map((r) => [r.id, r]));
        for (const id of chunk) {
          const row = byId.get(id);
          if (!row || bytes > maxBytes) continue;
          const record = toRecord(row);
          bytes += JSON.stringify(record).length;
          out.push(record);
        }
      }
      return out;
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
      const clean = JSON.stringify(withoutHostFields(patch));
      // The rows a select with these filters would see, then written a chunk per statement.
      const ids = await scanIds(db, scope, { filters, limit: scanRows }, scanRows);
      // One transaction: an update applies to every picked row or to none.
      return withTransaction(db, async (tx) => {
        let changed = 0;
        for (let i = 0; i < ids.length; i += CHUNK) {
          const rows = await tx
            .update(skillRecords)
            .set({ data: sql`${skillRecords.data} || ${clean}::jsonb`, updatedAt: new Date() })
            .where(and(scopeWhere(scope), inArray(skillRecords.id, ids.slice(i, i + CHUNK))))
            .returning({ id: skillRecords.id });
          changed += rows.length;
        }
        return changed;
      });
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
