// Labelled set D, written blind (its author never saw the detector; 300 messages, 60 per language,
// and 25 conversations, with the namings a fair judge also accepts in `alt`). It was held out until
// it was scored: before the concept map, the subject refinements and the wider glossaries the
// detector scored precision 99.1%, recall 70.3%, subject 56.9%, conversations 14/25; with them,
// 100%, 70.3%, 58.6%, 14/25, against 91.9% recall and 20/20 conversations on set C, which those
// changes were tuned on. From here on it is a tuning set like the others. The floors below are the
// figures measured when it was added: raise them, never lower them quietly.
// `npx tsx tests/detector/evaluate-cli.ts tests/detector/blind-set-d.json --misses` lists the misses.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { detectNeeds, parseRequest } from "../../src/detector/index.js";
import { precision, recall, scoreSet, subjectAccuracy, type LabelledSet } from "./evaluate.js";

const SET = JSON.parse(readFileSync(new URL("./blind-set-d.json", import.meta.url), "utf8")) as LabelledSet;
const report = scoreSet(SET, parseRequest, detectNeeds);

describe("blind set D", () => {
  it("holds 300 messages in five languages and 25 conversations", () => {
    expect(SET.messages).toHaveLength(300);
    expect(new Set(SET.messages.map((m) => m.lang))).toEqual(new Set(["en", "pl", "de", "es", "fr"]));
    expect(SET.conversations).toHaveLength(25);
  });

  it("stays at or above the figures measured when it was added", () => {
    const t = report.total;
    console.info(
      `blind set D: precision ${(100 * precision(t)).toFixed(1)}%, recall ${(100 * recall(t)).toFixed(1)}%, ` +
        `subject ${(100 * subjectAccuracy(t)).toFixed(1)}%, conversations ${report.conversations.filter((c) => c.ok).length}/25`,
    );
    expect(precision(t)).toBeGreaterThanOrEqual(1);
    expect(recall(t)).toBeGreaterThanOrEqual(0.829);
    expect(subjectAccuracy(t)).toBeGreaterThanOrEqual(0.634);
    expect(report.conversations.filter((c) => c.ok).length).toBeGreaterThanOrEqual(14);
  });
});
