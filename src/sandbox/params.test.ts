import { afterAll, describe, expect, it } from "vitest";
import { createMemoryRecordStore } from "./memory-store.js";
import { checkParams } from "./params.js";
import { createSandbox } from "./sandbox.js";
import type { SkillCall } from "./types.js";

// Two tenants' skills whose schemas share an `$id` (and an `$anchor`) but mean different things.
// (A nested `$id` beside a `$ref` is refused by the schema module outright, so none is used here.)
const schemaOf = (field: string) =>
  JSON.stringify({
    $id: "https://example.com/params.json",
    type: "object",
    required: [field],
    properties: { [field]: { $ref: "#num" } },
    $defs: { n: { $anchor: "num", type: "number" } },
  });

describe("params validation shares nothing between schemas", () => {
  it("validates each schema on its own terms, whatever another with the same $id registered", () => {
    for (let round = 0; round < 3; round++) {
      expect(checkParams(schemaOf("a"), { a: 1 })).toBeNull();
      expect(checkParams(schemaOf("b"), { b: 2 })).toBeNull();
      expect(checkParams(schemaOf("a"), { b: 2 })).toMatch(/a/);
      expect(checkParams(schemaOf("b"), { a: 1 })).toMatch(/b/);
    }
  });
});

describe("one worker, two tenants, one $id", () => {
  const sandbox = createSandbox({ store: createMemoryRecordStore(), workers: 1, maxWorkers: 1 });
  afterAll(() => sandbox.close());
  const call = (tenant: string, field: string, params: Record<string, number>): SkillCall => ({
    versionId: `custom-${field}@1.0.0`,
    source: `export default { getActions() { return [{ slug: "go", name: "Go", description: "Go", params_schema: ${schemaOf(field)} }]; },
      async executeAction(ctx, action, params) { return params; } };`,
    capabilities: [],
    scope: { tenantId: tenant, skillId: "00000000-0000-4000-8000-0000000000e1" },
    ctx: { tenantId: tenant, config: {}, now: "2024-01-15T10:00:00.000Z" },
    method: "executeAction",
    action: "go",
    params,
  });

  it("serves the victim's calls after the attacker's, and the attacker's after the victim's", async () => {
    for (let round = 0; round < 2; round++) {
      expect(await sandbox.call(call("00000000-0000-4000-8000-0000000000e2", "a", { a: 1 }))).toMatchObject({ ok: true });
      expect(await sandbox.call(call("00000000-0000-4000-8000-0000000000e3", "b", { b: 2 }))).toMatchObject({ ok: true });
      expect(await sandbox.call(call("00000000-0000-4000-8000-0000000000e3", "b", { a: 2 }))).toMatchObject({
        ok: false,
        code: "SANDBOX_BAD_PARAMS",
      });
    }
  });
});
