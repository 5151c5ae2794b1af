// The instruction parser: for text already known to ask for a tracker (`skillforge generate
// "<text>"`, the generate route), so no request frame is needed. People typing into a generate
// box write just the thing: "how many times I wake up at night", "ile czasu ćwiczę na pianinie",
// "my knee pain 1-10", "water, in ml". The chat request parser still speaks first, because it
// knows stops and negations; whatever it does not settle is read as a description of what to
// track, through the same subject machinery (clauses, lexicon, open subjects, glossaries).
import { clauseAt } from "./clause.js";
import { nameClause } from "./clause-subject.js";
import { completeGerund } from "./instruction-naming.js";
import { fold, tokenize, type Token } from "./fold.js";
import {
  COPULA,
  FACTUAL_QUESTION,
  OPINION_WORDS,
  SMALL_TALK,
  TIME_PHRASES,
  TIME_SPENT,
  TIME_SPENT_TAIL,
  WRAPPERS,
} from "./instruction-words.js";
import { detectLanguage } from "./language.js";
import { createLexicon, type Lexicon } from "./lexicon.js";
import { findScale, findUnit } from "./qualifiers.js";
import { buildNeed, createRequestParser } from "./request-parser.js";
import { RULES } from "./rules-all.js";
import { words } from "./rules.js";
import { extractSubject, type SubjectInput, type SubjectResult } from "./subject.js";
import type { Language, RequestParse, SkillNeed } from "./types.js";

/** Why an instruction gives no tracker; a closed set so surfaces can word it and tests branch on it. */
export type InstructionRefusal = "empty" | "stop" | "negated" | "other-sense" | "question" | "nothing-trackable";

export type InstructionParse =
  | { kind: "request"; need: SkillNeed; via: "request" | "description" }
  | { kind: "refused"; reason: InstructionRefusal; message: string };

const MESSAGES: Record<InstructionRefusal, string> = {
  empty: "the request is empty",
  stop: "the request asks to stop tracking, not to start",
  negated: "the request says not to track",
  "other-sense": "the request is not about tracking something of the user's (a lookup, a login, a delivery)",
  question: "the request is a question about the world, not something to track",
  "nothing-trackable": "the request names nothing to track",
};

// A clause about the user opens with its subject: "I wake up at night", "ich gehe joggen".
const SUBJECT_PRONOUN: Record<Language, ReadonlySet<string>> = {
  en: words("i we i'm i've"),
  pl: words("ja"),
  de: words("ich wir"),
  es: words("yo nosotros"),
  fr: words("je j' nous on"),
};
const SKIPPED = /^[\s,.:;!?¿¡"“”'()-]+/;
const CLAUSE_END = /[,;:.!?()"“”]|\s-+\s/;
const MAX_WRAPPERS = 8;
// Confidence of a need read from a description: below a request with a frame (0.75–0.95), since
// nothing but the box it was typed into says it asks for tracking.
const CONFIDENCE = { known: 0.8, open: 0.65 };

const refuse = (reason: InstructionRefusal, detail?: string): InstructionParse => ({
  kind: "refused",
  reason,
  message: detail ? `${MESSAGES[reason]} (${detail})` : MESSAGES[reason],
});

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

/** Where the description starts once instruction and desire wrappers are stripped. */
function stripWrappers(folded: string, language: Language): number {
  let at = (SKIPPED.exec(folded)?.[0].length ?? 0) as number;
  for (let round = 0; round < MAX_WRAPPERS; round++) {
    // "si he hecho la cama", "to jak długo …": a clause the clause reader knows starts here.
    if (clauseAt(folded, at, folded.length, language)) break;
    const rest = folded.slice(at);
    const own = WRAPPERS[language].map(([, re]) => re.exec(rest)?.[0].length ?? 0).find((n) => n > 0);
    const length = own ?? ruleWrapper(folded, at, language);
    if (length === 0) break;
    at += length;
    at += SKIPPED.exec(folded.slice(at))?.[0].length ?? 0;
  }
  return at;
}

/** The folded text with time phrases ("each day", "dziennie", "jeden Tag") blanked: same length, so positions still map. */
function blankTimePhrases(folded: string, language: Language): string {
  const blank = (m: string): string => " ".repeat(m.length);
  const tail = TIME_SPENT_TAIL[language];
  const out = folded.replace(TIME_PHRASES[language], blank);
  return tail ? out.replace(tail, blank) : out;
}

interface Reading {
  language: Language;
  folded: string;
  from: number;
  found: SubjectResult;
}

/** A named way to find what a description asks to track; tried in table order. */
type Strategy = { name: string; run: (input: SubjectInput, from: number, end: number) => SubjectResult | undefined };

const SUBJECT_FIRST: Strategy[] = [
  { name: "the subject extractor over the whole description", run: (input) => extractSubject(input) },
  {
    name: 'a clause about the user ("I wake up at night" → waking)',
    run: (input, from, end) => nameClause(input, { kind: "event", start: from, end }),
  },
];
const CLAUSE_FIRST: Strategy[] = [SUBJECT_FIRST[1]!, SUBJECT_FIRST[0]!];

/** "nice weather", "my cat is cute": an unknown noun phrase said as an opinion or a statement, with nothing marking a record. */
function isRemark(found: SubjectResult, folded: string, from: number, end: number, tokens: Token[], language: Language): boolean {
  if (OPINION_WORDS.has(found.subject.split(" ")[0]!)) return true;
  if (found.known || found.clause || findUnit(folded) || findScale(folded)) return false;
  const opening = tokens.find((t) => t.start >= from);
  if (opening && OPINION_WORDS.has(opening.word)) return true;
  const text = folded.slice(from, end);
  return (
    COPULA[language].test(text) &&
    !SUBJECT_PRONOUN[language].has(opening?.word ?? "") &&
    !RULES[language].firstPerson.test(text.replace(/\b(?:my|mi|mis|mein\w*|moj\w*|mon|ma|mes)\b/g, ""))
  );
}

function read(text: string, folded0: string, language: Language, lexicon: Lexicon): Reading | InstructionRefusal {
  let from = stripWrappers(folded0, language);
  // "how long I spend reading": the activity is what to track, and the lead-in asks for a duration.
  const spent = TIME_SPENT[language].exec(folded0.slice(from))?.[0].length ?? 0;
  from += spent > 0 ? spent + (SKIPPED.exec(folded0.slice(from + spent))?.[0].length ?? 0) : 0;
  const folded = blankTimePhrases(folded0, language);
  const tokens: Token[] = tokenize(folded);
  const first = tokens.findIndex((t) => t.start >= from);
  if (first < 0) return "nothing-trackable";
  const stop = CLAUSE_END.exec(folded.slice(tokens[first]!.end));
  const end = stop ? tokens[first]!.end + stop.index : folded.length;
  const at = (i: number): [number, number] => [i, i];
  const input: SubjectInput = {
    original: text,
    folded,
    tokens,
    rules: RULES[language],
    lexicon,
    after: [first, tokens.length],
    before: at(first),
    inside: at(first),
    verb: at(first),
    context: [0, first],
    sentenceStart: 0,
    intentEnd: from,
  };
  const clauseFirst = SUBJECT_PRONOUN[language].has(tokens[first]!.word);
  for (const strategy of clauseFirst ? CLAUSE_FIRST : SUBJECT_FIRST) {
    const found = strategy.run(input, from, end);
    if (!found || found.blocked || !/[a-z0-9]/i.test(fold(found.subject))) continue;
    // "What's the weather": a question about the world, unless a clause or a trackable says otherwise.
    if (isRemark(found, folded, from, end, tokens, language)) return "nothing-trackable";
    const aboutUser = found.clause !== undefined && RULES[language].firstPerson.test(found.clauseText ?? "");
    if (!found.known && !aboutUser && FACTUAL_QUESTION[language].test(folded.slice(from))) return "question";
    const subject = language === "en" && !found.known ? completeGerund(found.subject, tokens, from, end) : found.subject;
    return {
      language,
      folded: folded0,
      from,
      found: { ...found, subject, ...(spent > 0 ? { clause: "duration" as const } : {}) },
    };
  }
  return "nothing-trackable";
}

function needOf(reading: Reading): SkillNeed {
  const { found, language, folded, from } = reading;
  const words = tokenize(folded).map((t) => t.word);
  const need = buildNeed({ folded, rules: RULES[language] }, found, false, false, words, "", from);
  return { ...need, confidence: found.known ? CONFIDENCE.known : CONFIDENCE.open };
}

/** Builds an instruction parser over a lexicon (the built-in one by default). */
export function createInstructionParser(lexicon: Lexicon = createLexicon()): (text: string) => InstructionParse {
  const parseRequest: (text: string) => RequestParse = createRequestParser(lexicon);
  return function parseInstruction(text: string): InstructionParse {
    if (!/\p{L}|\p{N}/u.test(text)) return refuse("empty");
    if (SMALL_TALK.test(fold(text).trim())) return refuse("nothing-trackable");
    // A framed request, a stop or a negation is settled by the chat parser: never generate
    // from "stop tracking coffee" or "don't track my weight".
    const parsed = parseRequest(text);
    if (parsed.kind === "request") return { kind: "request", need: parsed.need, via: "request" };
    if (parsed.kind === "stop") return refuse("stop", parsed.subject || undefined);
    // Another sense of an intent word ("heart rate", "world record") says nothing here: the
    // description reading below has its own guards (one-off lookups, questions about the world).
    if (parsed.reason === "negated") return refuse(parsed.reason);
    const folded = fold(text);
    const language = detectLanguage(text, tokenize(folded));
    const reading = read(text, folded, language, lexicon);
    if (typeof reading === "string") return refuse(reading);
    return { kind: "request", need: needOf(reading), via: "description" };
  };
}
