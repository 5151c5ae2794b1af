// Property: for skills generated from every accepted collection-name and contract form, the
// capabilities the audit reports are exactly the collections the skill touches when it runs in
// the sandbox (on the in-memory store, with every capability granted so nothing is denied).
import { afterAll, describe, expect, it } from "vitest";
import type { JsonObject, RecordFilter, RecordQuery, RecordScope, RecordStore } from "../../../src/contract/index.js";
import { createMemoryRecordStore, createSandbox } from "../../../src/sandbox/index.js";
import { auditSkill } from "../../../src/validator/index.js";
import { generateSkill, POOL } from "./generated-skills.js";

const COUNT = 40;
const SEED = 0x5eed;

/** The memory store, noting each collection read or written (what the skill really touched). */
function recordingStore(touched: Set<string>): RecordStore {
  const inner = createMemoryRecordStore();
  return {
    select: (scope: RecordScope, query: RecordQuery) => (
      touched.add(`data.read:${scope.collection}`),
      inner.select(scope, query)
    ),
    insert: (scope: RecordScope, row: JsonObject) => (touched.add(`data.write:${scope.collection}`), inner.insert(scope, row)),
    update: (scope: RecordScope, patch: JsonObject, filters: RecordFilter[]) => (
      touched.add(`data.write:${scope.collection}`),
      inner.update(scope, patch, filters)
    ),
    dropSkillData: (scope) => inner.dropSkillData(scope),
  };
}

const touched = new Set<string>();
const sandbox = createSandbox({ store: recordingStore(touched), workers: 1, limits: { callTimeoutMs: 3_000 } });
afterAll(() => sandbox.close());
const ALL = POOL.flatMap((c) => [`data.read:${c}`, `data.write:${c}`] as const);

describe("audit vs run: reported capabilities equal the collections touched", () => {
  for (let i = 0; i < COUNT; i++) {
    const skill = generateSkill(SEED + i);
    it(`seed ${skill.seed}: ${skill.plan}`, async () => {
      const report = auditSkill({ source: skill.source });
      expect(report.findings).toEqual([]);
      touched.clear();
      const base = {
        versionId: `custom-generated@${skill.seed}`,
        source: skill.source,
        capabilities: ALL,
        scope: { tenantId: "00000000-0000-4000-8000-0000000000a1", skillId: "00000000-0000-4000-8000-0000000000b2" },
        ctx: { tenantId: "00000000-0000-4000-8000-0000000000a1", config: {}, now: "2024-01-15T10:00:00.000Z" },
      };
      const data = await sandbox.call({ ...base, method: "getData" });
      const action = report.actions![0]!;
      const acted = await sandbox.call({
        ...base,
        method: "executeAction",
        action: action.slug,
        params: {},
        paramsSchema: action.params_schema,
      });
      expect([data.ok, acted.ok]).toEqual([true, true]);
      expect([...touched].sort()).toEqual(report.capabilities);
      await sandbox.dispose(base.versionId);
    });
  }
});
