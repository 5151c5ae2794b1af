import { describe, expect, it } from "vitest";
import { auditSkill } from "./index.js";

const METHODS = `
  getActions() { return []; },
  async executeAction() { return { success: true }; },
  async getData() { return {}; },
  async getInsights() { return []; },`;

const rules = (source: string, extra: Parameters<typeof auditSkill>[0] = { source }) =>
  auditSkill({ ...extra, source }).findings.map((f) => f.rule);

describe("the values actions are read from, handed to a local helper", () => {
  const skill = (helper: string, use: string) => `const KINDS = ["pollen", "dust"] as const;
${helper}
export default {
  slug: "custom-kinds",
  getActions() {
    return [{ slug: "log", name: "Log", description: "Log", params_schema: { type: "object", properties: { kind: { enum: [...KINDS] } } } }];
  },
  async executeAction() { return { success: true, n: ${use} }; },
  async getData() { return {}; },
  async getInsights() { return []; },
};`;

  it("accepts a helper that only reads its parameter (iterates, indexes, calls read-only methods)", () => {
    const helper = `function pick(list: readonly string[], i: number) { for (const k of list) if (k === "x") return k; return list[i % list.length] ?? list.map((k) => k).join(","); }`;
    expect(rules(skill(helper, "pick(KINDS, 1)"), { source: "", language: "ts" })).toEqual([]);
  });

  it("refuses a helper that changes, returns or hands on its parameter, or reads arguments", () => {
    for (const [helper, use] of [
      ["function add(list: any) { list.push('mold'); return 1; }", "add(KINDS)"],
      ["const same = (list: any) => list;", "same(KINDS).length"],
      ["function keep(list: any) { const box = [list]; return box.length; }", "keep(KINDS)"],
      ["function count(list: any) { return arguments.length; }", "count(KINDS)"],
      ["let pick = (list: any) => 1;\npick = (list: any) => list.push('mold');", "pick(KINDS)"],
    ])
      expect(rules(skill(helper!, use!), { source: "", language: "ts" }), helper).toContain("contract-actions");
  });
});

describe("contract check", () => {
  it("accepts an object literal with the slug and the four methods", () => {
    const report = auditSkill({ source: `export default { slug: "custom-a-b", ${METHODS} };` });
    expect(report.ok).toBe(true);
    expect(report.slug).toBe("custom-a-b");
    expect(report.actions).toEqual([]);
  });

  it("accepts a class with a slug field, a getter slug, or a slug set in the constructor", () => {
    const body = METHODS.replace(/,\n/g, "\n").replace(/},$/m, "}");
    for (const slugMember of [
      `slug = "custom-x";`,
      `get slug() { return "custom-x"; }`,
      `constructor() { this.slug = "custom-x"; }`,
    ]) {
      const report = auditSkill({ source: `export default class X { ${slugMember} ${body} }` });
      expect(report.findings).toEqual([]);
      expect(report.slug).toBe("custom-x");
    }
  });

  it("resolves `export default name` to a top-level object or class, and a slug constant", () => {
    expect(rules(`const slug = "custom-x"; const skill = { slug, ${METHODS} }; export default skill;`)).toEqual([]);
    expect(
      rules(
        `class S { slug = "custom-x"; getActions() { return []; } async executeAction() {} async getData() {} async getInsights() {} }\nexport default S;`,
      ),
    ).toEqual([]);
  });

  it("refuses no default export, two default exports, and value exports besides it", () => {
    expect(rules(`const x = 1;`)).toContain("contract-export");
    expect(rules(`export default { slug: "custom-x", ${METHODS} };\nexport const y = 2;`)).toContain("contract-export");
    expect(rules(`export default 42;`)).toContain("contract-export");
  });

  it("allows exported types and type-only imports, refuses value imports", () => {
    expect(
      rules(
        `import type { Skill } from "skillforge";\nexport interface E { a: number }\nexport type T = string;\nexport default { slug: "custom-x", ${METHODS} };`,
      ),
    ).toEqual([]);
    expect(rules(`import fs from "fs";\nexport default { slug: "custom-x", ${METHODS} };`)).toContain("contract-import");
  });

  it("refuses a missing, non-literal or malformed slug", () => {
    expect(rules(`export default { ${METHODS} };`)).toContain("contract-slug");
    expect(rules(`export default { slug: "Custom_X", ${METHODS} };`)).toContain("contract-slug");
    expect(rules(`export default { slug: String(1), ${METHODS} };`)).toContain("contract-slug");
  });

  it("refuses a missing method or a method that is not a function", () => {
    expect(
      rules(
        `export default { slug: "custom-x", getActions() { return []; }, async executeAction() {}, async getData() {}, getInsights: 3 };`,
      ),
    ).toContain("contract-method");
    expect(
      rules(`export default { slug: "custom-x", getActions() { return []; }, async executeAction() {}, async getData() {} };`),
    ).toContain("contract-method");
  });

  it("reads literal action descriptors, through constants and spreads", () => {
    const source = `
      const AMOUNT = { type: "number", minimum: 0 };
      const BASE = { name: "Log", description: "Log it" };
      export default { slug: "custom-x",
        getActions() { return [{ slug: "log", ...BASE, params_schema: { type: "object", properties: { amount: AMOUNT } } }]; },
        async executeAction() {}, async getData() {}, async getInsights() { return []; } };`;
    const report = auditSkill({ source });
    expect(report.findings).toEqual([]);
    expect(report.actions).toEqual([
      {
        slug: "log",
        name: "Log",
        description: "Log it",
        params_schema: { type: "object", properties: { amount: { type: "number", minimum: 0 } } },
      },
    ]);
  });

  it("leaves computed actions to the trial, and refuses literal ones that are incomplete or duplicated", () => {
    const wrap = (ret: string) =>
      `export default { slug: "custom-x", getActions() { return ${ret}; }, async executeAction() {}, async getData() {}, async getInsights() {} };`;
    const computed = auditSkill({ source: wrap(`[].concat([])`) });
    expect(computed.findings).toEqual([]);
    expect(computed.actions).toBeUndefined();
    expect(computed.actionsAtTrial).toBe(true);
    expect(rules(wrap(`[{ slug: "a", name: "A", params_schema: {} }]`))).toContain("contract-actions");
    expect(
      rules(
        wrap(
          `[{ slug: "a", name: "A", description: "d", params_schema: {} }, { slug: "a", name: "B", description: "d", params_schema: {} }]`,
        ),
      ),
    ).toContain("contract-actions");
  });

  it("compiles params_schema with draft-07 by default and 2020-12 when declared", () => {
    const wrap = (schema: string) =>
      `export default { slug: "custom-x", getActions() { return [{ slug: "a", name: "A", description: "d", params_schema: ${schema} }]; }, async executeAction() {}, async getData() {}, async getInsights() {} };`;
    expect(rules(wrap(`{ type: "object", properties: { d: { type: "string", format: "date" } } }`))).toEqual([]);
    expect(
      rules(
        wrap(`{ $schema: "https://json-schema.org/draft/2020-12/schema", type: "array", prefixItems: [{ type: "string" }] }`),
      ),
    ).toEqual([]);
    expect(rules(wrap(`{ type: "object", properties: { a: { type: "strnig" } } }`))).toContain("contract-params-schema");
    expect(rules(wrap(`{ $ref: "https://example.com/remote.json" }`))).toContain("contract-params-schema");
    expect(rules(wrap(`{ $schema: "http://json-schema.org/draft-04/schema#", type: "object" }`))).toContain(
      "contract-params-schema",
    );
  });

  it("compiles the draft's config and collection schemas", () => {
    const source = `export default { slug: "custom-x", ${METHODS} };`;
    expect(
      rules(source, { source, configSchema: { type: "object" }, collectionSchemas: { entries: { type: "object" } } }),
    ).toEqual([]);
    expect(rules(source, { source, configSchema: { type: 12 } as never })).toContain("config-schema");
    expect(rules(source, { source, collectionSchemas: { entries: { minimum: "x" } as never } })).toContain("collection-schema");
    expect(rules(source, { source, collectionSchemas: { "Bad Name": { type: "object" } } })).toContain("collection-schema");
  });

  it("reports a syntax error with its line and column instead of throwing", () => {
    const report = auditSkill({ source: `export default {\n  slug: "custom-x",\n  getActions() { return [ }\n};` });
    expect(report.ok).toBe(false);
    expect(report.findings).toHaveLength(1);
    expect(report.findings[0]).toMatchObject({ rule: "syntax", line: 3 });
    expect(report.findings[0]!.excerpt).toContain("getActions");
  });
});

describe("the slug of a class skill", () => {
  const cls = (members: string, after = "") => `class Tracker {
  ${members}
  getActions() { return []; }
  async executeAction() { return {}; }
  async getData() { return db.from("a").select(); }
  async getInsights() { return []; }
}
${after}
export default Tracker;`;
  const slugOf = (source: string) => auditSkill({ source }).slug;
  const slugRules = (source: string) => auditSkill({ source }).findings.map((f) => f.rule);

  it("reads a static slug, a static getter, and an instance getter returning a literal or the static", () => {
    expect(slugOf(cls(`static slug = "custom-a";`))).toBe("custom-a");
    expect(slugOf(cls(`static readonly slug = "custom-a";`))).toBe("custom-a");
    expect(slugOf(cls(`static get slug() { return "custom-a"; }`))).toBe("custom-a");
    expect(slugOf(cls(`static slug = "custom-a"; get slug() { return Tracker.slug; }`))).toBe("custom-a");
    expect(slugOf(cls(`get slug() { return "custom-a"; }`))).toBe("custom-a");
    expect(slugOf(`export default ${cls(`static slug = "custom-a";`).replace(/\nexport default Tracker;$/, "")}`)).toBe(
      "custom-a",
    );
  });

  it.each([
    ["written at load", cls(`static slug = "custom-a";`, `Tracker.slug = "custom-b";`)],
    ["written in a static block", cls(`static slug = "custom-a"; static { this.slug = "custom-b"; }`)],
    ["written by a static method", cls(`static slug = "custom-a"; static reset() { Tracker.slug = "custom-b"; }`)],
    ["defined twice through a computed key", cls(`static slug = "custom-a"; static ["sl" + "ug"] = "custom-b";`)],
    ["reached through an alias of the class", cls(`static slug = "custom-a";`, `const T = Tracker; T.slug = "custom-b";`)],
    ["changed by Object.assign on the class", cls(`static slug = "custom-a";`, `Object.assign(Tracker, { slug: "custom-b" });`)],
    ["chosen by a getter's logic", cls(`get slug() { return Date.now() > 0 ? "custom-a" : "custom-b"; }`)],
    ["a getter of more than one statement", cls(`get slug() { if (Date.now() > 0) return "custom-b"; return "custom-a"; }`)],
  ])("refuses a slug %s", (_what, source) => {
    expect(slugRules(source)).toContain("contract-slug");
  });

  it("refuses a static slug of a class expression whose holder is written", () => {
    const source = `let T = class { static slug = "custom-a"; getActions() { return []; } async executeAction() { return {}; }
  async getData() { return 1; } async getInsights() { return []; } };\nT.slug = "custom-b";\nexport default T;`;
    expect(slugRules(source)).toContain("contract-slug");
  });
});

describe("action descriptors built by a local schema helper", () => {
  const sk = (top: string, prop: string) => `${top}
export default { slug: "custom-x", getActions() { return [{ slug: "a", name: "A", description: "A", params_schema: { type: "object", properties: { n: ${prop} } } }]; },
  async executeAction() { return {}; }, async getData() { return 1; }, async getInsights() { return []; } };`;

  it("reads a one-expression helper called with literals (arrow or function declaration)", () => {
    const arrow = auditSkill({ source: sk(`const m = (max: number) => ({ type: "number", maximum: max });`, `m(3)`) });
    expect(arrow.findings).toEqual([]);
    expect(arrow.actions?.[0]?.params_schema).toEqual({ type: "object", properties: { n: { type: "number", maximum: 3 } } });
    const decl = auditSkill({ source: sk(`function m(max) { return { type: "number", maximum: max }; }`, `m(3)`) });
    expect(decl.actions?.[0]?.params_schema).toEqual({ type: "object", properties: { n: { type: "number", maximum: 3 } } });
  });

  it.each([
    ["reassigned", `let m = (max: number) => ({ maximum: max }); m = () => ({});`, `m(3)`],
    ["a function declaration reassigned", `function m(max) { return { maximum: max }; }\nm = () => ({});`, `m(3)`],
    ["choosing its result at run time", `const m = (max: number) => (Date.now() > 0 ? { maximum: max } : {});`, `m(3)`],
    ["with a default parameter", `const m = (max = 5) => ({ maximum: max });`, `m()`],
    ["reading this", `const m = function (max) { return { maximum: this.max }; };`, `m(3)`],
    ["called with a value known only at run time", `const m = (max: number) => ({ maximum: max });`, `m(Date.now())`],
  ])("does not read a helper %s: the trial captures what it returns", (_what, top, prop) => {
    // The reading proves nothing about such a helper, so the audit shows no actions rather than a
    // guess; the version's actions are then what getActions() returns in the trial.
    const report = auditSkill({ source: sk(top, prop) });
    expect(report.actions).toBeUndefined();
    expect(report.actionsAtTrial).toBe(true);
  });

  it("refuses a helper's shared object that is changed at load", () => {
    const top = `const base = { type: "number" }; base.type = "string"; const m = () => base;`;
    expect(auditSkill({ source: sk(top, `m()`) }).findings.map((f) => f.rule)).toContain("contract-actions");
  });
});

describe("getActions() that computes its actions from constants", () => {
  const sk = (top: string, body: string) => `${top}
export default { slug: "custom-x", getActions() { ${body} },
  async executeAction() { return {}; }, async getData() { return 1; }, async getInsights() { return []; } };`;
  const KINDS = `const KINDS = ["tea", "coffee"] as const;`;
  const BUILD = `return KINDS.filter((k) => k !== "x").map((k) => ({ slug: "log_" + k, name: k, description: k, params_schema: { type: "object" } }));`;

  it("is left to the trial, with the capabilities the db chains show", () => {
    const report = auditSkill({
      source: sk(KINDS, BUILD).replace("getData() { return 1; }", `getData() { return db.from("cups").select(); }`),
    });
    expect(report.findings).toEqual([]);
    expect(report.actionsAtTrial).toBe(true);
    expect(report.actions).toBeUndefined();
    expect(report.capabilities).toEqual(["data.read:cups"]);
  });

  it("may build its own locals (a list pushed to, an object filled in, a counter)", () => {
    const body = `const out: any[] = []; let i = 0; for (const k of KINDS) { const props: any = {}; props[k] = { type: "number" }; i++; out.push({ slug: k + i, name: k, description: k, params_schema: { type: "object", properties: props } }); } return out;`;
    const report = auditSkill({ source: sk(KINDS, body) });
    expect(report.findings).toEqual([]);
    expect(report.actionsAtTrial).toBe(true);
  });

  it.each([
    ["uses db", `const rows = db.from("kinds").select(); ${BUILD}`, /uses db/],
    ["counts its calls in a module variable", `calls++; ${BUILD}`, /changes `calls`/],
    ["assigns to a module variable", `calls = 2; ${BUILD}`, /assigns to `calls`/],
    ["writes a field of the skill", `(this as any).cached = 1; ${BUILD}`, /assigns to `this`/],
    ["pushes onto a module constant", `(KINDS as any).push("water"); ${BUILD}`, /changes `KINDS`.*push/],
    ["changes a module table with Object.assign", `Object.assign(TABLE, { b: 2 }); ${BUILD}`, /Object\.assign/],
    ["deletes from a module table", `delete (TABLE as any).a; ${BUILD}`, /deletes from `TABLE`/],
    ["assigns a module variable by destructuring", `[calls] = [3]; ${BUILD}`, /assigns to `calls`/],
  ])("is refused when it %s", (_what, body, message) => {
    const report = auditSkill({ source: sk(`${KINDS}\nlet calls = 0;\nconst TABLE = { a: 1 };`, body) });
    const found = report.findings.filter((f) => f.rule === "contract-actions");
    expect(found.map((f) => f.message).join("\n")).toMatch(message);
    expect(report.actionsAtTrial).toBeUndefined();
  });
});
