import { describe, expect, it } from "vitest";
import { auditSkill } from "./index.js";

function skill(body: string, top = ""): string {
  return `${top}
export default { slug: "custom-x", getActions() { return []; }, async executeAction() { return {}; },
  async getData(ctx: unknown) { ${body} }, async getInsights() { return []; } };`;
}

// The executed script is strict (its wrapper's directive, checked in artifact.ts): these throw or
// are undefined there, so refusing them would only refuse ordinary code
// (tests/security/sandbox/strict-mode.test.ts runs each attack in the isolate).
describe("what strict mode already refuses is not a rule", () => {
  it("accepts a row field named caller, callee or arguments", () => {
    const r = auditSkill({
      source: skill(
        `const rows = await db.from("calls").select(); return rows.map((r: any) => [r.caller, r.callee, r.arguments]);`,
      ),
    });
    expect(r.findings).toEqual([]);
    expect(r.capabilities).toEqual(["data.read:calls"]);
  });

  it("accepts this in a nested function and at the top level", () => {
    const r = auditSkill({
      source: skill(`function inner(this: unknown) { return this; } return [inner(), top];`, `const top = this;`),
    });
    expect(r.findings).toEqual([]);
  });

  it("refuses caller, callee and arguments of a function or of arguments: they only throw, so they can only be probes", () => {
    for (const body of [
      `function up() { return up.caller; } try { return up(); } catch { return null; }`,
      `function f() { return arguments.callee.caller; } return f();`,
      `const g = () => 1; return g.arguments;`,
    ])
      expect(
        auditSkill({ source: skill(body) }).findings.map((f) => f.rule),
        body,
      ).toContain("reflection");
  });

  it("still refuses with, which strict mode makes a syntax error rather than a different program", () => {
    expect(auditSkill({ source: skill(`with ({}) { return 1; }`) }).findings.map((f) => f.rule)).toContain("with-statement");
  });
});
