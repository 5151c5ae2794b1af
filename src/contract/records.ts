import type { Json, JsonObject } from "./types.js";

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
}

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
