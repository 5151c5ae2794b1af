// Guesses the language of a short message from common words and telltale letters. Short
// messages are the norm, so the word lists favour words that are frequent in requests.
import type { Token } from "./fold.js";
import { gloss } from "./glossary.js";
import type { Language } from "./types.js";

const MARKERS: Record<Language, string> = {
  en: "i i'd i'm i've my me you your the to want track of how much many can could please is it help keep log in a an don't do what this with every day and would like need start record count",
  pl: "koniec chce chcialbym chcialabym nie moje moja moj moich mojej moim swoja swoje ile jak sie prosze czy mozesz mi co sledzic codziennie dzien pomoz zacznij jest przez ktore juz tez zapisuj notuj kiedy gdy kazdym razem jakbym kiedys dzis chyba jaka jakie najlepsza zaznacz zaznaczaj wpisuj zanotuj licz ze",
  de: "ich mein meine meinen meinem meiner nicht und die der das den dem bitte mochte will kannst du wie viel viele ist mit auf zu jeden tag taglich verfolgen erfassen mir es ein eine einen gerne wurde hor wann wenn jedes mal sobald erinner morgen um jede jeden notier notiere trag eintragen schreib auf",
  es: "quiero mi mis el los las que y no por favor cuanto cuantos cuanta cuantas puedes me una con cada dia registrar llevar es lo del al gustaria ayudame deja quisiera necesito quiere quieres su sus cuando algun empiezo contar apunta anota hago",
  fr: "je veux mon ma mes le les des du que et ne pas suivre voudrais tu peux combien chaque jour une avec est j'aimerais aimerais suis arrete moi noter au aux quand fois veut note",
};

const WORDS = new Map<string, Language[]>();
for (const [lang, list] of Object.entries(MARKERS) as [Language, string][]) {
  for (const w of list.split(" ")) WORDS.set(w, [...(WORDS.get(w) ?? []), lang]);
}
// Words shared by two languages count half for each.
const SHARED = ["la", "de", "en", "un", "a", "o", "te", "se"];
const LETTERS: [RegExp, Language][] = [
  [/[ąęłśżźćń]/i, "pl"],
  [/[äöüß]/i, "de"],
  [/[ñ¿¡áíú]/i, "es"],
  [/[çèêàâîôûùœëï]/i, "fr"],
];
const ORDER: Language[] = ["en", "pl", "de", "es", "fr"];
const GLOSSED: Language[] = ["pl", "de", "es", "fr"];
// Below this score no language has a frequent word or a telltale letter of its own.
const WEAK = 1;
const MIN_GLOSSED = 2;
// When no frequent word decides (a short message without diacritics: "zaznacz, kiedy wymieniam
// soczewki"), spellings typical of one language do.
const SPELLINGS: [RegExp, Language][] = [
  [/(?:sz|cz|rz|dz|ych|iej|owac|uje)/, "pl"],
  [/(?:sch|tz|ung$|eit$|ich$)/, "de"],
  [/(?:cion$|mos$|ando$|ado$|ar$|ir$)/, "es"],
  [/(?:eau|eux$|ais$|ait$|ez$|oi)/, "fr"],
  [/(?:th|wh|ing$|ed$|ly$)/, "en"],
];

export function detectLanguage(original: string, tokens: readonly Token[]): Language {
  return placeLanguage(original, tokens).language;
}

// A placing is clear when the language has a telltale letter or frequent words worth this much
// and leads every other language by at least half of it: "¿he sacado la basura?" is Spanish
// although "he" begins an English clause.
const CLEAR = 2;

/** The language of a message, whether its own letters and words leave no doubt, and each language's score. */
export function placeLanguage(
  original: string,
  tokens: readonly Token[],
): { language: Language; clear: boolean; score: Readonly<Record<Language, number>> } {
  const score: Record<Language, number> = { en: 0, pl: 0, de: 0, es: 0, fr: 0 };
  for (const t of tokens) {
    const langs = WORDS.get(t.word);
    if (langs) for (const l of langs) score[l] += 1 / langs.length;
    else if (t.word.startsWith("j'") || t.word.startsWith("d'") || t.word.startsWith("l'")) score.fr += 1;
    else if (SHARED.includes(t.word)) {
      score.es += 0.3;
      score.fr += 0.3;
    }
  }
  for (const [re, lang] of LETTERS) if (re.test(original)) score[lang] += 1.5;
  // "dni bez alkoholu", "Tage ohne Alkohol", "jours sans alcool": when no frequent word or letter
  // decides, the words a language's glossary knows do (a loanword glossed as itself, "pizza",
  // says nothing).
  // Two words at least must speak for the language: one ("pain" in "tennis elbow pain") may be
  // an English word that happens to be French.
  if (ORDER.every((l) => score[l] < WEAK)) {
    const glossed: Record<Language, number> = { en: 0, pl: 0, de: 0, es: 0, fr: 0 };
    const words: Record<Language, number> = { en: 0, pl: 0, de: 0, es: 0, fr: 0 };
    for (const t of tokens) {
      const langs = GLOSSED.filter((l) => {
        const g = gloss(t.word, l);
        return g !== undefined && g.en !== t.word;
      });
      for (const l of langs) {
        glossed[l] += 1 / langs.length;
        words[l] += 1;
      }
    }
    const top = GLOSSED.reduce((a, b) => (glossed[b] > glossed[a] ? b : a));
    if (words[top] >= MIN_GLOSSED && GLOSSED.every((l) => l === top || glossed[l] < glossed[top]))
      for (const l of GLOSSED) score[l] += glossed[l];
  }
  if (ORDER.every((l) => score[l] === 0))
    for (const t of tokens) for (const [re, lang] of SPELLINGS) if (re.test(t.word)) score[lang] += 0.25;
  let best: Language = "en";
  for (const l of ORDER) if (score[l] > score[best]) best = l;
  // A tie ("ile … do … chce to …": two Polish words, two English ones) goes to the language whose
  // spellings the words have ("dziennie"), not to the first in the list.
  const tied = ORDER.filter((l) => score[l] === score[best]);
  if (score[best] > 0 && tied.length > 1) {
    const spelled = (l: Language): number =>
      tokens.filter((t) => SPELLINGS.some(([re, lang]) => lang === l && re.test(t.word))).length;
    const top = tied.reduce((a, b) => (spelled(b) > spelled(a) ? b : a));
    if (tied.every((l) => l === top || spelled(l) < spelled(top))) best = top;
  }
  const clear = score[best] >= CLEAR && ORDER.every((l) => l === best || score[best] - score[l] >= CLEAR / 2);
  return { language: best, clear, score };
}
