// Labelled set I, written blind by an author who never saw the detector: 250 messages, 50 per
// language (30 requests, 20 lookalikes), the requests a third plain, a third chatty (typos, emoji,
// the request after some context, a value already given: "did 20 today") and a third indirect
// ("X — log it when I do it", "I want to know how many …", the thing named in one sentence and
// "log them" in the next). It was split by id parity before anyone read it: the odd half was
// studied, the even half held out until the end. Figures:
// - whole set before: precision 96.8%, recall 60.0%, subject 36.7%; after: 100%, 72.7%, 41.3%.
// - held-out half (never read while the rules were written): precision 96.1% → 100%, recall
//   60.5% → 65.4%, subject 34.7% → 37.7%; studied half: 97.6% → 100%, 59.4% → 81.2%, 39.0% → 44.6%.
// After its held-out half was read for general gaps (a comma after "pamiętaj", "garde-les",
// clitics before "vas …ando", "em" for them): 100%, 77.3%, 43.1%, the floors below. From here on
// it is a tuning set like the others. The floors are the figures when it was added:
// raise them, never lower them quietly.
// `npx tsx tests/detector/evaluate-cli.ts tests/detector/blind-set-i.json --misses` lists the misses.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { detectNeeds, parseRequest } from "../../src/detector/index.js";
import { precision, recall, scoreSet, subjectAccuracy, type LabelledSet } from "./evaluate.js";

const SET = JSON.parse(readFileSync(new URL("./blind-set-i.json", import.meta.url), "utf8")) as LabelledSet;
const report = scoreSet(SET, parseRequest, detectNeeds);
const FLOOR = { precision: 1, recall: 0.773, subject: 0.43 };

describe("blind set I", () => {
  it("holds 250 messages, 50 per language, 30 of them requests", () => {
    expect(SET.messages).toHaveLength(250);
    for (const lang of ["en", "pl", "de", "es", "fr"]) {
      const own = SET.messages.filter((m) => m.lang === lang);
      expect(own).toHaveLength(50);
      expect(own.filter((m) => m.request)).toHaveLength(30);
    }
  });

  it("stays at or above the figures measured when it was added", () => {
    const t = report.total;
    console.info(
      `blind set I: precision ${(100 * precision(t)).toFixed(2)}%, recall ${(100 * recall(t)).toFixed(2)}%, ` +
        `subject ${(100 * subjectAccuracy(t)).toFixed(2)}%`,
    );
    expect(precision(t)).toBeGreaterThanOrEqual(FLOOR.precision);
    expect(recall(t)).toBeGreaterThanOrEqual(FLOOR.recall);
    expect(subjectAccuracy(t)).toBeGreaterThanOrEqual(FLOOR.subject);
  });
});
