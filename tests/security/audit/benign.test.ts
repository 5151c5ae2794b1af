// Realistic, harmless skills pass the audit with exactly the capabilities they use — including
// lookalikes a text blocklist would refuse ("evaluation", a `constructor` key in returned data,
// evaluateScore, processed, global_stats).
import { describe, expect, it } from "vitest";
import { auditSkill } from "../../../src/validator/index.js";
import { loadBenignSamples } from "./benign-samples.js";

const samples = loadBenignSamples();

describe("benign skills pass", () => {
  it("has at least 40 samples", () => {
    expect(samples.length).toBeGreaterThanOrEqual(40);
  });

  for (const s of samples) {
    it(`${s.name} (${s.lang}) passes with ${s.capabilities.join(", ") || "no capabilities"}`, () => {
      const report = auditSkill({ source: s.source, language: s.lang });
      expect(report.findings).toEqual([]);
      expect(report.ok).toBe(true);
      expect(report.capabilities).toEqual(s.capabilities);
      expect(report.slug).toMatch(/^custom-/);
    });
  }
});
