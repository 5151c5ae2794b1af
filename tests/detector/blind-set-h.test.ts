// Labelled sets H1 and H2, written blind by two authors who never saw the detector (250 messages
// each, 50 per language, 60% requests mostly about things no list holds — medicines by name,
// pets, chores, body measures, habits said as verbs, "I want to see how many" — and lookalikes:
// app advice, past tracking, hypotheticals, refusals, other people's tracking, parcels,
// reminders; 12 conversations each, 8 with one activity worded differently on three or more
// days, 4 where a word recurs in unrelated senses). H2 has more long, slangy messages and
// indirect frames. Scored when they arrived: H1 precision 100%, recall 85.3%, subject 41.4%,
// conversations 5/12; H2 (held out through this round's changes) 93.1%, 54.0%, 27.2%, 6/12 before
// and 93.3%, 56.0%, 27.4%, 6/12 after them. H1 helped tune the told-act rule (`statedAct`); from
// here on both are tuning sets. The floors are the figures when they were added: raise them,
// never lower them quietly.
// `npx tsx tests/detector/evaluate-cli.ts tests/detector/blind-set-h2.json --misses` lists the misses.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { detectNeeds, parseRequest } from "../../src/detector/index.js";
import { precision, recall, scoreSet, subjectAccuracy, type LabelledSet } from "./evaluate.js";

const FLOORS = {
  h1: { precision: 1, recall: 0.899, subject: 0.48, conversations: 5 },
  h2: { precision: 0.947, recall: 0.732, subject: 0.299, conversations: 6 },
};

for (const [name, floor] of Object.entries(FLOORS)) {
  const set = JSON.parse(readFileSync(new URL(`./blind-set-${name}.json`, import.meta.url), "utf8")) as LabelledSet;
  const report = scoreSet(set, parseRequest, detectNeeds);

  describe(`blind set ${name.toUpperCase()}`, () => {
    it("holds 250 messages, 50 per language, and 12 conversations", () => {
      expect(set.messages).toHaveLength(250);
      for (const lang of ["en", "pl", "de", "es", "fr"]) expect(set.messages.filter((m) => m.lang === lang)).toHaveLength(50);
      expect(set.conversations).toHaveLength(12);
    });

    it("stays at or above the figures measured when it was added", () => {
      const t = report.total;
      const conversations = report.conversations.filter((c) => c.ok).length;
      console.info(
        `blind set ${name.toUpperCase()}: precision ${(100 * precision(t)).toFixed(2)}%, recall ${(100 * recall(t)).toFixed(2)}%, ` +
          `subject ${(100 * subjectAccuracy(t)).toFixed(2)}%, conversations ${conversations}/12`,
      );
      expect(precision(t)).toBeGreaterThanOrEqual(floor.precision);
      expect(recall(t)).toBeGreaterThanOrEqual(floor.recall);
      expect(subjectAccuracy(t)).toBeGreaterThanOrEqual(floor.subject);
      expect(conversations).toBeGreaterThanOrEqual(floor.conversations);
    });
  });
}
