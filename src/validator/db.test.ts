import { describe, expect, it } from "vitest";
import { auditSkill } from "./index.js";

/** A skill whose getData body is `body`. */
function skill(body: string, top = ""): string {
  return `${top}
export default { slug: "custom-x", getActions() { return []; }, async executeAction() { return {}; },
  async getData(ctx) { ${body} }, async getInsights() { return []; } };`;
}

const audit = (body: string, top = "") => auditSkill({ source: skill(body, top) });

describe("capability extraction", () => {
  it("select is a read, insert and update are writes, sorted and de-duplicated", () => {
    const r = audit(`await db.from("b").insert({}); await db.from("a").select(); await db.from("a").select("x");
      await db.from("b").update({ x: 1 }).eq("id", 1);`);
    expect(r.ok).toBe(true);
    expect(r.capabilities).toEqual(["data.read:a", "data.write:b"]);
    expect(r.risk).toBe("medium");
  });

  it("a read-only skill is low risk, a skill without db has no capabilities", () => {
    expect(audit(`return db.from("a").select();`)).toMatchObject({ capabilities: ["data.read:a"], risk: "low" });
    expect(audit(`return 1;`)).toMatchObject({ capabilities: [], risk: "low", ok: true });
  });

  it("accepts eq/order/limit in any order after select, and then/catch/finally", () => {
    const r = audit(
      `return db.from("a").select().limit(5).eq("k", 1).order("t", { ascending: true }).eq("j", 2).then((x) => x);`,
    );
    expect(r.findings).toEqual([]);
    expect(r.capabilities).toEqual(["data.read:a"]);
  });

  it("resolves collections named by constants, const objects, and never-assigned fields", () => {
    expect(audit(`return db.from(T).select();`, `const T = "a";`).capabilities).toEqual(["data.read:a"]);
    expect(audit(`return db.from(\`a\`).select();`).capabilities).toEqual(["data.read:a"]);
    expect(audit(`return db.from(TABLES.x).select();`, `const TABLES = { x: "a" } as const;`).capabilities).toEqual([
      "data.read:a",
    ]);
    const cls = `export default class S { slug = "custom-x"; table = "a"; getActions() { return []; }
      async executeAction() { await db.from(this.table).insert({}); } async getData() { return db.from(this.table).select(); }
      async getInsights() { return []; } }`;
    expect(auditSkill({ source: cls })).toMatchObject({ ok: true, capabilities: ["data.read:a", "data.write:a"] });
  });

  it("refuses a collection that can change: a mutated const object or an assigned field", () => {
    expect(
      audit(`TABLES.x = "b"; return db.from(TABLES.x).select();`, `const TABLES = { x: "a" };`).findings.map((f) => f.rule),
    ).toContain("db-collection");
    const cls = `export default class S { slug = "custom-x"; table = "a"; getActions() { return []; }
      async executeAction(c, a, p) { this.table = p.t; } async getData() { return db.from(this.table).select(); }
      async getInsights() { return []; } }`;
    expect(auditSkill({ source: cls }).findings.map((f) => f.rule)).toContain("db-collection");
    const aliased = cls.replace("this.table = p.t;", "const self = this; self.table = p.t;");
    expect(auditSkill({ source: aliased }).findings.map((f) => f.rule)).toContain("db-collection");
    const outside = `const skill = { slug: "custom-x", table: "a", getActions() { return []; }, async executeAction() {},
      async getData() { return db.from(this.table).select(); }, async getInsights() { return []; } };
      skill.table = "b"; export default skill;`;
    expect(auditSkill({ source: outside }).findings.map((f) => f.rule)).toContain("db-collection");
    const statics = `class S { static T = "a"; slug = "custom-x"; getActions() { return []; } async executeAction() {}
      async getData() { return db.from(S.T).select(); } async getInsights() { return []; } } export default S;`;
    expect(auditSkill({ source: statics })).toMatchObject({ ok: true, capabilities: ["data.read:a"] });
    expect(
      auditSkill({ source: statics.replace("export default S;", "S.T = 'b'; export default S;") }).findings.map((f) => f.rule),
    ).toContain("db-collection");
  });

  it("follows a builder held in a const to each operation", () => {
    const r = audit(`const t = db.from("a"); await t.insert({}); return t.select().limit(1);`);
    expect(r.findings).toEqual([]);
    expect(r.capabilities).toEqual(["data.read:a", "data.write:a"]);
  });

  it("keeps capabilities of chains passed to Promise.all or stored after the operation", () => {
    const r = audit(`const [a, b] = await Promise.all([db.from("a").select(), db.from("b").select()]);
      let q = db.from("c").select(); q = q.eq("x", 1); return [a, b, await q];`);
    expect(r.findings).toEqual([]);
    expect(r.capabilities).toEqual(["data.read:a", "data.read:b", "data.read:c"]);
  });

  it.each([
    [`const d = db; return d.from("a").select();`, "db-escape"],
    [`return helper(db);`, "db-escape"],
    [`return db[\"from\"]("a").select();`, "db-computed"],
    [`return db.from("a").delete();`, "db-method"],
    [`return db.sql("select 1");`, "db-method"],
    [`return db.from("a").insert({}).select();`, "db-method"],
    [`return db.from("a").update({}).order("x");`, "db-method"],
    [`return db.from(ctx.config.c).select();`, "db-collection"],
    [`return db.from("a", "b").select();`, "db-collection"],
    [`return db.from("A-b").select();`, "db-collection-name"],
    [`const db = 1; return db;`, "db-shadowed"],
    [`const t = db.from("a"); return t;`, "db-escape"],
    [`return typeof db.from;`, "db-escape"],
  ])("%s → %s", (body, rule) => {
    const r = audit(body);
    expect(r.ok).toBe(false);
    expect(r.findings.map((f) => f.rule)).toContain(rule);
  });

  it("treats `declare const db` as the host API, not a shadow", () => {
    const r = auditSkill({ source: skill(`return db.from("a").select();`, `declare const db: any;`) });
    expect(r.findings).toEqual([]);
    expect(r.capabilities).toEqual(["data.read:a"]);
  });

  it("does not mistake a property or key named db for the host API", () => {
    expect(audit(`const o = { db: 1 }; return o.db + ctx.db;`).findings).toEqual([]);
  });
});

describe("db in code that runs while the module loads", () => {
  it.each([
    ["the top level", `void db.from("a").select();`],
    ["an enum initializer", `enum E { A = (db.from("a").select(), "a") as any }\nvoid E;`],
    ["a function invoked in place", `(() => { void db.from("a").select(); })();`],
    ["a static field", `class H { static rows = db.from("a").select(); }\nvoid H;`],
    ["a static block", `class H { static { void db.from("a").select(); } }\nvoid H;`],
  ])("is refused in %s", (_where, top) => {
    const r = auditSkill({ source: skill(`return 1;`, top) });
    expect(r.findings.map((f) => f.rule)).toContain("db-at-load");
  });

  it.each([
    ["a helper function", `return load();`, `function load() { return db.from("a").select(); }`],
    [
      "an instance field (built by new, in a call or at init)",
      `return new H().rows;`,
      `class H { rows = db.from("a").select(); }`,
    ],
    ["a function invoked in place inside a method", `return (() => db.from("a").select())();`, ``],
  ])("is accepted in %s", (_where, body, top) => {
    const r = auditSkill({ source: skill(body, top) });
    expect(r.findings).toEqual([]);
    expect(r.capabilities).toEqual(["data.read:a"]);
  });
});
