import { describe, expect, it } from "vitest";
import { AUDIT_SOURCE_MAX_CHARS } from "./budget.js";
import { auditSkill } from "./index.js";

function skill(body: string): string {
  return `export default { slug: "custom-x", getActions() { return []; }, async executeAction() { return {}; },
  async getData(ctx: unknown) { const o: Record<string, number> = {}; ${body} }, async getInsights() { return []; } };`;
}

/** `[1..8].map(a0 => [1..8].map(a1 => … a0 + a1 + …))`: 8^levels leaves for the folder to visit. */
function nestedMaps(levels: number): string {
  const names = Array.from({ length: levels }, (_, i) => `a${i}`);
  let expr = names.join(" + ");
  for (let i = levels - 1; i >= 0; i--) expr = `[1, 2, 3, 4, 5, 6, 7, 8].map((a${i}) => ${expr})`;
  return skill(`return o[${expr}];`);
}

describe("the audit's budget", () => {
  it("refuses a few hundred bytes of nested folds that multiply (once seconds and hundreds of MB) by its work count", () => {
    const source = nestedMaps(7);
    expect(source.length).toBeLessThan(600);
    const report = auditSkill({ source });
    expect(report.ok).toBe(false);
    expect(report.findings.map((f) => f.rule)).toEqual(["audit-budget"]);
    expect(report.findings[0]!.message).toMatch(/work budget/);
  });

  it("still folds the same shape when it is small", () => {
    expect(auditSkill({ source: nestedMaps(2) }).findings).toEqual([]);
  });

  it("follows an instance to its class once: two constants made from each other end the walk, not the stack", () => {
    const source = `const a = new b();
const b = new a();
export default {
  slug: "custom-note-keeper",
  getActions() { return []; },
  async executeAction() { return { success: true }; },
  async getData() { return { x: a.pick(1), y: b.first }; },
  async getInsights() { return []; },
};`;
    const report = auditSkill({ source, language: "js" });
    expect(report.findings.map((f) => f.message).join("; ")).not.toMatch(/call stack/);
  });

  it("refuses a source over the size limit before parsing it", () => {
    const source = `this is not JavaScript ${"x".repeat(AUDIT_SOURCE_MAX_CHARS)}`;
    const report = auditSkill({ source });
    expect(report.findings.map((f) => f.rule)).toEqual(["audit-budget"]);
    expect(report.findings[0]!.message).toMatch(/longer than/);
  });
});
