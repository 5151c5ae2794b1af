// Labelled set G, written blind (its author never saw the detector; 300 messages, 60 per language,
// 60% requests — explicit and indirect, typos, slang, uncommon subjects — and hard non-requests:
// entries into an existing tracker, questions about tracking apps, other people's or the world's
// data; 20 conversations, 14 with a repeated activity worded differently each time). The whole set
// was held out until it was scored: before this round's subject naming rules, precision 97.3%,
// recall 78.9%, subject 59.2%, conversations 7/20; after them 97.3%, 79.4%, 59.4%, 7/20 (the rules
// were tuned on the other sets; this set is what they carried over to). From here on it is a tuning
// set like the others. The floors below are the figures when it was added: raise them, never
// lower them quietly.
// `npx tsx tests/detector/evaluate-cli.ts tests/detector/blind-set-g.json --misses` lists the misses.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { detectNeeds, parseRequest } from "../../src/detector/index.js";
import { precision, recall, scoreSet, subjectAccuracy, type LabelledSet } from "./evaluate.js";

const SET = JSON.parse(readFileSync(new URL("./blind-set-g.json", import.meta.url), "utf8")) as LabelledSet;
const report = scoreSet(SET, parseRequest, detectNeeds);

describe("blind set G", () => {
  it("holds 300 messages in five languages and 20 conversations", () => {
    expect(SET.messages).toHaveLength(300);
    expect(new Set(SET.messages.map((m) => m.lang))).toEqual(new Set(["en", "pl", "de", "es", "fr"]));
    expect(SET.conversations).toHaveLength(20);
  });

  it("stays at or above the figures measured when it was added", () => {
    const t = report.total;
    console.info(
      `blind set G: precision ${(100 * precision(t)).toFixed(2)}%, recall ${(100 * recall(t)).toFixed(2)}%, ` +
        `subject ${(100 * subjectAccuracy(t)).toFixed(2)}%, conversations ${report.conversations.filter((c) => c.ok).length}/20`,
    );
    expect(precision(t)).toBeGreaterThanOrEqual(FLOOR.precision);
    expect(recall(t)).toBeGreaterThanOrEqual(FLOOR.recall);
    expect(subjectAccuracy(t)).toBeGreaterThanOrEqual(FLOOR.subject);
    expect(report.conversations.filter((c) => c.ok).length).toBeGreaterThanOrEqual(FLOOR.conversations);
  });
});

const FLOOR = { precision: 0.98, recall: 0.86, subject: 0.599, conversations: 7 };
