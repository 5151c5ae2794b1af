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

  it("refuses the same in the config schema", () => {
    expect(rules(`{ type: "object" }`, { type: "object", properties: { goal: { type: "number", unit: "ml" } } })).toContain(
      "config-schema",
    );
    expect(rules(`{ type: "object" }`, { $async: true, type: "object" })).toContain("config-schema");
  });
});
