// The shape of one language's request grammar. Every pattern runs on folded text (lowercase,
// no diacritics), so "śledzić" is written "sledzic" and "möchte" "mochte".
import type { Language } from "./types.js";

export interface LanguageRules {
  language: Language;
  /** Words that announce tracking: group 1 strong (enough with any subject), group 2 weak (needs a known subject or "my …"). */
  intent: RegExp;
  /** Desire and request frames that make a statement a request ("I want to", "can you"). */
  frames: RegExp;
  /** Wishes said after the intent word ("Tracking my water would help"). */
  laterFrames?: RegExp;
  /** Frames that make a question a request ("can you …?", "is it possible …?"). */
  questionFrames: RegExp;
  /** "How can I …" questions: a request only about one's own known trackable. */
  howFrames: RegExp;
  /** A sentence starting like this is a question even without "?". */
  interrogative: RegExp;
  negation: RegExp;
  /** Phrases that look negated but are not ("don't forget to", "why not"). */
  notNegation: RegExp;
  /** Where negation and stopping are looked for: before the intent word, or the whole clause (verb-final languages). */
  negationScope: "before" | "clause";
  stop: RegExp;
  /** A wish taken back after the intent word ("…, but better not", "…, aber ich hab keine Lust"). */
  retraction: RegExp;
  /** A condition that makes the wish hypothetical ("if I ever start counting …", "gdybym miał czas"). */
  hypothetical: RegExp;
  /** Wanting to know a quantity is tracking only over a period ("how many hours I sleep each night"); else it is a lookup. */
  knowing: RegExp;
  period: RegExp;
  /** Intent words that only look ("see how much", "zobaczyć ile", "voir combien"): the clause must be about the user. */
  seeing: RegExp;
  /** A first-person marker in a clause as written (Polish and Spanish by their verb endings). */
  firstPerson: RegExp;
  /** "each/every" on the object: a thing that recurs ("Schreib jedes Zyrtec auf"), so a thing to record. */
  each?: RegExp;
  /** Money words: "how much money goes on takeaways" is the user's spending although no verb says "I"; a price ("costs") is not. */
  money?: RegExp;
  /** A first-person verb as written without diacritics ("ile wydaje" for "ile wydaję"), trusted only when the whole message has none. */
  firstPersonPlain?: RegExp;
  /** Where the clause's verb can no longer be (an article or preposition): "cuestan las entradas del concierto" is judged by "cuestan", not "concierto". */
  clauseHeadEnd?: RegExp;
  /** A subject pronoun right before the intent word: a description ("… I log it"), not an imperative. */
  pronounBefore: RegExp;
  /** Intent words that count ("count", "licz", "zähl mit", "llevar la cuenta", "tenir le compte"): an amount field. */
  counting: RegExp;
  /** "anymore": with a negation, turns "don't track X anymore" into a stop. */
  anymore: RegExp;
  /** Other senses of the intent words ("log in", "world record"); an intent word inside one is ignored. */
  otherSense: RegExp;
  /** Asking to see or change existing data is not asking for a new skill. */
  viewing: RegExp;
  /** A subordinate clause that may precede an imperative ("every time I smoke, write it down"). */
  subordinate: RegExp;
  /** Words to strip at the start of an imperative ("please", "ok"). */
  filler: RegExp;
  /** An intent word of this form cannot start an imperative ("Tracking my sleep has been fun"). */
  notImperative?: RegExp;
  /** A note written in the infinitive is an order: closing a clause with no subject ("Ruhepuls
   * jeden Morgen notieren", `at` "end", the default) or opening the message ("suivre la conso
   * d'essence", `at` "start"); `statement` is a subject or finite verb before (end) or after
   * (start) it that makes it a statement instead. */
  infinitiveOrder?: { verb: RegExp; statement: RegExp; at?: "end" | "start" };
  possessives: ReadonlySet<string>;
  /** Someone else's ("his", "your", "jej", "seine", "sus", "ses"): tracking for them is not the user's request. */
  othersPossessives: ReadonlySet<string>;
  /** A third person as the subject of the wish ("she wants", "ona chce", "er möchte"). */
  thirdPerson?: RegExp;
  /** Articles, quantity words and the like, skipped at the start of a subject. */
  skip: ReadonlySet<string>;
  /** Words that end a subject phrase (prepositions, conjunctions, time adverbs, pronouns). */
  end: ReadonlySet<string>;
}

export const words = (list: string): ReadonlySet<string> => new Set(list.split(/\s+/).filter(Boolean));
export const alt = (...parts: string[]): string => parts.join("|");

// One copy per pattern, global or plain: compiling a RegExp per call costs more than the match,
// and a shared global pattern would carry its lastIndex from one caller to the next.
const GLOBAL = new WeakMap<RegExp, RegExp>();
const UNFLAGGED = new WeakMap<RegExp, RegExp>();

/** Where the last match of `re` in `text` starts and ends (whatever flags `re` has). */
export function lastMatch(re: RegExp, text: string): { index: number; end: number } | undefined {
  let global = GLOBAL.get(re);
  if (!global) {
    global = new RegExp(re.source, "g");
    GLOBAL.set(re, global);
  }
  global.lastIndex = 0;
  let last: { index: number; end: number } | undefined;
  for (let m = global.exec(text); m; m = global.exec(text)) {
    last = { index: m.index, end: m.index + m[0].length };
    if (m[0].length === 0) global.lastIndex++;
  }
  return last;
}

/** `re` without its flags: `test` and `exec` that keep no state between callers. */
export function unflagged(re: RegExp): RegExp {
  let plain = UNFLAGGED.get(re);
  if (!plain) {
    plain = new RegExp(re.source);
    UNFLAGGED.set(re, plain);
  }
  return plain;
}
