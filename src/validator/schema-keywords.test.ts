import { describe, expect, it } from "vitest";
import { auditSkill } from "./index.js";

function skill(paramsSchema: string): string {
  return `export default { slug: "custom-x",
  getActions() { return [{ slug: "go", name: "Go", description: "Go", params_schema: ${paramsSchema} }]; },
  async executeAction() { return {}; }, async getData() { return {}; }, async getInsights() { return []; } };`;
}

const rules = (paramsSchema: string, configSchema?: Record<string, unknown>) =>
  auditSkill({ source: skill(paramsSchema), ...(configSchema ? { configSchema: configSchema as never } : {}) }).findings.map(
    (f) => f.rule,
  );

describe("skill schemas use only JSON Schema's keywords", () => {
  it("accepts the usual vocabulary, annotations and local references", () => {
    expect(
      rules(
        `{ type: "object", title: "t", description: "d", required: ["a"], additionalProperties: false, definitions: { n: { type: "number", minimum: 0 } },
           properties: { a: { type: "string", format: "date", examples: ["2024-01-01"] }, b: { $ref: "#/definitions/n" }, c: { type: "array", items: { enum: [1, 2] } } } }`,
      ),
    ).toEqual([]);
  });

  it("refuses $async, an unknown keyword at any depth, and a remote $ref in params_schema", () => {
    expect(rules(`{ $async: true, type: "object" }`)).toContain("contract-params-schema");
    expect(rules(`{ type: "object", properties: { a: { type: "string", requried: true } } }`)).toContain(
      "contract-params-schema",
    );
    expect(rules(`{ type: "object", anyOf: [{ properties: { a: { "x-vendor": 1 } } }] }`)).toContain("contract-params-schema");
    expect(rules(`{ type: "object", properties: { a: { $ref: "https://example.com/a.json" } } }`)).toContain(
      "contract-params-schema",
    );
  });

  it("refuses what the declared draft ignores: 2020-12 keywords under draft-07, content annotations, unknown formats", () => {
    for (const schema of [
      `{ type: "object", dependentRequired: { a: ["b"] } }`,
      `{ type: "array", prefixItems: [{ type: "string" }] }`,
      `{ type: "object", properties: { a: {} }, unevaluatedProperties: false }`,
      `{ type: "array", contains: { type: "number" }, maxContains: 1 }`,
      `{ type: "string", contentMediaType: "application/json", contentSchema: { type: "number" } }`,
      `{ type: "string", contentEncoding: "base64" }`,
      `{ type: "object", properties: { phone: { type: "string", format: "phone" } } }`,
    ])
      expect(rules(schema), schema).toContain("contract-params-schema");
    const d2020 = `$schema: "https://json-schema.org/draft/2020-12/schema"`;
    expect(rules(`{ ${d2020}, type: "object", dependentRequired: { a: ["b"] }, unevaluatedProperties: false }`)).toEqual([]);
    expect(
      rules(`{ type: "object", properties: { at: { type: "string", format: "date-time" }, e: { format: "email" } } }`),
    ).toEqual([]);
  });

  it("refuses the same in the config schema", () => {
    expect(rules(`{ type: "object" }`, { type: "object", properties: { goal: { type: "number", unit: "ml" } } })).toContain(
      "config-schema",
    );
    expect(rules(`{ type: "object" }`, { $async: true, type: "object" })).toContain("config-schema");
  });
});
