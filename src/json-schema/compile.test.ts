import { describe, expect, it } from "vitest";
import { compileSchema, schemaProblem } from "./index.js";

const check = (schema: unknown, value: unknown) => {
  const c = compileSchema(schema);
  if ("error" in c) throw new Error(c.error);
  return c.check(value);
};

describe("compileSchema", () => {
  it("accepts every spelling of draft-07 and 2020-12, and validates by the declared draft", () => {
    for (const $schema of [
      "http://json-schema.org/draft-07/schema#",
      "https://json-schema.org/draft-07/schema#",
      "http://json-schema.org/draft-07/schema",
      "https://json-schema.org/draft/2020-12/schema",
      "https://json-schema.org/draft/2020-12/schema#",
    ]) {
      const schema = { $schema, type: "object", required: ["n"], properties: { n: { type: "number" } } };
      expect(schemaProblem(schema), $schema).toBeNull();
      expect(check(schema, { n: 1 })).toBeNull();
      expect(check(schema, { n: "x" })).toMatch(/\/n must be number/);
    }
    // prefixItems exists in 2020-12 only.
    const tuple = { $schema: "https://json-schema.org/draft/2020-12/schema", type: "array", prefixItems: [{ type: "string" }] };
    expect(check(tuple, [1])).toMatch(/must be string/);
    expect(schemaProblem({ $schema: "http://json-schema.org/draft-04/schema#" })).toMatch(/unsupported \$schema/);
  });

  it("refuses what would switch validation off or reach outside: $async, remote $ref", () => {
    expect(schemaProblem({ $async: true, type: "object" })).toMatch(/\$async/);
    expect(schemaProblem({ properties: { a: { $ref: "https://example.com/s.json" } } })).toMatch(/local references/);
    expect(schemaProblem({ $defs: { a: { type: "string" } }, properties: { a: { $ref: "#/$defs/a" } } })).toBeNull();
    // Under `properties` a key named like a keyword is data, not a keyword.
    expect(schemaProblem({ type: "object", properties: { $async: { type: "boolean" } } })).toBeNull();
  });

  it("runs patterns in linear time, refuses what RE2 cannot run, and oversized or deep schemas", () => {
    // Exponential for a backtracking engine: (a+)+ against a long run of a's and one b.
    const evil = { type: "string", pattern: "^(a+)+$" };
    expect(check(evil, "a".repeat(5_000) + "b")).toMatch(/must match pattern/);
    expect(
      check({ type: "object", patternProperties: { "^(x+)+$": { type: "number" } } }, { ["x".repeat(5_000) + "y"]: "s" }),
    ).toBeNull();
    expect(check({ type: "string", pattern: "^[a-z]+(-[a-z]+)*$" }, "water-tracker")).toBeNull();
    expect(schemaProblem({ type: "string", pattern: "(?=a)" })).toMatch(/RE2/);
    expect(schemaProblem({ type: "string", pattern: "(" })).toMatch(/RE2/);
    expect(schemaProblem({ enum: ["x".repeat(70_000)] })).toMatch(/larger than/);
    let deep: Record<string, unknown> = { type: "string" };
    for (let i = 0; i < 40; i++) deep = { items: deep };
    expect(schemaProblem(deep)).toMatch(/deeper than/);
  });

  it("refuses schemas whose $refs recurse or fan out past the expansion bound, keeps shared $defs", () => {
    const recursive = { $defs: { t: { anyOf: [{ $ref: "#/$defs/t" }, { type: "string" }] } }, $ref: "#/$defs/t" };
    expect(schemaProblem(recursive)).toMatch(/recursive schemas/);
    expect(schemaProblem({ properties: { a: { anyOf: [{ $ref: "#" }, { type: "number" }] } } })).toMatch(/recursive/);
    const $defs: Record<string, unknown> = { l9: { type: "string" } };
    for (let i = 0; i < 9; i++) $defs[`l${i}`] = { anyOf: [1, 2, 3].map(() => ({ $ref: `#/$defs/l${i + 1}` })) };
    expect(schemaProblem({ $defs, $ref: "#/$defs/l0" })).toMatch(/expands to more than 10000/);
    expect(schemaProblem({ $defs, $ref: "#/$defs/l2" })).toBeNull(); // 3^7 applications: bounded
    expect(schemaProblem({ $defs: { a: { type: "string" } }, $ref: "#/$defs/b" })).toMatch(/does not resolve/);
    expect(schemaProblem({ $defs: { a: { $id: "urn:x", type: "string" } }, $ref: "#/$defs/a" })).toMatch(/nested \$id/);
    expect(schemaProblem({ $dynamicRef: "#/$defs/a", $defs: { a: {} } })).toMatch(/\$dynamicRef is not allowed/);
    const day = { $defs: { day: { type: "string", format: "date" } }, type: "object" };
    const shared = { ...day, properties: { from: { $ref: "#/$defs/day" }, to: { $ref: "#/$defs/day" } } };
    expect(schemaProblem(shared)).toBeNull();
    expect(check(shared, { from: "2026-01-01", to: "x" })).toMatch(/\/to must match format/);
  });

  it("never lets one schema's $id collide with another's", () => {
    const a = { $id: "urn:skill:params", type: "object", properties: { n: { type: "number" } } };
    const b = { $id: "urn:skill:params", type: "object", properties: { n: { type: "string" } } };
    expect(check(a, { n: 1 })).toBeNull();
    expect(check(b, { n: "s" })).toBeNull();
    expect(check(b, { n: 1 })).toMatch(/must be string/);
  });

  it("reports every error for host bodies and is strict about unknown keywords there", () => {
    const body = { type: "object", required: ["a", "b"], properties: { a: { type: "string" }, b: { type: "number" } } };
    const c = compileSchema(body, "host");
    if ("error" in c) throw new Error(c.error);
    expect(c.check({})).toMatch(/a'.*; .*b'/);
    expect(schemaProblem({ type: "object", colour: "red" }, "host")).toMatch(/unknown keyword/);
    expect(schemaProblem({ type: "object", colour: "red" }, "skill")).toBeNull();
  });
});
