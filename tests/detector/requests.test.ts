import { describe, expect, it } from "vitest";
import { parseRequest } from "../../src/detector/index.js";
import { EXISTING_SAMPLES } from "./existing-set.js";
import { ENGLISH, FRENCH, GERMAN, POLISH, SPANISH, type Sample } from "./request-samples.js";

const TABLE: Sample[] = EXISTING_SAMPLES;

interface Score {
  tp: number;
  fp: number;
  fn: number;
  subjectOk: number;
  misses: string[];
}

function score(samples: readonly Sample[]): Score {
  const out: Score = { tp: 0, fp: 0, fn: 0, subjectOk: 0, misses: [] };
  for (const sample of samples) {
    const parsed = parseRequest(sample.text);
    const isRequest = parsed.kind === "request";
    if (sample.kind === "request" && isRequest) {
      out.tp++;
      if (parsed.need.subject === sample.subject) out.subjectOk++;
      else out.misses.push(`subject of "${sample.text}": ${parsed.need.subject}`);
    } else if (sample.kind === "request") {
      out.fn++;
      out.misses.push(`missed "${sample.text}" (${parsed.kind === "none" ? parsed.reason : parsed.kind})`);
    } else if (isRequest) {
      out.fp++;
      out.misses.push(`false request "${sample.text}" → ${parsed.need.subject}`);
    }
  }
  return out;
}

describe("request parser on the labelled table", () => {
  it("holds at least 150 labelled messages with positives and negatives in every language", () => {
    expect(TABLE.length).toBeGreaterThanOrEqual(150);
    for (const lang of [ENGLISH, POLISH, GERMAN, SPANISH, FRENCH]) {
      expect(lang.some((s) => s.kind === "request")).toBe(true);
      expect(lang.some((s) => s.kind === "none")).toBe(true);
      expect(lang.some((s) => s.kind === "stop")).toBe(true);
    }
  });

  it("reaches precision ≥ 0.97, recall ≥ 0.92 and subject accuracy ≥ 0.95", () => {
    const s = score(TABLE);
    const precision = s.tp / (s.tp + s.fp);
    const recall = s.tp / (s.tp + s.fn);
    const subjects = s.subjectOk / s.tp;
    expect({ precision: precision >= 0.97, recall: recall >= 0.92, subjects: subjects >= 0.95, misses: s.misses }).toEqual({
      precision: true,
      recall: true,
      subjects: true,
      misses: expect.any(Array),
    });
  });

  it("reaches the goals in each language on its own", () => {
    for (const [name, samples] of Object.entries({ ENGLISH, POLISH, GERMAN, SPANISH, FRENCH })) {
      const s = score(samples);
      expect({ name, precision: s.tp / (s.tp + s.fp) >= 0.97, recall: s.tp / (s.tp + s.fn) >= 0.92 }).toEqual({
        name,
        precision: true,
        recall: true,
      });
    }
  });

  for (const sample of TABLE.filter((s) => s.kind === "stop")) {
    it(`reports "${sample.text}" as a stop of ${sample.subject}`, () => {
      expect(parseRequest(sample.text)).toMatchObject({ kind: "stop", subject: sample.subject });
    });
  }

  for (const sample of TABLE.filter((s) => s.unit || s.fields)) {
    it(`extracts the unit and fields of "${sample.text}"`, () => {
      const parsed = parseRequest(sample.text);
      expect(parsed.kind).toBe("request");
      if (parsed.kind !== "request") return;
      if (sample.unit) expect(parsed.need.unit).toBe(sample.unit);
      if (sample.fields) expect(parsed.need.fields).toEqual(sample.fields);
    });
  }
});
