import { describe, expect, it } from "vitest";
import { cover, coversArea, coversSubject, emptyCoverage } from "./coverage.js";
import { createLexicon } from "./lexicon.js";
import { DEFAULT_LIFE_AREAS } from "./life-areas.js";

const lexicon = createLexicon();
function covering(...names: string[]) {
  const c = emptyCoverage();
  for (const name of names) cover(c, name, lexicon, DEFAULT_LIFE_AREAS);
  return c;
}

describe("coverage", () => {
  it("reads the subject out of a skill slug", () => {
    const c = covering("custom-water-tracker");
    expect(coversSubject(c, "water", DEFAULT_LIFE_AREAS)).toBe(true);
    expect(coversSubject(c, "coffee", DEFAULT_LIFE_AREAS)).toBe(false);
    expect(coversArea(c, "hydration")).toBe(true);
  });

  it("understands slugs and subjects in other languages", () => {
    expect(coversSubject(covering("custom-kawa-log"), "coffee", DEFAULT_LIFE_AREAS)).toBe(true);
    expect(coversSubject(covering("Kaffee"), "coffee", DEFAULT_LIFE_AREAS)).toBe(true);
    expect(coversSubject(covering("custom-blood-pressure-journal"), "blood pressure", DEFAULT_LIFE_AREAS)).toBe(true);
  });

  it("lets an area slug cover every subject of the area", () => {
    const c = covering("custom-fitness-tracker");
    expect(coversSubject(c, "running", DEFAULT_LIFE_AREAS)).toBe(true);
    expect(coversArea(c, "exercise")).toBe(true);
    expect(coversArea(c, "sleep")).toBe(false);
  });

  it("covers a subject the lexicon does not know by its words", () => {
    expect(coversSubject(covering("custom-guitar-practice-log"), "guitar practice", DEFAULT_LIFE_AREAS)).toBe(true);
  });
});
