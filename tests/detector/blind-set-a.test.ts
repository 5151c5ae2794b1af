// The labelled set written blind (its author never saw the detector), scored per language.
// Subjects match leniently — folded, each word singular, word order ignored — and nothing else
// is forgiven (see evaluate.ts). `npx tsx tests/detector/evaluate-cli.ts --misses` prints the
// same scores with every miss.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { detectNeeds, parseRequest } from "../../src/detector/index.js";
import { precision, recall, sameSubject, scoreSet, subjectAccuracy, type LabelledSet } from "./evaluate.js";

const SET = JSON.parse(readFileSync(new URL("./blind-set-a.json", import.meta.url), "utf8")) as LabelledSet;
const report = scoreSet(SET, parseRequest, detectNeeds);

describe("blind set A", () => {
  it("matches subjects leniently on number and word order only", () => {
    expect(sameSubject("changing bedsheets", "bedsheet changing")).toBe(true);
    expect(sameSubject("Migraines", "migraine")).toBe(true);
    expect(sameSubject("contact lens changes", "contact lenses change")).toBe(true);
    expect(sameSubject("physio exercises", "physiotherapy exercises")).toBe(false);
  });

  it("holds 220 messages in five languages and 8 conversations", () => {
    expect(SET.messages).toHaveLength(220);
    expect(new Set(SET.messages.map((m) => m.lang))).toEqual(new Set(["en", "pl", "de", "es", "fr"]));
    expect(SET.conversations).toHaveLength(8);
  });

  it("reaches precision ≥ 98% and recall ≥ 95% in every language", () => {
    for (const [lang, t] of report.byLanguage) {
      expect({ lang, precision: precision(t) >= 0.98, recall: recall(t) >= 0.95 }).toEqual({
        lang,
        precision: true,
        recall: true,
      });
    }
  });

  it("names at least 85.7% of the subjects as labelled (English or transliterated names count only when they match)", () => {
    expect(subjectAccuracy(report.total)).toBeGreaterThanOrEqual(0.857);
  });

  it("gets every conversation right: the expected patterns and nothing else", () => {
    expect(report.conversations.filter((c) => !c.ok).map((c) => `${c.id}: ${c.got.join(",")}`)).toEqual([]);
  });
});
