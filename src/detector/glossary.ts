// English words for everyday words of habits, chores, pets, medicines, the body, symptoms, food
// and drink, spending and sports, so an unknown subject said in pl, de, es or fr still gets an
// English name ("cambio las sábanas" → "bedsheet changes", "odkurzam" → "vacuuming"). The words
// are data (`glossary-<lang>.ts`); this file reads them and finds an entry under the forms the
// user writes: inflections through `stem.ts`, Polish aspect prefixes, German compounds split into
// known parts ("Wasserfilterwechsel" → "water filter change"), several-word idioms ("ardor de
// estómago" → heartburn) matched before single words. A word with no entry keeps the user's
// form, so a subject is English, transliterated, or (for brand names) both.
import { singularEn } from "./english-singular.js";
import { fold } from "./fold.js";
import { GLOSSARY_DE } from "./glossary-de.js";
import { GLOSSARY_ES } from "./glossary-es.js";
import { GLOSSARY_FR } from "./glossary-fr.js";
import { GLOSSARY_PL } from "./glossary-pl.js";
import { stem, variants } from "./stem.js";
import type { Language } from "./types.js";

export interface Gloss {
  en: string;
  /** v a verb, a an adjective (after its noun in es/fr), n a noun, f a function word ("of"); en "" drops the word. */
  pos: "v" | "a" | "n" | "f";
}

interface Phrase {
  stems: string[];
  gloss: Gloss;
}

interface Table {
  exact: Map<string, Gloss>;
  stems: Map<string, Gloss>;
  /** Several-word forms, by the stem of their first word. */
  phrases: Map<string, Phrase[]>;
}

const SOURCES: Partial<Record<Language, string>> = { pl: GLOSSARY_PL, de: GLOSSARY_DE, es: GLOSSARY_ES, fr: GLOSSARY_FR };
const LINE = /^([nvaf-])\s+([^:]*):\s*(.+)$/;

function load(language: Language, source: string): Table {
  const table: Table = { exact: new Map(), stems: new Map(), phrases: new Map() };
  const idioms: [string, Gloss][] = [];
  for (const raw of source.split("\n")) {
    const m = LINE.exec(raw.trim());
    if (!m) continue;
    const g: Gloss = { en: m[2]!.trim(), pos: m[1] === "-" ? "f" : (m[1] as Gloss["pos"]) };
    for (const form of m[3]!.split(",").map((f) => fold(f.trim()))) {
      if (!form) continue;
      if (/\s/.test(form)) {
        idioms.push([form, g]);
        continue;
      }
      // The first entry for a form wins: the data lists the commoner sense first.
      if (!table.exact.has(form)) table.exact.set(form, g);
      const s = stem(form, language);
      if (!table.stems.has(s)) table.stems.set(s, g);
    }
  }
  // Idioms are matched on the words the reader keeps: elided articles cut, dropped words left out.
  for (const [form, g] of idioms) {
    const ws = form
      .split(/\s+/)
      .map((w) => (/^[dlmjsnc]'./.test(w) ? w.slice(2) : w))
      .filter((w) => table.exact.get(w)?.en !== "");
    // A noun phrase read without its "of" ("ataques de pánico" as "ataques pánico") finds it too.
    const plain = ws.filter((w) => table.exact.get(w)?.pos !== "f");
    for (const variant of plain.length < ws.length ? [ws, plain] : [ws]) {
      const stems = variant.map((w) => stem(w, language));
      // A form that is one word once its articles are gone is that word's entry, not an idiom.
      if (stems.length < 2) continue;
      const list = table.phrases.get(stems[0]!) ?? [];
      list.push({ stems, gloss: g });
      table.phrases.set(stems[0]!, list);
    }
  }
  for (const list of table.phrases.values()) list.sort((a, b) => b.stems.length - a.stems.length);
  return table;
}

const TABLES = new Map<Language, Table>();
for (const [language, source] of Object.entries(SOURCES) as [Language, string][]) TABLES.set(language, load(language, source));

function single(word: string, table: Table, language: Language): Gloss | undefined {
  const exact = table.exact.get(word) ?? table.stems.get(stem(word, language));
  if (exact) return exact;
  for (const v of variants(word, language)) {
    const g = table.exact.get(v) ?? table.stems.get(stem(v, language));
    if (g) return g;
  }
  return undefined;
}

const singularPhrase = (en: string): string => {
  const ws = en.split(" ");
  return [...ws.slice(0, -1), singularEn(ws.at(-1)!)].join(" ");
};

// German links the parts of a compound with s, n, en or e: "Geburtstagskuchen", "Tablettenschachtel".
const LINKING = ["", "s", "n", "en", "e", "es"];

/** A German compound as English words, when every part is known: "Wasserfilterwechsel" → "water filter change". */
function compound(word: string, table: Table, depth = 0): Gloss | undefined {
  if (depth > 2 || word.length < 7) return undefined;
  for (let i = 3; i <= word.length - 3; i++) {
    const head = single(word.slice(i), table, "de");
    if (!head || head.pos === "f" || head.en === "") continue;
    for (const link of LINKING) {
      const left = word.slice(0, i);
      if (link && !left.endsWith(link)) continue;
      const part = left.slice(0, left.length - link.length);
      if (part.length < 3) continue;
      const mod = single(part, table, "de") ?? compound(part, table, depth + 1);
      // The front part is a modifier, singular in English: "Tomatenpflanzen" → "tomato plants".
      if (mod && mod.en !== "" && mod.pos !== "f")
        return { en: `${singularPhrase(mod.en)} ${head.en}`, pos: head.pos === "v" ? "n" : head.pos };
    }
  }
  return undefined;
}

// The English side of every glossary: the words its nouns are made of, and the first word of
// its verbs ("take out" → take). English has no glossary of its own; these say which English
// words are nouns and never verbs ("car", "kombucha"), so "car service" is not "carring service".
let englishNouns: Set<string> | undefined;
let englishVerbs: Set<string> | undefined;

function englishSides(): [Set<string>, Set<string>] {
  if (!englishNouns || !englishVerbs) {
    englishNouns = new Set();
    englishVerbs = new Set();
    for (const table of TABLES.values())
      for (const g of [...table.exact.values(), ...[...table.phrases.values()].flat().map((p) => p.gloss)]) {
        const ws = g.en.split(" ").filter(Boolean);
        if (g.pos === "v" && ws[0]) englishVerbs.add(ws[0]);
        else if (g.pos === "n") for (const w of ws) englishNouns.add(singularEn(w));
      }
  }
  return [englishNouns, englishVerbs];
}

/** An English word the glossaries know as a noun and never as a verb ("car", "grams", "service"). */
export function englishNounOnly(word: string): boolean {
  const [nouns, verbs] = englishSides();
  const singular = singularEn(word);
  return nouns.has(singular) && !verbs.has(word) && !verbs.has(singular);
}

/** An English word the glossaries know as a verb, in its base form ("eat", "take"). */
export function englishVerb(word: string): boolean {
  return englishSides()[1].has(word);
}

/** An English word the glossaries know as (part of) a noun. */
export function englishNoun(word: string): boolean {
  return englishSides()[0].has(singularEn(word));
}

/** What the glossary says of one folded word in `language`. */
export function gloss(word: string, language: Language): Gloss | undefined {
  const table = TABLES.get(language);
  if (!table) return undefined;
  return single(word, table, language) ?? (language === "de" ? compound(word, table) : undefined);
}

/** The longest several-word entry starting at `words[at]`, and how many words it covers. */
export function glossPhrase(
  words: readonly string[],
  at: number,
  language: Language,
): { gloss: Gloss; length: number } | undefined {
  const table = TABLES.get(language);
  const first = words[at];
  if (!table || first === undefined) return undefined;
  for (const phrase of table.phrases.get(stem(first, language)) ?? []) {
    if (at + phrase.stems.length > words.length) continue;
    if (phrase.stems.every((s, k) => stem(words[at + k]!, language) === s))
      return { gloss: phrase.gloss, length: phrase.stems.length };
  }
  return undefined;
}

/** The English word for one folded word, when the glossary knows it as a content word. */
export function translateWord(word: string, language: Language): string | undefined {
  const g = gloss(word, language);
  return g && g.en !== "" && g.pos !== "f" ? g.en : undefined;
}

/** How many entries the glossary holds for `language` (single forms and several-word forms). */
export function glossarySize(language: Language): number {
  const table = TABLES.get(language);
  if (!table) return 0;
  return table.exact.size + [...table.phrases.values()].reduce((n, l) => n + l.length, 0);
}
