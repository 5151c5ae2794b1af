// Labelled set J, written blind by an author who never saw the detector or the earlier sets: 200
// messages, 40 per language (24 requests, 16 lookalikes), typed the way people write to an
// assistant on a phone (terse, rambling, dictated without punctuation, slang, the thing first and
// the order after, today's value given). It was held out through a whole round of chat-form rules
// (emoji as stops, orders with a question mark, pronouns taking up what was counted, opening
// topics, passive records, more intent words in five languages): scored only, its misses never
// read. Before the round: precision 100%, recall 75.0%, subject 50.0%; after it: 100%, 80.8%, 51.5%
// — the floors below. From here on it is a tuning set like the others: raise the floors, never
// lower them quietly.
// `npx tsx tests/detector/evaluate-cli.ts tests/detector/blind-set-j.json --misses` lists the misses.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { detectNeeds, parseRequest } from "../../src/detector/index.js";
import { precision, recall, scoreSet, subjectAccuracy, type LabelledSet } from "./evaluate.js";

const SET = JSON.parse(readFileSync(new URL("./blind-set-j.json", import.meta.url), "utf8")) as LabelledSet;
const report = scoreSet(SET, parseRequest, detectNeeds);
// Recall raised to 81.7% when an opening topic with a participle ("filter cleaned today. …") was
// read; the subject share moved from 51.5% to 51.0% only because that one more request is counted
// with the same 50 subjects right (a share of more detections), so its floor is 0.51.
const FLOOR = { precision: 1, recall: 0.816, subject: 0.51 };

describe("blind set J", () => {
  it("holds 200 messages, 40 per language, 24 of them requests", () => {
    expect(SET.messages).toHaveLength(200);
    for (const lang of ["en", "pl", "de", "es", "fr"]) {
      const own = SET.messages.filter((m) => m.lang === lang);
      expect(own).toHaveLength(40);
      expect(own.filter((m) => m.request)).toHaveLength(24);
    }
  });

  it("stays at or above the figures measured when it was added", () => {
    const t = report.total;
    console.info(
      `blind set J: precision ${(100 * precision(t)).toFixed(2)}%, recall ${(100 * recall(t)).toFixed(2)}%, ` +
        `subject ${(100 * subjectAccuracy(t)).toFixed(2)}%`,
    );
    expect(precision(t)).toBeGreaterThanOrEqual(FLOOR.precision);
    expect(recall(t)).toBeGreaterThanOrEqual(FLOOR.recall);
    expect(subjectAccuracy(t)).toBeGreaterThanOrEqual(FLOOR.subject);
  });
});
