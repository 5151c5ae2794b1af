// The instruction parser: for text already known to ask for a tracker (`skillforge generate
// "<text>"`, the generate route), so no request frame is needed. People typing into a generate
// box write just the thing: "how many times I wake up at night", "ile czasu ćwiczę na pianinie",
// "my knee pain 1-10", "water, in ml". The chat request parser still speaks first, because it
// knows stops and negations; whatever it does not settle is read as a description of what to
// track, through the same subject machinery (clauses, lexicon, open subjects, glossaries).
import { nameClause } from "./clause-subject.js";
import { degreeObject, ratedSubject } from "./degree.js";
import { fold, tokenize, type Token } from "./fold.js";
import { activityOf, completeGerund, distanceActivity } from "./instruction-naming.js";
import {
  blankTimePhrases,
  feelingAt,
  feelingNoun,
  isRemark,
  SKIPPED,
  stripWrappers,
  SUBJECT_PRONOUN,
} from "./instruction-text.js";
import { questionFields, readQuestion, type LifeQuestionKind, type QuestionReading } from "./instruction-question.js";
import { FACTUAL_QUESTION, FEELING_LEAD, SMALL_TALK, TIME_SPENT, TIMES_OF } from "./instruction-words.js";
import { placeLanguage } from "./language.js";
import { createLexicon, type Lexicon } from "./lexicon.js";
import { findBareScale } from "./qualifiers.js";
import { buildNeed, createRequestParser } from "./request-parser.js";
import { RULES } from "./rules-all.js";
import { extractSubject, type SubjectInput, type SubjectResult } from "./subject.js";
import type { Language, RequestParse, SkillNeed } from "./types.js";

/** Why an instruction gives no tracker; a closed set so surfaces can word it and tests branch on it. */
export type InstructionRefusal = "empty" | "stop" | "negated" | "question" | "remark" | "nothing-trackable";

export type InstructionParse =
  | { kind: "request"; need: SkillNeed; via: "request" | "description" }
  | { kind: "refused"; reason: InstructionRefusal; message: string };

const MESSAGES: Record<InstructionRefusal, string> = {
  empty: "the request is empty",
  stop: "the request asks to stop tracking, not to start",
  negated: "the request says not to track",
  remark: "the request is a remark about something, not something to track",
  question: "the request is a question about the world, not something to track",
  "nothing-trackable": "the request names nothing to track",
};

const MAX_DESCRIPTION = 500;
// What is left before a question once time phrases and flag marks are blanked: punctuation, and
// an article whose noun was blanked ("a daily yes/no: did I …").
const BLANKED_LEAD = /^(?:[\s,.:;!?¿¡"“”'()-]+|(?:a|an|un|une|una|ein|eine|einen)(?=\s{2,}))*/;
const CLAUSE_END = /[,;:.!?()"“”]|\s-+\s/;
// Confidence of a need read from a description: below a request with a frame (0.75–0.95), since
// nothing but the box it was typed into says it asks for tracking.
const CONFIDENCE = { known: 0.8, open: 0.65 };

const refuse = (reason: InstructionRefusal, detail?: string): InstructionParse => ({
  kind: "refused",
  reason,
  message: detail ? `${MESSAGES[reason]} (${detail})` : MESSAGES[reason],
});

interface Reading {
  language: Language;
  original: string;
  lexicon: Lexicon;
  folded: string;
  from: number;
  found: SubjectResult;
  /** What a question about the user's life asks for, when the description is one. */
  question?: LifeQuestionKind;
}

/** A named way to find what a description asks to track; tried in table order. */
type Strategy = { name: string; run: (input: SubjectInput, from: number, end: number) => SubjectResult | undefined };

const SUBJECT_FIRST: Strategy[] = [
  { name: "the subject extractor over the whole description", run: (input) => extractSubject(input) },
  {
    name: 'a clause about the user ("I wake up at night" → waking up at night)',
    run: (input, from, end) => nameClause(input, { kind: "event", start: from, end }),
  },
];
const HEAD_MARK = /^(?::|\s-+\s|\s[—–]\s)$/;
const FIELD_LIST = /^[^,.;:!?]+(?:,[^,.;:!?]+)+/;
const MAX_HEAD = 5;
const CLAUSE_FIRST: Strategy[] = [SUBJECT_FIRST[1]!, SUBJECT_FIRST[0]!];

function read(text: string, folded0: string, language: Language, lexicon: Lexicon): Reading | InstructionRefusal {
  const from = stripWrappers(folded0, language);
  // "a daily yes/no: did I get to bed before 11": the question may follow a time phrase or a flag mark.
  const blanked = blankTimePhrases(folded0, language);
  const question = readQuestion(folded0, from + (BLANKED_LEAD.exec(blanked.slice(from))?.[0].length ?? 0), language);
  if (question?.world) return "question";
  const reading = readAt(text, folded0, language, lexicon, from);
  // A question about the user's life reads on past its lead-in when that helps: "did i floss"
  // (the clause "i floss"), "qui fait la vaisselle", "qué desayuna mi hija (cereal, tostadas)".
  // A "who" question asks about a duty: read on even with nobody of the household named.
  if (!question?.kind || !(question.aboutLife || question.kind === "who")) return reading;
  // A yes/no or a rating lead-in is never the subject ("did", "how well"): always read past it,
  // unless it asks how the user feels ("jak bardzo jestem zestresowana": stress).
  const feeling = FEELING_LEAD[language].test(folded0.slice(question.at));
  if (typeof reading !== "string" && ((question.kind !== "whether" && question.kind !== "how-well") || feeling))
    return { ...reading, question: question.kind };
  const at = question.at + question.lead;
  const past = at + (SKIPPED.exec(folded0.slice(at))?.[0].length ?? 0);
  // "how itchy my eczema is", "wie schlimm mein Heuschnupfen ist": a degree asked of a noun
  // phrase rates that noun phrase; the linking verb after it is no act to name.
  const degree = question.kind === "how-well" ? degreeObject(folded0.slice(past), language) : undefined;
  const asked = readAt(text, folded0, language, lexicon, past, question, degree ? past + degree : undefined);
  if (typeof asked === "string") return reading;
  if (degree === undefined || asked.found.known) return asked;
  return { ...asked, found: { ...asked.found, subject: ratedSubject(asked.found.subject, folded0.slice(question.at, at)) } };
}

function readAt(
  text: string,
  folded0: string,
  language: Language,
  lexicon: Lexicon,
  start: number,
  question?: QuestionReading,
  until?: number,
): Reading | InstructionRefusal {
  let from = start;
  // "how long I spend reading": the activity is what to track, and the lead-in asks for a duration.
  const spent = TIME_SPENT[language].exec(folded0.slice(from))?.[0].length ?? 0;
  // "times I snooze the alarm": the event that is counted follows.
  const times = spent > 0 ? 0 : (TIMES_OF[language].exec(folded0.slice(from))?.[0].length ?? 0);
  const lead = spent + times;
  from += lead > 0 ? lead + (SKIPPED.exec(folded0.slice(from + lead))?.[0].length ?? 0) : 0;
  const folded = blankTimePhrases(folded0, language);
  const tokens: Token[] = tokenize(folded).filter((t) => until === undefined || t.end <= until);
  const first = tokens.findIndex((t) => t.start >= from);
  if (first < 0) return "nothing-trackable";
  const stop = CLAUSE_END.exec(folded.slice(tokens[first]!.end));
  let end = Math.min(stop ? tokens[first]!.end + stop.index : folded.length, until ?? folded.length);
  // "climbing sessions: which gym, hardest grade, how long", "aquarium water tests - ph, ammonia,
  // nitrite": a short head before a list of what to note names the thing; the list is its fields.
  if (until === undefined && stop && HEAD_MARK.test(stop[0]) && FIELD_LIST.test(folded.slice(end + stop[0].length))) {
    const head = tokens.filter((t) => t.start >= from && t.end <= end);
    if (head.length > 0 && head.length <= MAX_HEAD) return readAt(text, folded0, language, lexicon, start, question, end);
  }
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
  const feeling = feelingAt(text, folded, from, language);
  if (feeling) return { language, original: text, lexicon, folded: folded0, from, found: feeling };
  // Past a question's lead-in a clause follows: "(qui) fait la vaisselle", "(kto) wynosi śmieci";
  // past "what kind of", the noun that follows; past a time-spent lead-in, an activity ("jardiner").
  const clauseFirst =
    until === undefined &&
    (times > 0 ||
      spent > 0 ||
      (question !== undefined && !question.ofKind) ||
      SUBJECT_PRONOUN[language].has(tokens[first]!.word));
  for (const strategy of clauseFirst ? CLAUSE_FIRST : SUBJECT_FIRST) {
    const found = strategy.run(input, from, end);
    if (!found || found.blocked || !/[a-z0-9]/i.test(fold(found.subject))) continue;
    // "What's the weather": a question about the world, unless a clause or a trackable says otherwise.
    // "what I'm grateful for", "was ich esse": a wh-word before the user is a relative clause, not a question.
    const relative = SUBJECT_PRONOUN[language].has(folded.slice(from).split(/\s+/)[1] ?? "");
    const aboutUser = relative || (found.clause !== undefined && RULES[language].firstPerson.test(found.clauseText ?? ""));
    // Past a lead-in with nothing about the user's life, only a duty ("who does the dishes") or a known trackable stays.
    if (question && !question.aboutLife && question.kind !== "who" && !found.known) return "question";
    if (!question && !found.known && !aboutUser && FACTUAL_QUESTION[language].test(folded.slice(from))) return "question";
    if (isRemark(found, folded, from, end, tokens, language)) return "remark";
    const named = found.known ? found.subject : feelingNoun(found.subject);
    const subject =
      language === "en" && !found.known
        ? distanceActivity(completeGerund(named, tokens, from, end))
        : spent > 0 && !found.known
          ? activityOf(named, tokens.filter((t) => t.start >= from && t.end <= end).at(-1)?.word, language)
          : named;
    return {
      language,
      original: text,
      lexicon,
      folded: folded0,
      from,
      ...(question?.kind ? { question: question.kind } : {}),
      found: {
        ...found,
        subject,
        ...(spent > 0 ? { clause: "duration" as const } : times > 0 ? { clause: "count" as const } : {}),
      },
    };
  }
  return "nothing-trackable";
}

const LANGUAGES = Object.keys(RULES) as Language[];

/** A reading that names a known trackable, or a clause about the user, whatever else the words say. */
const sure = (reading: Reading): boolean => reading.found.known || reading.found.clause !== undefined;

/** The subject was translated: none of its words is the user's own. */
const translated = (reading: Reading, folded: string): boolean => {
  const own = new Set(tokenize(folded).map((t) => t.word));
  return reading.found.subject.split(" ").every((w) => !own.has(w));
};

/**
 * Another language's reading speaks that language: English words are the user's own, a known
 * trackable or a translation is the glossary's. A clause left in the user's words ("tu peux
 * m'aider" read as Spanish: "peux aider") names nothing that language knows.
 */
const ownWords = (reading: Reading, folded: string): boolean =>
  reading.language === "en" || reading.found.known || translated(reading, folded) || reading.found.clause === undefined;

function needOf(reading: Reading): SkillNeed {
  const { found, language, folded, from, original, lexicon } = reading;
  const words = tokenize(folded).map((t) => t.word);
  const need = buildNeed({ folded, original, lexicon, rules: RULES[language] }, found, false, false, words, "", from);
  // "how well grandma ate": a rating, on the scale the text gives or 1 to 5.
  const scale = need.scale
    ? undefined
    : (findBareScale(folded) ?? (reading.question === "how-well" ? { min: 1, max: 5 } : undefined));
  if (scale) {
    need.scale = scale;
    need.unit = `${scale.min}-${scale.max}`;
    need.fields = [...(need.fields ?? []).filter((f) => f !== "rating"), "rating"];
  }
  const asked = questionFields(reading.question).filter((f) => !(need.fields ?? []).includes(f));
  if (asked.length > 0) need.fields = [...(need.fields ?? []), ...asked];
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
    // A description is read by its start: up to five readings of a hostile 10,000-character text
    // would cost far more than any description needs.
    const head = text.slice(0, MAX_DESCRIPTION);
    const folded = fold(head);
    const { language, clear, score } = placeLanguage(head, tokenize(folded));
    const reading = read(head, folded, language, lexicon);
    // A lexicon hit widened to the user's phrase ("knee pain") has a phrase: it is sure enough.
    if (typeof reading !== "string" && (sure(reading) || reading.found.phrase !== undefined))
      return { kind: "request", need: needOf(reading), via: "description" };
    // A short description is easily placed in the wrong language ("stwórz mi tracker do picia
    // wody" has no telltale letter): another language's reading counts only when it is sure.
    // A remark or a question about the world stays refused in every language.
    if (reading === "remark" || reading === "question") return refuse(reading);
    let refusal: InstructionRefusal | undefined;
    let translation: Reading | undefined;
    for (const other of LANGUAGES) {
      // English is read only where some word of it is ("ob ich ohne Handy eingeschlafen bin" has none).
      if (other === language || (other === "en" && score.en === 0)) continue;
      const alternative = read(head, folded, other, lexicon);
      // When the text's own letters and words place it ("¿he sacado la basura?"), another
      // language's clause ("he sacado …" as English) is a misreading; a trackable it knows is not.
      const placed = !clear || typeof reading === "string" || (typeof alternative !== "string" && alternative.found.known);
      if (typeof alternative !== "string" && placed && sure(alternative) && ownWords(alternative, folded))
        return { kind: "request", need: needOf(alternative), via: "description" };
      if (typeof alternative !== "string") translation ??= translated(alternative, folded) ? alternative : undefined;
      else if (alternative === "question" || alternative === "remark") refusal ??= alternative;
    }
    // "Zahnseide" placed in English: a glossary of another language that names it in English wins.
    if (translation && (typeof reading === "string" || !translated(reading, folded)))
      return { kind: "request", need: needOf(translation), via: "description" };
    // "quelle heure est-il" placed in English: an unsure reading loses to a question in another language.
    if (refusal) return refuse(refusal);
    if (typeof reading === "string") return refuse(reading);
    return { kind: "request", need: needOf(reading), via: "description" };
  };
}
