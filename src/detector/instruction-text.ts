// Preparing a description for the subject machinery: where it starts once wrappers are stripped
// ("make me a tracker for", "I want to know", the language's filler and an opening intent word),
// its time phrases blanked, and the two readings that need no subject machinery at all: a
// feeling asked as "how tired I am", and a remark ("nice weather", "my cat is cute").
import { clauseAt } from "./clause.js";
import {
  COPULA,
  FEELING_LEAD,
  FLAG_MARKS,
  FEELINGS,
  OPINION_WORDS,
  TIME_PHRASES,
  TIME_SPENT_TAIL,
  WRAPPERS,
} from "./instruction-words.js";
import type { Token } from "./fold.js";
import { findBareScale, findUnit } from "./qualifiers.js";
import { RULES } from "./rules-all.js";
import { words } from "./rules.js";
import type { SubjectResult } from "./subject.js";
import type { Language } from "./types.js";

// A clause about the user opens with its subject: "I wake up at night", "ich gehe joggen".
export const SUBJECT_PRONOUN: Record<Language, ReadonlySet<string>> = {
  en: words("i we i'm i've"),
  pl: words("ja"),
  de: words("ich wir"),
  es: words("yo nosotros"),
  fr: words("je j' nous on"),
};
export const SKIPPED = /^[\s,.:;!?¿¡"“”'()-]+/;
const MAX_WRAPPERS = 8;

// One sticky copy per pattern, so the language's own intent words can be matched at a position.
const STICKY = new WeakMap<RegExp, RegExp>();
function matchAt(re: RegExp, text: string, at: number): number {
  let sticky = STICKY.get(re);
  if (!sticky) STICKY.set(re, (sticky = new RegExp(re.source, "y")));
  sticky.lastIndex = at;
  return sticky.exec(text)?.[0].length ?? 0;
}

/** The language's filler and an opening intent word ("log my weight", "notuj …") are wrappers too. */
function ruleWrapper(folded: string, at: number, language: Language): number {
  const rules = RULES[language];
  const filler = matchAt(rules.filler, folded, at);
  if (filler > 0) return filler;
  const intent = matchAt(rules.intent, folded, at);
  if (intent === 0) return 0;
  // "heart rate", "log in": an intent word inside another sense is part of the description.
  rules.otherSense.lastIndex = 0;
  for (let m = rules.otherSense.exec(folded); m; m = rules.otherSense.exec(folded)) {
    if (m.index <= at && m.index + m[0].length > at) return 0;
    if (m[0].length === 0) rules.otherSense.lastIndex++;
  }
  return intent;
}

// Short words that join a request frame to its intent word: clitics, "help me (to)", a
// reminder's "me": "tu peux m'aider à noter", "¿me puedes llevar", "can you help me jot down".
const FRAME_GLUE: Record<Language, RegExp> = {
  en: /^(?:(?:you|me|us|help|to|please|just|for me)\b[\s,]*)*/,
  pl: /^(?:(?:mi|mnie|nam|pomoc|pomoz|prosze|to)\b[\s,]*)*/,
  de: /^(?:(?:du|mir|uns|bitte|mal|helfen|zu)\b[\s,]*)*/,
  es: /^(?:(?:me|nos|a|ayudar|ayudarme|por favor|porfa)\b[\s,]*)*/,
  fr: /^(?:(?:m'|me|moi|nous|aider|a|de|d')[\s,]*)*/,
};

/**
 * Wrappers read from the language's own rules, each a named way a description may open: a
 * request frame that leads to an intent word ("tu peux m'aider à noter …", "¿me puedes llevar un
 * diario de …", "recuérdame marcar si …"), and a time phrase before one ("every day, mark
 * whether …", "cada día marcar si …"). Either counts only with the intent word after it, so
 * "je veux dormir plus" keeps its verb. Returns the length of the frame and the intent word.
 */
const FRAMED_INTENT: { name: string; lead: (folded: string, at: number, language: Language) => number }[] = [
  {
    // A clitic may come first: "¿me puedes llevar …", "mi pomożesz …".
    name: "a request frame",
    lead: (folded, at, language) => {
      const clitic = FRAME_GLUE[language].exec(folded.slice(at))?.[0].length ?? 0;
      const frame = matchAt(RULES[language].frames, folded, at + clitic);
      return frame > 0 ? clitic + frame : 0;
    },
  },
  { name: "a time phrase", lead: (folded, at, language) => matchAt(TIME_PHRASES[language], folded, at) },
];

function framedIntent(folded: string, at: number, language: Language): number {
  for (const { lead } of FRAMED_INTENT) {
    const length = lead(folded, at, language);
    if (length === 0) continue;
    let next = at + length;
    next += SKIPPED.exec(folded.slice(next))?.[0].length ?? 0;
    next += FRAME_GLUE[language].exec(folded.slice(next))?.[0].length ?? 0;
    const rest = folded.slice(next);
    const own = WRAPPERS[language].find(([name, re]) => name !== "politeness" && re.test(rest))?.[1].exec(rest)?.[0].length;
    const intent = own ?? ruleWrapper(folded, next, language);
    if (intent > 0) return next + intent - at;
  }
  return 0;
}

/** Where the description starts once instruction and desire wrappers are stripped. */
export function stripWrappers(folded: string, language: Language): number {
  let at = (SKIPPED.exec(folded)?.[0].length ?? 0) as number;
  for (let round = 0; round < MAX_WRAPPERS; round++) {
    // A frame with its intent word goes first: the clause reader would take "every day, mark
    // whether …" as a clause of its own.
    const framed = framedIntent(folded, at, language);
    // "si he hecho la cama", "to jak długo …": a clause the clause reader knows starts here.
    if (framed === 0 && clauseAt(folded, at, folded.length, language)) break;
    const rest = folded.slice(at);
    const own = framed > 0 ? undefined : WRAPPERS[language].map(([, re]) => re.exec(rest)?.[0].length ?? 0).find((n) => n > 0);
    const length = own ?? (framed || ruleWrapper(folded, at, language));
    if (length === 0) break;
    at += length;
    at += SKIPPED.exec(folded.slice(at))?.[0].length ?? 0;
  }
  return at;
}

/** The folded text with time phrases ("each day", "dziennie", "jeden Tag") and flag marks ("y/n") blanked: same length, so positions still map. */
export function blankTimePhrases(folded: string, language: Language): string {
  const blank = (m: string): string => " ".repeat(m.length);
  const tail = TIME_SPENT_TAIL[language];
  const out = folded.replace(TIME_PHRASES[language], blank).replace(FLAG_MARKS, blank);
  return tail ? out.replace(tail, blank) : out;
}

/** "nice weather", "my cat is cute": an unknown noun phrase said as an opinion or a statement, with nothing marking a record. */
export function isRemark(
  found: SubjectResult,
  folded: string,
  from: number,
  end: number,
  tokens: Token[],
  language: Language,
): boolean {
  if (OPINION_WORDS.has(found.subject.split(" ")[0]!)) return true;
  if (found.known || found.clause || findUnit(folded) || findBareScale(folded)) return false;
  const opening = tokens.find((t) => t.start >= from);
  if (opening && OPINION_WORDS.has(opening.word)) return true;
  const text = folded.slice(from, end);
  return (
    COPULA[language].test(text) &&
    !SUBJECT_PRONOUN[language].has(opening?.word ?? "") &&
    !RULES[language].firstPerson.test(text.replace(/\b(?:my|mi|mis|mein\w*|moj\w*|mon|ma|mes)\b/g, ""))
  );
}

/** "how tired I am", "wie zufrieden ich war": the feeling, by its English noun. */
export function feelingAt(text: string, folded: string, from: number, language: Language): SubjectResult | undefined {
  const m = FEELING_LEAD[language].exec(folded.slice(from));
  if (!m) return undefined;
  const stem = m[1]!;
  const noun = FEELINGS.find(([, stems]) => stems.split(" ").includes(stem))![0];
  const phrase = text.slice(from, from + m[0].length).toLowerCase();
  const flags = { ambiguous: false, possessive: true, others: false, definite: false, blocked: false };
  return { subject: noun, phrase, known: false, ...flags };
}

/** A feeling said by its adjective ("what I'm grateful for" → grateful) is named by its noun. */
export function feelingNoun(subject: string): string {
  if (!/^[a-z]+$/.test(subject)) return subject;
  return FEELINGS.find(([, stems]) => stems.split(" ").some((stem) => subject.startsWith(stem)))?.[0] ?? subject;
}
