import { describe, expect, it } from "vitest";
import { fold, tokenize } from "./fold.js";
import { createLexicon } from "./lexicon.js";

const lexicon = createLexicon();
const subjects = (text: string, mentionsOnly = true) =>
  lexicon.scan(tokenize(fold(text)), mentionsOnly).map((h) => h.trackable.subject);

describe("lexicon", () => {
  it("names the same trackable in five languages", () => {
    for (const text of ["more coffee", "dwie kawy", "noch ein Kaffee", "un café", "un café con leche"])
      expect(subjects(text)).toEqual(["coffee"]);
    for (const text of ["bad sleep", "mało snu", "kein Schlaf", "tengo sueño", "mon sommeil"])
      expect(subjects(text)).toEqual(["sleep"]);
  });

  it("matches stems as word prefixes only", () => {
    expect(subjects("Kaffeekonsum")).toEqual(["coffee"]);
    expect(subjects("wydatki na jedzenie")).toEqual(["expenses", "food"]);
    expect(subjects("the team met")).toEqual([]);
  });

  it("prefers the longest phrase", () => {
    expect(subjects("my blood pressure")).toEqual(["blood pressure"]);
    expect(subjects("dolor de cabeza")).toEqual(["headaches"]);
    expect(subjects("ból głowy")).toEqual(["headaches"]);
  });

  it("reads German compounds by their first part", () => {
    expect(subjects("Bierkonsum")).toEqual(["beer"]);
    expect(subjects("Zuckerverbrauch")).toEqual(["sugar"]);
  });

  it("counts ambiguous forms only inside requests", () => {
    expect(subjects("next steps and a test run")).toEqual([]);
    expect(subjects("next steps and a test run", false)).toEqual(["steps", "running"]);
  });

  it("looks up a single name", () => {
    expect(lexicon.lookup("water")?.subject).toBe("water");
    expect(lexicon.lookup("blood pressure")?.area).toBe("health");
    expect(lexicon.lookup("printer")).toBeUndefined();
  });
});
