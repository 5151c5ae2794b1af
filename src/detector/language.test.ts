// The language of a short description: frequent words and telltale letters first; when neither
// decides, the words each glossary knows, two of them at least, so that one English word that is
// also French ("pain") does not move an English text.
import { describe, expect, it } from "vitest";
import { fold, tokenize } from "./fold.js";
import { parseInstruction } from "./index.js";
import { detectLanguage, placeLanguage } from "./language.js";

const languageOf = (text: string): string => detectLanguage(text, tokenize(fold(text)));

describe("detectLanguage on short texts", () => {
  it.each([
    ["dni bez alkoholu", "pl"],
    ["dni bez kawy", "pl"],
    ["Tage ohne Alkohol", "de"],
    ["jours sans alcool", "fr"],
    ["días sin alcohol", "es"],
  ])("reads %j as %s from the words its glossary knows", (text, language) => {
    expect(languageOf(text)).toBe(language);
  });

  it("keeps English when a single word is also another language's, or a loanword", () => {
    expect(languageOf("tennis elbow pain")).toBe("en");
    expect(languageOf("pizza nights")).toBe("en");
  });

  it("names days without something as its free days once the language is right", () => {
    for (const text of ["dni bez alkoholu", "Tage ohne Alkohol", "días sin alcohol", "jours sans alcool"]) {
      const p = parseInstruction(text);
      expect(p.kind === "request" && p.need.subject).toBe("alcohol-free days");
    }
  });
});

describe("placeLanguage", () => {
  const place = (text: string) => placeLanguage(text, tokenize(fold(text)));

  it("is clear when telltale letters and frequent words agree", () => {
    expect(place("¿he vaciado el lavavajillas hoy?")).toMatchObject({ language: "es", clear: true });
    expect(place("ich möchte meine Schritte zählen")).toMatchObject({ language: "de", clear: true });
  });

  it("is not clear for a bare word or a message two languages share", () => {
    expect(place("Zahnseide").clear).toBe(false);
    expect(place("pizza").clear).toBe(false);
  });
});

describe("a tie between languages", () => {
  it("goes to the language whose spellings the words have, not the first listed", () => {
    // Two Polish marker words ("ile", "chce"), two English ones ("do", "to"); "dziennie", "szczotkuje" are Polish.
    expect(languageOf("ile razy dziennie szczotkuje psa do konca, chce to wiedziec")).toBe("pl");
  });
});
