// Labelled set F, written blind (its author never saw the detector; 320 messages, 64 per language,
// many with unusual subjects — brand-name medicines, pets, kids, garden, car, habits said as verbs —
// and 25 conversations). Three fifths were a dev set; two fifths (ids ending in 4, 5, 9 and 0) were
// held out until they were scored: before the recall rules, the bigger glossaries and generate's
// question reading, the held part scored precision 98.1%, recall 71.2%, subject 46.2%,
// conversations 5/10; after them 98.4%, 83.6%, 44.3%, 5/10. From here on it is a tuning set like
// the others. The floors below are the figures of the whole set when it was added: raise them,
// never lower them quietly.
// `npx tsx tests/detector/evaluate-cli.ts tests/detector/blind-set-f.json --misses` lists the misses.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { detectNeeds, parseRequest } from "../../src/detector/index.js";
import { precision, recall, scoreSet, subjectAccuracy, type LabelledSet } from "./evaluate.js";

const SET = JSON.parse(readFileSync(new URL("./blind-set-f.json", import.meta.url), "utf8")) as LabelledSet;
const report = scoreSet(SET, parseRequest, detectNeeds);

describe("blind set F", () => {
  it("holds 320 messages in five languages and 25 conversations", () => {
    expect(SET.messages).toHaveLength(320);
    expect(new Set(SET.messages.map((m) => m.lang))).toEqual(new Set(["en", "pl", "de", "es", "fr"]));
    expect(SET.conversations).toHaveLength(25);
  });

  it("stays at or above the figures measured when it was added", () => {
    const t = report.total;
    console.info(
      `blind set F: precision ${(100 * precision(t)).toFixed(2)}%, recall ${(100 * recall(t)).toFixed(2)}%, ` +
        `subject ${(100 * subjectAccuracy(t)).toFixed(2)}%, conversations ${report.conversations.filter((c) => c.ok).length}/25`,
    );
    expect(precision(t)).toBeGreaterThanOrEqual(FLOOR.precision);
    expect(recall(t)).toBeGreaterThanOrEqual(FLOOR.recall);
    expect(subjectAccuracy(t)).toBeGreaterThanOrEqual(FLOOR.subject);
    expect(report.conversations.filter((c) => c.ok).length).toBeGreaterThanOrEqual(FLOOR.conversations);
  });
});

const FLOOR = { precision: 0.994, recall: 0.894, subject: 0.599, conversations: 11 };
