// Attack stories: one tenant's skill leaving state in the worker that breaks another tenant's
// calls. Defence: params are validated by compilers that keep nothing a schema registers: a
// schema with an `$id` gets a compiler of its own, and compiled schemas are cached by their full
// text, so a look-alike `$id` can neither collide with nor stand in for another tenant's.
import { afterAll, afterEach, describe, expect, it } from "vitest";
import { createMemoryRecordStore, createSandbox, type SkillCall } from "../../../src/sandbox/index.js";

const sandbox = createSandbox({ store: createMemoryRecordStore(), workers: 1, maxWorkers: 1 });
afterAll(() => sandbox.close());

const ID = "https://skills.example/params.json";
const skill = (schema: object) => `export default {
  getActions() { return [{ slug: "go", name: "Go", description: "Go", params_schema: ${JSON.stringify(schema)} }]; },
  async executeAction(ctx, action, params) { return params; },
};`;
const call = (tenantId: string, versionId: string, source: string, params: object): SkillCall => ({
  versionId,
  source,
  capabilities: [],
  scope: { tenantId, skillId: "00000000-0000-4000-8000-0000000000f1" },
  ctx: { tenantId, config: {}, now: "2024-01-15T10:00:00.000Z" },
  method: "executeAction",
  action: "go",
  params: params as SkillCall["params"],
});
const ATTACKER = "00000000-0000-4000-8000-0000000000f2";
const VICTIM = "00000000-0000-4000-8000-0000000000f3";
const victimCall = () =>
  sandbox.call(
    call(
      VICTIM,
      "custom-victim@1.0.0",
      skill({ $id: ID, type: "object", required: ["ml"], properties: { ml: { type: "number" } } }),
      {
        ml: 250,
      },
    ),
  );
afterEach(async () => {
  // The victim is served after every attack, on the same (only) worker.
  expect(await victimCall()).toMatchObject({ ok: true, value: { ml: 250 } });
});

describe("schema ids", () => {
  it("attack registering the victim's $id first, with a schema that refuses everything → contained because no compiler keeps a schema's $id", async () => {
    const out = await sandbox.call(call(ATTACKER, "custom-squatter@1.0.0", skill({ $id: ID, not: {} }), {}));
    expect(out).toMatchObject({ ok: false, code: "SANDBOX_BAD_PARAMS" });
  });

  it("attack a schema that $refs the victim's $id to read its definitions → refused because only local references compile", async () => {
    await victimCall();
    const out = await sandbox.call(call(ATTACKER, "custom-reader@1.0.0", skill({ $ref: `${ID}#/properties/ml` }), { x: 1 }));
    expect(out).toMatchObject({ ok: false, code: "SANDBOX_BAD_PARAMS", message: expect.stringMatching(/local references/) });
  });
});
