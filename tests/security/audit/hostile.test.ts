// Every hostile sample is refused, and by the rule that names its technique.
import { describe, expect, it } from "vitest";
import { auditSkill } from "../../../src/validator/index.js";
import { HOSTILE_SAMPLES, type HostileSample } from "./hostile-samples.js";
import { SHELL_CAPABILITIES, skillShell } from "./skill-shell.js";

function sourceOf(s: HostileSample): string {
  return s.source ?? skillShell(s.code ?? "", s.where ?? "method", s.lang);
}

describe("the carrier skill", () => {
  it.each(["ts", "js"] as const)("passes on its own (%s), so every refusal below is the attack's", (lang) => {
    const report = auditSkill({ source: skillShell("", "method", lang), language: lang });
    expect(report.findings).toEqual([]);
    expect(report.capabilities).toEqual(SHELL_CAPABILITIES);
  });
});

describe("hostile skills are blocked", () => {
  it("has at least 80 samples across every category", () => {
    expect(HOSTILE_SAMPLES.length).toBeGreaterThanOrEqual(80);
  });

  for (const s of HOSTILE_SAMPLES) {
    it(`${s.category}: ${s.technique} (${s.lang}) is refused by ${s.rule}`, () => {
      const report = auditSkill({ source: sourceOf(s), language: s.lang });
      expect(report.ok).toBe(false);
      expect(report.findings.map((f) => f.rule)).toContain(s.rule);
      for (const f of report.findings) {
        expect(f.line).toBeGreaterThanOrEqual(1);
        expect(f.column).toBeGreaterThanOrEqual(0);
      }
    });
  }
});
