// The offline generator over a labelled request set written without looking at the generator
// (110 requests in en, pl, de, es and fr): every request goes through the real pipeline —
// detect → generate → audit → trial — and the figures are printed. The floors below are the ones
// measured; raise them as the detector and the templates improve, never lower them quietly.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseInstruction } from "../../src/detector/index.js";
import { createGeneratePipeline, createOfflineGenerator, offlineDraft, type GenerateResult } from "../../src/generator/index.js";
import { createMemoryRecordStore, createSandbox, type Sandbox } from "../../src/sandbox/index.js";
import { auditSkill } from "../../src/validator/index.js";
import { namesSubject, words } from "./naming.js";

interface Labelled {
  id: string;
  lang: string;
  text: string;
  subject: string;
  shape: string;
  unit: string | null;
  fields: string[];
  scale: { min: number; max: number } | null;
}

const SET: Labelled[] = JSON.parse(readFileSync(join(import.meta.dirname, "requests-a.json"), "utf8"));
/** The head noun (last word) of the expected subject appears in the collection name. */
const namesHead = (collection: string, subject: string) => words(collection).includes(words(subject).at(-1)!);

let sandbox: Sandbox;
const results: { item: Labelled; result: GenerateResult; shape?: string }[] = [];

beforeAll(async () => {
  sandbox = createSandbox({ store: createMemoryRecordStore(), workers: 1, maxWorkers: 1 });
  const generate = createGeneratePipeline({
    generator: createOfflineGenerator(),
    // As the composition root's generate: the instruction parser (requests, then descriptions).
    detect: (text) => {
      const parsed = parseInstruction(text);
      return parsed.kind === "request" ? parsed.need : { refused: parsed.message };
    },
    audit: auditSkill,
    trial: (input) => sandbox.trial(input),
    clock: { now: () => new Date() },
  });
  for (const item of SET) {
    const result = await generate({ text: item.text, tenantId: "00000000-0000-4000-8000-0000000000a4" });
    results.push({ item, result, ...(result.need ? { shape: offlineDraft(result.need, item.text).plan.shape } : {}) });
  }
}, 300_000);
afterAll(async () => {
  await sandbox?.close();
});

describe("offline generator over request set A (110 requests, five languages)", () => {
  it("reports pass rate, subject-in-English rate and shape accuracy, above the measured floors", () => {
    const detected = results.filter((r) => r.result.need !== null);
    const passed = results.filter((r) => r.result.ok);
    const collection = (r: (typeof results)[number]) => Object.keys(r.result.draft?.collections ?? {})[0] ?? "";
    const english = passed.filter((r) => namesSubject(collection(r), r.item.subject));
    const head = passed.filter((r) => namesHead(collection(r), r.item.subject));
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
    // English names (78 head nouns) right; with the detector's subject refinements, 78 (82).
    expect(detected.length).toBeGreaterThanOrEqual(108);
    expect(shapeRight.length).toBeGreaterThanOrEqual(106);
    expect(english.length).toBeGreaterThanOrEqual(78);
    expect(head.length).toBeGreaterThanOrEqual(82);
    expect(unitRight.length / withUnit.length).toBeGreaterThanOrEqual(0.9);
  });

  it("grants no draft a capability outside its own collection", () => {
    for (const { result } of results.filter((r) => r.result.ok)) {
      const [own] = Object.keys(result.draft!.collections);
      expect(result.audit!.capabilities).toEqual([`data.read:${own}`, `data.write:${own}`]);
    }
  });
});
