// Every hostile payload of the audit catalogue (tests/security/payloads/audit/) is refused, and
// by the rule that names its technique. `skillforge security-suite` runs the same files through
// the audit and, separately, through the sandbox with the audit off.
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadPayloads } from "../../../src/security-suite/index.js";
import { auditSkill } from "../../../src/validator/index.js";
import { SHELL_CAPABILITIES, skillShell } from "./skill-shell.js";

const HOSTILE = loadPayloads(join(import.meta.dirname, "../payloads/audit"), "built-in");

describe("the carrier skill", () => {
  it.each(["ts", "js"] as const)("passes on its own (%s), so every refusal below is the attack's", (lang) => {
    const report = auditSkill({ source: skillShell("", "method", lang), language: lang });
    expect(report.findings).toEqual([]);
    expect(report.capabilities).toEqual(SHELL_CAPABILITIES);
  });
});

describe("hostile skills are blocked", () => {
  it("has at least 80 samples across every category", () => {
    expect(HOSTILE.length).toBeGreaterThanOrEqual(80);
  });

  it("names the refusing rule in every sample's story", () => {
    expect(HOSTILE.filter((s) => !s.auditRule || !s.auditMustBlock).map((s) => s.id)).toEqual([]);
  });

  for (const s of HOSTILE) {
    it(`${s.category}: ${s.technique} (${s.language}) is refused by ${s.auditRule}`, () => {
      const report = auditSkill({ source: s.source, language: s.language });
      expect(report.ok).toBe(false);
      expect(report.findings.map((f) => f.rule)).toContain(s.auditRule);
      for (const f of report.findings) {
        expect(f.line).toBeGreaterThanOrEqual(1);
        expect(f.column).toBeGreaterThanOrEqual(0);
      }
    });
  }
});
