// What an attempt must never reach, planted before it runs: rows of a second tenant, rows of
// another skill of the same tenant, rows of a collection the skill is not approved for, a file on
// disk, and the host's own prototypes. Each canary row carries a token fresh for every attempt,
// so finding it in anything the attempt produced is proof of a leak, never a coincidence.
import type { RecordScope, RecordStore, StoredRecord } from "../contract/index.js";

export const ATTACKER_TENANT = "00000000-0000-4000-8000-00000000a77a";
export const VICTIM_TENANT = "00000000-0000-4000-8000-0000000000f1";
export const ATTACKER_SKILL = "00000000-0000-4000-8000-00000000051c";
export const OTHER_SKILL = "00000000-0000-4000-8000-0000000005c2";
/** The collection the attempt is never approved for (skipped when a payload approves it). */
export const UNAPPROVED_COLLECTION = "secrets";

export interface CanaryRow {
  scope: RecordScope;
  label: string;
  row: { note: string };
}

export function canaryRows(token: string, approved: ReadonlySet<string>): CanaryRow[] {
  const rows: CanaryRow[] = [
    {
      label: "another tenant's row",
      scope: { tenantId: VICTIM_TENANT, skillId: ATTACKER_SKILL, collection: "notes" },
      row: { note: "" },
    },
    {
      label: "another skill's row",
      scope: { tenantId: ATTACKER_TENANT, skillId: OTHER_SKILL, collection: "notes" },
      row: { note: "" },
    },
  ];
  if (!approved.has(UNAPPROVED_COLLECTION))
    rows.push({
      label: "an unapproved collection's row",
      scope: { tenantId: ATTACKER_TENANT, skillId: ATTACKER_SKILL, collection: UNAPPROVED_COLLECTION },
      row: { note: "" },
    });
  return rows.map((c) => ({ ...c, row: { note: `canary ${token} (${c.label})` } }));
}

/** Rows of a canary scope that are no longer exactly the planted row. */
export async function changedCanaries(store: RecordStore, canaries: CanaryRow[]): Promise<string[]> {
  const changed: string[] = [];
  for (const c of canaries) {
    const rows: StoredRecord[] = await store.select(c.scope, { filters: [], limit: 10 });
    const kept =
      rows.length === 1 && Object.keys(rows[0]!).sort().join() === "created_at,id,note" && rows[0]!.note === c.row.note;
    if (!kept) changed.push(`${c.label}: ${rows.length} row(s) where 1 was planted`);
  }
  return changed;
}

export interface StoreAccess {
  op: "select" | "insert" | "update" | "drop";
  scope: Partial<RecordScope>;
}

/** The store as the sandbox sees it, keeping a list of every scope it was asked to touch. */
export function recordingStore(inner: RecordStore, seen: StoreAccess[]): RecordStore {
  return {
    select: (scope, query) => (seen.push({ op: "select", scope }), inner.select(scope, query)),
    insert: (scope, row) => (seen.push({ op: "insert", scope }), inner.insert(scope, row)),
    update: (scope, patch, filters) => (seen.push({ op: "update", scope }), inner.update(scope, patch, filters)),
    dropSkillData: (scope) => (seen.push({ op: "drop", scope }), inner.dropSkillData(scope)),
  };
}

const SHARED: ReadonlyArray<[string, object]> = [
  ["Object.prototype", Object.prototype],
  ["Array.prototype", Array.prototype],
  ["Function.prototype", Function.prototype],
  ["String.prototype", String.prototype],
  ["Promise.prototype", Promise.prototype],
  ["JSON", JSON],
  ["globalThis", globalThis],
];

/** Own keys of the host's shared objects, to compare after the attempt. */
export function prototypeSnapshot(): Map<string, string> {
  return new Map(SHARED.map(([name, o]) => [name, Reflect.ownKeys(o).map(String).sort().join("\n")]));
}

/** The shared objects whose own keys changed since `before`. */
export function pollutedPrototypes(before: Map<string, string>): string[] {
  const after = prototypeSnapshot();
  return [...before].filter(([name, keys]) => after.get(name) !== keys).map(([name]) => name);
}
