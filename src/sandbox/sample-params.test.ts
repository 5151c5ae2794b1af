import { Ajv } from "ajv";
import formatsModule from "ajv-formats";
import { describe, expect, it } from "vitest";
import type { JsonSchema } from "../contract/index.js";
import { sampleInvalid, sampleValid } from "./sample-params.js";

const ajv = new Ajv({ strict: false });
(formatsModule as unknown as (a: Ajv) => void)(ajv);

const SCHEMAS: Record<string, JsonSchema> = {
  "bounded number": {
    type: "object",
    required: ["amount_ml"],
    additionalProperties: false,
    properties: { amount_ml: { type: "number", exclusiveMinimum: 0, maximum: 5000 } },
  },
  "integer range": { type: "object", required: ["n"], properties: { n: { type: "integer", minimum: 3, maximum: 4 } } },
  "enum and const": { type: "object", required: ["kind", "v"], properties: { kind: { enum: ["a", "b"] }, v: { const: 2 } } },
  formats: {
    type: "object",
    required: ["d", "t", "e"],
    properties: {
      d: { type: "string", format: "date" },
      t: { type: "string", format: "date-time" },
      e: { type: "string", format: "email" },
    },
  },
  "strings with lengths": {
    type: "object",
    required: ["s"],
    properties: { s: { type: "string", minLength: 10, maxLength: 12 } },
  },
  "arrays and nesting": {
    type: "object",
    required: ["items"],
    properties: {
      items: {
        type: "array",
        minItems: 2,
        items: { type: "object", required: ["x"], properties: { x: { type: "number", multipleOf: 5 } } },
      },
    },
  },
  "nullable type list": { type: "object", required: ["note"], properties: { note: { type: ["string", "null"] } } },
  "no params": { type: "object", properties: {}, additionalProperties: false },
};

describe("sampleValid", () => {
  for (const [name, schema] of Object.entries(SCHEMAS)) {
    it(`derives params the schema accepts: ${name}`, () => {
      const value = sampleValid(schema);
      expect(ajv.validate(schema, value), JSON.stringify(ajv.errors)).toBe(true);
    });
  }

  it("stays bounded on a self-nesting schema", () => {
    let schema: JsonSchema = { type: "object" };
    for (let i = 0; i < 50; i++) schema = { type: "object", required: ["a"], properties: { a: schema } };
    expect(JSON.stringify(sampleValid(schema)).length).toBeLessThan(1000);
  });
});

describe("sampleInvalid", () => {
  for (const [name, schema] of Object.entries(SCHEMAS)) {
    it(`derives params the schema refuses: ${name}`, () => {
      const value = sampleInvalid(schema);
      expect(value).not.toBeUndefined();
      expect(ajv.validate(schema, value)).toBe(false);
    });
  }

  it("gives nothing when the schema accepts everything", () => {
    expect(sampleInvalid(true)).toBeUndefined();
    expect(sampleInvalid({})).toBeUndefined();
  });
});
