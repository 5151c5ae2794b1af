import { describe, expect, it } from "vitest";
import { auditSkill } from "./index.js";

function skill(body: string, top = ""): string {
  return `${top}
export default { slug: "custom-x", getActions() { return []; }, async executeAction() { return {}; },
  async getData(ctx: unknown) { ${body} }, async getInsights() { return []; } };`;
}

const audit = (body: string, top: string) => auditSkill({ source: skill(body, top) });
const rules = (body: string, top: string) => audit(body, top).findings.map((f) => f.rule);

describe("ambient declarations that only type a host global", () => {
  it("accepts `declare const|let|var` of db and the sandbox's globals, and checks their uses as those globals", () => {
    const top = `declare const db: { from(c: string): any };\ndeclare let console: { log(...a: unknown[]): void };\ndeclare var Math: any;`;
    const r = audit(`console.log(Math.max(1, 2)); return db.from("water").select();`, top);
    expect(r.findings).toEqual([]);
    expect(r.capabilities).toEqual(["data.read:water"]);
    // Every rule on the global still applies to the declared name.
    expect(rules(`return Object.getPrototypeOf({});`, `declare const Object: any;`)).toContain("reflection");
    expect(rules(`const c = console; return c;`, `declare const console: any;`)).toContain("global-member");
    expect(rules(`return db[ctx as string];`, `declare const db: any;`)).toContain("db-computed");
  });

  it("accepts `declare global` of host globals and types, and `declare type`/`declare interface`", () => {
    const top = `declare global { var db: any; const console: any; interface Row { a: number } type Id = string; }\ndeclare type T = number;\ndeclare interface I { a: T }`;
    const r = audit(`console.log(1); return db.from("a").select();`, top);
    expect(r.findings).toEqual([]);
    expect(r.capabilities).toEqual(["data.read:a"]);
  });

  it.each([
    ["a name the sandbox does not provide", `declare const process: any;`, `return 1;`],
    ["an initializer", `declare const console = 1;`, `return 1;`],
    ["a pattern", `declare const { console }: any;`, `return 1;`],
    ["a later `var` of the same name", `declare var Math: any; var Math = { max: (x: any) => x };`, `return Math.max(1);`],
    ["a write to the declared name", `declare let JSON: any; JSON = {};`, `return 1;`],
    ["a function", `declare function structuredClone(v: unknown): unknown;`, `return 1;`],
    ["a class", `declare class Date {}`, `return 1;`],
    ["a `declare global` of another name", `declare global { var secret: string }`, `return 1;`],
    ["a `declare global` over a local", `declare global { var console: any }\nconst console = { log() {} };`, `return 1;`],
    ["`declare module`", `declare module "m" { const y: number }`, `return 1;`],
    ["`declare namespace`", `declare namespace N { const y: number }`, `return 1;`],
  ])("refuses %s", (_what, top, body) => {
    expect(rules(body, top)).toContain("ambient-declaration");
  });

  it("refuses `declare` inside a function: it is erased, and the name reaches the outer binding", () => {
    expect(rules(`declare const db: any; return 1;`, "")).toContain("ambient-declaration");
  });

  it("keeps a local of the same name in an inner scope local (checked as a binding, not the global)", () => {
    expect(rules(`const db = 1; return db;`, `declare const db: any;`)).toContain("db-shadowed");
    expect(rules(`const Math = { max: () => 1 }; return Math.max();`, `declare const Math: any;`)).toEqual([]);
  });
});
