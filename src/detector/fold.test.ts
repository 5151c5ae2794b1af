import { describe, expect, it } from "vitest";
import { fold, tokenize } from "./fold.js";

describe("fold", () => {
  it("lowercases and removes diacritics in every supported language", () => {
    expect(fold("Chcę śledzić ŁÓDŹ")).toBe("chce sledzic lodz");
    expect(fold("Möchte Größe")).toBe("mochte grose");
    expect(fold("¿Cuánto café? Ça va, Élodie")).toBe("¿cuanto cafe? ca va, elodie");
  });

  it("keeps the length so folded indexes point into the original", () => {
    for (const text of ["Ich möchte meinen Kaffeekonsum verfolgen", "żółć", "naïve œuvre ß", "I’d like"]) {
      expect(fold(text).length).toBe(text.length);
    }
  });

  it("turns typographic apostrophes into plain ones", () => {
    expect(fold("I’d")).toBe("i'd");
  });
});

describe("tokenize", () => {
  it("keeps apostrophes and hyphens inside words and reports positions", () => {
    expect(tokenize("j'aime les push-ups, ok")).toEqual([
      { word: "j'aime", start: 0, end: 6 },
      { word: "les", start: 7, end: 10 },
      { word: "push-ups", start: 11, end: 19 },
      { word: "ok", start: 21, end: 23 },
    ]);
  });

  it("tokenizes only the requested range", () => {
    expect(tokenize("one two three", 4, 7).map((t) => t.word)).toEqual(["two"]);
  });
});
