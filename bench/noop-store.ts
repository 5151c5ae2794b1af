// A RecordStore that answers every call at once: sandbox figures measured with it show the
// runtime's own cost, not a database's.
import type { JsonObject, RecordStore, StoredRecord } from "../src/contract/index.js";

export function noopStore(): RecordStore {
  const row = { id: "00000000-0000-4000-8000-000000000000", created_at: "2024-01-15T10:00:00.000Z" } as StoredRecord;
  return {
    select: async () => [],
    insert: async (_s, r: JsonObject) => ({ ...r, ...row }),
    update: async () => 0,
    dropSkillData: async () => 0,
  };
}
