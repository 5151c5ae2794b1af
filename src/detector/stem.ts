// Rough stems for finding a glossary entry under an inflected form: Polish cases and verb
// persons ("storczyków", "odkurzam", "odkurzanie" all reach their entry), German plurals and
// verb endings ("Handtücher", "wechsle"), Spanish and French plurals and verb endings
// ("sábanas", "riego", "changer"). The glossary stems its own forms the same way, so a stem only
// has to be consistent, not linguistically right. Words are folded (lowercase, no diacritics).
import type { Language } from "./types.js";

// Longest first within each list: the first ending that leaves a long enough stem is cut.
const ENDINGS: Record<Exclude<Language, "en">, string[]> = {
  pl: [
    "owaniach",
    "owaniem",
    "owaniu",
    "owania",
    "owanie",
    "ywanie",
    "ywania",
    "iwanie",
    "iwania",
    "aniach",
    "aniem",
    "aniu",
    "ania",
    "anie",
    "eniem",
    "eniu",
    "enia",
    "enie",
    "owalem",
    "owalam",
    "owal",
    "owac",
    "ujesz",
    "uje",
    "uja",
    "ylem",
    "ylam",
    "ilem",
    "ilam",
    "alem",
    "alam",
    "ami",
    "ach",
    "ego",
    "emu",
    "ymi",
    "imi",
    "ych",
    "ich",
    "asz",
    "esz",
    "isz",
    "ysz",
    "iem",
    "ow",
    "om",
    "em",
    "ej",
    "ym",
    "im",
    "ie",
    "ia",
    "iu",
    "ii",
    "am",
    "ac",
    "ic",
    "yc",
    "al",
    "il",
    "yl",
    "a",
    "e",
    "i",
    "o",
    "u",
    "y",
  ],
  de: ["ungen", "ung", "ern", "en", "er", "es", "em", "st", "e", "n", "s", "t"],
  es: [
    "amientos",
    "amiento",
    "aciones",
    "acion",
    "amos",
    "emos",
    "imos",
    "ando",
    "iendo",
    "ado",
    "ido",
    "ar",
    "er",
    "ir",
    "es",
    "as",
    "os",
    "e",
    "a",
    "o",
    "s",
  ],
  fr: ["ements", "ement", "ations", "ation", "eaux", "aux", "ons", "ez", "ent", "er", "es", "ee", "e", "s", "x"],
};

const MIN_STEM = 3;

/** A word's stem in `language`: the longest listed ending cut off, keeping at least three letters. */
export function stem(word: string, language: Language): string {
  if (language === "en") return word;
  for (const ending of ENDINGS[language]) {
    if (word.length - ending.length >= MIN_STEM && word.endsWith(ending)) return word.slice(0, -ending.length);
  }
  return word;
}

// Perfective prefixes: "posprzątałem", "wyprałam", "zrobiłem" reach "sprzątam", "pranie", "robię".
const PL_PREFIXES = ["prze", "po", "wy", "za", "z", "s", "u", "na", "do", "od", "o"];

/** Other forms worth trying when the word itself has no entry (a Polish verb without its aspect prefix). */
export function variants(word: string, language: Language): string[] {
  if (language !== "pl") return [];
  return PL_PREFIXES.filter((p) => word.startsWith(p) && word.length - p.length >= 4).map((p) => word.slice(p.length));
}
