// The offline generator over a labelled request set written without looking at the generator
// (110 requests in en, pl, de, es and fr): every request goes through the real pipeline —
// detect → generate → audit → trial — and the figures are printed. The floors below are the ones
// measured; raise them as the detector and the templates improve, never lower them quietly.
import { beforeAll, describe, expect, it } from "vitest";
import { offlineDraft } from "../../src/generator/index.js";
import { namesSubject, words } from "./naming.js";
import { collectionOf, loadRequestSet, runRequestSet, type LabelledRequest, type RequestResult } from "./request-set.js";

interface Labelled extends LabelledRequest {
  shape: string;
  unit: string | null;
  fields: string[];
  scale: { min: number; max: number } | null;
}

const SET = loadRequestSet<Labelled>("requests-a.json");
/** The head noun (last word) of the expected subject appears in the collection name. */
const namesHead = (collection: string, subject: string) => words(collection).includes(words(subject).at(-1)!);

let results: (RequestResult<Labelled> & { shape?: string })[] = [];

beforeAll(async () => {
  const ran = await runRequestSet(SET, "00000000-0000-4000-8000-0000000000a4");
  // The shape the offline generator chose for each detected need.
  results = ran.map((r) => ({ ...r, ...(r.result.need ? { shape: offlineDraft(r.result.need, r.item.text).plan.shape } : {}) }));
}, 300_000);

describe("offline generator over request set A (110 requests, five languages)", () => {
  it("reports pass rate, subject-in-English rate and shape accuracy, above the measured floors", () => {
    const detected = results.filter((r) => r.result.need !== null);
    const passed = results.filter((r) => r.result.ok);
    const english = passed.filter((r) => namesSubject(collectionOf(r), r.item.subject));
    const head = passed.filter((r) => namesHead(collectionOf(r), r.item.subject));
    const shapeRight = detected.filter((r) => r.shape === r.item.shape);
    const withUnit = detected.filter((r) => r.item.unit !== null);
    const unitRight = withUnit.filter(
      (r) =>
        (
          r.result.draft?.config_schema as { properties?: { unit?: { default?: string } } }
        ).properties?.unit?.default?.toLowerCase() === r.item.unit,
    );
    const pct = (n: number, d: number) => `${n}/${d} (${d ? ((100 * n) / d).toFixed(1) : "–"}%)`;
    const byLang = Object.fromEntries(
      ["en", "pl", "de", "es", "fr"].map((l) => [
        l,
        pct(passed.filter((r) => r.item.lang === l).length, SET.filter((x) => x.lang === l).length),
      ]),
    );
    console.info(
      [
        "request set A, offline generator:",
        `  end to end (detect → generate → audit → trial): ${pct(passed.length, SET.length)}  by language ${JSON.stringify(byLang)}`,
        `  detected a need: ${pct(detected.length, SET.length)}`,
        `  of detected, passed audit and trial first time: ${pct(passed.filter((r) => r.result.attempts.length === 1).length, detected.length)}`,
        `  collection names the subject in English (all words): ${pct(english.length, passed.length)}; head noun: ${pct(head.length, passed.length)}`,
        `  shape right, of detected: ${pct(shapeRight.length, detected.length)}; unit right, of detected with a unit: ${pct(unitRight.length, withUnit.length)}`,
        `  missed: ${results
          .filter((r) => !r.result.ok)
          .map((r) => r.item.id)
          .join(" ")}`,
      ].join("\n"),
    );

    // Every detected need gives a draft that passes audit and trial, first time.
    expect(passed.length).toBe(detected.length);
    expect(passed.every((r) => r.result.attempts.length === 1)).toBe(true);
    // Floors measured on this set (end to end is bounded by the detector).
    // (With the detector's open vocabulary 91 needs are found instead of 77; the newly found ones
    // are harder, so the ratios below are over a larger, harder denominator: 89 shapes and 61
    // English names right, against 76 and 57 before.) With the instruction parser, which reads a
    // generate request with no tracking frame as a description, 108 are found: 106 shapes, 73
    // English names (78 head nouns) right; with the detector's subject refinements, 78 (82);
    // with function words left out of open subjects, 81 (86).
    expect(detected.length).toBeGreaterThanOrEqual(108);
    expect(shapeRight.length).toBeGreaterThanOrEqual(106);
    expect(english.length).toBeGreaterThanOrEqual(82);
    expect(head.length).toBeGreaterThanOrEqual(87);
    expect(unitRight.length / withUnit.length).toBeGreaterThanOrEqual(0.9);
  });

  it("grants no draft a capability outside its own collection", () => {
    for (const { result } of results.filter((r) => r.result.ok)) {
      const [own] = Object.keys(result.draft!.collections);
      expect(result.audit!.capabilities).toEqual([`data.read:${own}`, `data.write:${own}`]);
    }
  });
});
