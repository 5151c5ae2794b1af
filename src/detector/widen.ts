// Longest, most specific phrase wins: a lexicon hit for a general subject inside a longer noun
// phrase does not decide the subject alone. "pelvic floor exercises", "resting heart rate",
// "ejercicios de fisio", "poids de mon chien", "wagę mojego kota" name something more specific
// than workouts, heart rate or weight; the phrase is kept (in English when the glossary knows
// its words).
import type { Token } from "./fold.js";
import { gloss, glossPhrase, translateWord } from "./glossary.js";
import { nameOpenSubject, singularEn } from "./open-subject.js";
import type { SubjectHit } from "./lexicon.js";
import { words } from "./rules.js";
import type { Language } from "./types.js";

// Subjects that are areas rather than things: a modifier makes them something else.
export const GENERAL = new Set(["workouts", "symptoms", "pain", "weight", "temperature", "medication", "habits", "plants"]);
// Words that modify without changing the thing: times, amounts, and the user's own.
const KEEP = words(`morning evening night nightly daily weekly monthly total overall usual regular own current average new body
  my our the a an this that these those his her their your i me
  seances seance sessions session sesje sesji sesiones sesion series serie salidas sorties readings levels
  swoj swoja swoje swoich swojej swojego swoim rano wieczorem poranny poranne wieczorne dzienny dzienne codzienny codzienne moj moja moje moich mojej mojego moim
  morgens abends taglich wochentlich mein meine meinen meinem meiner meines
  diario diaria diarios mi mis matutino nocturno
  matin soir quotidien quotidienne mon ma mes`);
// Links between a general head and what specifies it: "de", "of", "od", "von", "na".
const LINKS = words("of de del d' du des au aux od na von vom fur furs pour para");
const ARTICLES = words("la el los las le les l' der die das dem des the");
const OWNERS = words("my mon ma mes mi mis moj mojego mojej mojemu moich mein meines meiner meinem");
const STOP = words(
  "in on at with by for every each per a w we z ze co raz en con cada por par avec chaque tous toutes le la les el los las mit pro jeden jede im am und and i y et",
);

export interface Widened {
  subject: string;
  phrase: string;
  /** "de mon chien", "mojego kota": the thing belongs to the user. */
  owned: boolean;
}

const contentWord = (w: string, language: Language): boolean => {
  if (KEEP.has(w) || STOP.has(w) || LINKS.has(w) || OWNERS.has(w) || /^\d/.test(w) || w.length < 2) return false;
  // A verb ("daję psu tabletkę") or a word the glossary drops is not a modifier of the thing.
  const g = gloss(w, language);
  return !g || (g.en !== "" && g.pos !== "v" && g.pos !== "f");
};

const VITAMIN = /^(?:[a-ek]\d{0,2}|b\d{1,2})$/;

// "how much I spend on X", "cuánto gasto en X", "combien je dépense en X", "wydatki na X".
const SPEND_ON = words("on at en na for pour para sur fur auf");
const THING_END = words(
  "each every per week month day cada por semana mes dia chaque par semaine mois jour w tygodniu miesiacu dziennie pro woche monat tag",
);

/** A noun phrase as an English compound modifier: its last word singular ("books" → "book"). */
const singularPhrase = (phrase: string): string => {
  const ws = phrase.split(" ");
  return [...ws.slice(0, -1), singularEn(ws.at(-1)!)].join(" ");
};

// "how many minutes I spend on Duolingo", "the hours I spend on TikTok": time, not money, goes on the thing.
const TIME_SPENT = words("minutes hours time minutos horas tiempo minutes heures temps minuten stunden zeit");
const timeSpent = (tokens: readonly Token[], at: number): boolean =>
  tokens
    .slice(Math.max(0, at - 5), at)
    .some((t, k, ws) => TIME_SPENT.has(t.word) && !/^(?:every|each|cada|chaque|jedes)$/.test(ws[k - 1]?.word ?? ""));

/** Spending on one thing is that thing's spending ("grocery spending"), not all expenses. */
function spendingOn(
  hit: SubjectHit,
  tokens: readonly Token[],
  to: number,
  folded: string,
  original: string,
  language: Language,
): Widened | undefined {
  // German puts the thing before its verb: "wie viel ich für Kleidung ausgebe".
  if (language === "de") {
    const on = tokens.slice(Math.max(0, hit.first - 4), hit.first).findIndex((t) => SPEND_ON.has(t.word));
    if (on >= 0) {
      const from = Math.max(0, hit.first - 4) + on + 1;
      const named = from < hit.first ? nameOpenSubject(tokens.slice(from, hit.first), language, false, original) : undefined;
      if (named)
        return {
          subject: `${singularPhrase(named.subject)} spending`,
          phrase: original.slice(tokens[from - 1]!.start, tokens[hit.last - 1]!.end).toLowerCase(),
          owned: false,
        };
    }
  }
  let i = hit.last;
  if (i >= to || !SPEND_ON.has(tokens[i]!.word) || /[,;:.!?]/.test(folded.slice(tokens[i - 1]!.end, tokens[i]!.start)))
    return undefined;
  const from = ++i;
  while (
    i < to &&
    i - from < 4 &&
    !THING_END.has(tokens[i]!.word) &&
    !/[,;:.!?]/.test(folded.slice(tokens[i - 1]!.end, tokens[i]!.start))
  )
    i++;
  const named = i > from ? nameOpenSubject(tokens.slice(from, i), language, false, original) : undefined;
  if (!named) return undefined;
  return {
    subject: timeSpent(tokens, hit.first) ? named.subject : `${singularPhrase(named.subject)} spending`,
    phrase: original.slice(tokens[hit.first]!.start, tokens[i - 1]!.end).toLowerCase(),
    owned: false,
  };
}

/** The more specific phrase around a general hit, or undefined when the hit stands alone. */
export function widen(
  hit: SubjectHit,
  tokens: readonly Token[],
  from: number,
  toWanted: number,
  folded: string,
  original: string,
  language: Language,
): Widened | undefined {
  // A caller may pass token ranges of a longer reading (the sentence) with fewer tokens (a clause).
  const to = Math.min(toWanted, tokens.length);
  from = Math.max(0, Math.min(from, to));
  const say = (t: Token): string => translateWord(t.word, language) ?? original.slice(t.start, t.end).toLowerCase();
  const next = tokens[hit.last];
  // "witaminy D", "vitamin B12": one vitamin, not vitamins.
  if (hit.trackable.subject === "vitamins" && next && hit.last < to && VITAMIN.test(next.word)) {
    return {
      subject: `vitamin ${next.word}`,
      phrase: original.slice(tokens[hit.first]!.start, next.end).toLowerCase(),
      owned: false,
    };
  }
  if (hit.trackable.subject === "expenses") return spendingOn(hit, tokens, to, folded, original, language);
  if (!GENERAL.has(hit.trackable.subject)) return undefined;
  const adjacent = (a: Token, b: Token): boolean => !/[,;:.!?()"“”]/.test(folded.slice(a.end, b.start));
  // Modifiers before the head: "pelvic floor exercises", "resting heart rate".
  let first = hit.first;
  while (first - 1 >= from && contentWord(tokens[first - 1]!.word, language) && adjacent(tokens[first - 1]!, tokens[first]!))
    first--;
  const before = tokens.slice(first, hit.first);
  // What follows the head: "de fisio", "od fizjoterapeuty", "de mon chien", "mojego kota".
  let i = hit.last;
  const after: Token[] = [];
  let owned = false;
  const linked = i < to && (LINKS.has(tokens[i]!.word) || OWNERS.has(tokens[i]!.word)) && adjacent(tokens[i - 1]!, tokens[i]!);
  // Polish names the owner in the genitive with no link word: "objawy alergii", "ból kolana".
  const genitive = !linked && language === "pl" && i < to && i === hit.first + 1 && adjacent(tokens[i - 1]!, tokens[i]!);
  let afterFrom = i;
  if (linked || genitive) {
    // "síntomas de la alergia", "Symptome der Allergie": an article after the link links too.
    while (i < to && (LINKS.has(tokens[i]!.word) || OWNERS.has(tokens[i]!.word) || (linked && ARTICLES.has(tokens[i]!.word))))
      owned ||= OWNERS.has(tokens[i++]!.word);
    afterFrom = i;
    while (i < to && after.length < 2 && contentWord(tokens[i]!.word, language) && adjacent(tokens[i - 1]!, tokens[i]!)) {
      if (genitive && gloss(tokens[i]!.word, language)?.pos !== "n") break;
      after.push(tokens[i++]!);
    }
  }
  if (before.length === 0 && after.length === 0) return undefined;
  const head = tokens.slice(hit.first, hit.last);
  const headEn = head.length === 1 ? translateWord(head[0]!.word, language) : undefined;
  const headWords = language === "en" ? head.map((t) => t.word).join(" ") : (headEn ?? hit.trackable.subject);
  // An idiom of several words after the link is one thing: "rhume des foins" is hay fever.
  // (Idioms are listed without their articles and links, as the open-subject reader matches them.)
  const rest = tokens.slice(afterFrom, Math.min(to, afterFrom + 6)).filter((t) => !ARTICLES.has(t.word) && !LINKS.has(t.word));
  const idiom =
    after.length > 0 && language !== "en"
      ? glossPhrase(
          rest.map((t) => t.word),
          0,
          language,
        )
      : undefined;
  const afterWords = idiom && idiom.gloss.pos === "n" ? [idiom.gloss.en] : after.map(say);
  if (idiom && idiom.gloss.pos === "n") after.splice(0, after.length, rest[idiom.length - 1]!);
  const subject = [...before.map(say), ...afterWords, headWords].join(" ");
  const span = after.length > 0 ? after[after.length - 1]! : head[head.length - 1]!;
  return { subject, phrase: original.slice(tokens[first]!.start, span.end).toLowerCase(), owned: owned && after.length > 0 };
}
