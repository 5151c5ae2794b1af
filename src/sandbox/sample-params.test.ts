import { Ajv } from "ajv";
import formatsModule from "ajv-formats";
import { describe, expect, it } from "vitest";
import type { JsonSchema } from "../contract/index.js";
import { samplePattern } from "./sample-pattern.js";
import { sampleInvalid, sampleValid, type Rand } from "./sample-params.js";

/** A seeded generator (mulberry32): the draws are random, the test is repeatable. */
function seeded(seed: number): Rand {
  let a = seed >>> 0;
  return (n) => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return Math.floor((((t ^ (t >>> 14)) >>> 0) / 4294967296) * n);
  };
}
const DRAWS = 200;

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
  "every format": {
    type: "object",
    required: ["a", "b", "c", "d", "e", "f", "g"],
    properties: Object.fromEntries(
      ["time", "uri", "uuid", "hostname", "ipv4", "ipv6", "date-time"].map((f, i) => [
        "abcdefg"[i]!,
        { type: "string", format: f },
      ]),
    ),
  },
  patterns: {
    type: "object",
    required: ["code", "phone", "slug", "hex"],
    properties: {
      code: { type: "string", pattern: "^[A-Z]{3}-\\d{2,4}$" },
      phone: { type: "string", pattern: "^\\+?[0-9 ]{7,12}$" },
      slug: { type: "string", pattern: "^(?:[a-z]+)(?:-[a-z0-9]+)*$", maxLength: 40 },
      hex: { type: "string", pattern: "^#([0-9a-fA-F]{3}|[0-9a-fA-F]{6})$" },
    },
  },
  "optional keys, unique items and allOf": {
    allOf: [
      {
        type: "object",
        required: ["tags"],
        properties: { tags: { type: "array", uniqueItems: true, minItems: 2, items: { enum: ["a", "b", "c"] } } },
      },
      {
        required: ["n"],
        properties: {
          n: { type: "integer", minimum: -5, exclusiveMaximum: 5, multipleOf: 2 },
          note: { type: "string", maxLength: 3 },
        },
      },
    ],
  },
};

describe("sampleValid", () => {
  for (const [name, schema] of Object.entries(SCHEMAS)) {
    it(`draws params the schema accepts, every time: ${name}`, () => {
      const rand = seeded(name.length);
      for (let i = 0; i < DRAWS; i++) {
        const value = sampleValid(schema, rand);
        expect(ajv.validate(schema, value), `${JSON.stringify(value)}: ${JSON.stringify(ajv.errors)}`).toBe(true);
      }
    });
  }

  it("draws different params each time, so a skill cannot recognise a trial's", () => {
    const rand = seeded(7);
    const schema = SCHEMAS["bounded number"]!;
    const seen = new Set(Array.from({ length: 20 }, () => JSON.stringify(sampleValid(schema, rand))));
    expect(seen.size).toBeGreaterThan(15);
    const days = new Set(Array.from({ length: 20 }, () => JSON.stringify(sampleValid(SCHEMAS.formats, rand))));
    expect(days.size).toBe(20);
  });

  it("stays bounded on a self-nesting schema", () => {
    let schema: JsonSchema = { type: "object" };
    for (let i = 0; i < 50; i++) schema = { type: "object", required: ["a"], properties: { a: schema } };
    expect(JSON.stringify(sampleValid(schema, seeded(1))).length).toBeLessThan(1000);
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

describe("samplePattern", () => {
  it("gives strings the pattern matches, without running the pattern", () => {
    const rand = seeded(3);
    for (const p of ["^a(b|c)*d$", "[^0-9]{2}x", "^\\w+@\\w+\\.(com|org)$", "colou?r", "^[\\d.-]{3,}$", "a{2}b{1,}c{0,2}"])
      for (let i = 0; i < 50; i++) expect(samplePattern(p, rand)).toMatch(new RegExp(p));
  });

  it("gives up on what it cannot read, and on patterns or strings too large", () => {
    const rand = seeded(4);
    for (const p of ["(a)\\1", "(?=a)a", "\\p{L}", "[a-", "(a", "a{5,1}", "x".repeat(600), "(a{100}){100}"])
      expect(samplePattern(p, rand)).toBeUndefined();
  });
});
