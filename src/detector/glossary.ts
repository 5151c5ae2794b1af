// English words for common words of habits, chores, pets and the body, so an unknown subject in
// another language can still get an English name. A phrase is translated only when every word
// is known; otherwise the user's words stay (a safe, transliterated subject).
import type { Language } from "./types.js";

type Glossary = ReadonlyMap<string, string>;

const GLOSSARIES: Partial<Record<Language, Glossary>> = {};

/** The English phrase for `words`, or undefined when a word is not in the glossary. */
export function translate(words: readonly string[], language: Language): string | undefined {
  const glossary = GLOSSARIES[language];
  if (!glossary || words.length === 0) return undefined;
  const out: string[] = [];
  for (const w of words) {
    const en = glossary.get(w);
    if (en === undefined) return undefined;
    if (en !== "") out.push(en);
  }
  return out.length > 0 ? out.join(" ") : undefined;
}

/** The English word for one folded word, when the glossary knows it (and it is not a function word). */
export function translateWord(word: string, language: Language): string | undefined {
  if (language === "en") return undefined;
  const en = GLOSSARIES[language]?.get(word);
  return en ? en : undefined;
}
