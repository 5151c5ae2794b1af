// What the subject extractor works with: its input and result, the noun-phrase window after
// (or before) the intent word, and a lexicon hit turned into a result — widened to the more
// specific phrase around it when there is one.
import type { ClauseKind } from "./clause.js";
import type { Token } from "./fold.js";
import type { Lexicon, SubjectHit } from "./lexicon.js";
import type { LanguageRules } from "./rules.js";
import { words } from "./rules.js";
import { DEFER, KINDS, LINKS, NOTHING, VERB_FORMS } from "./subject-words.js";
import { GENERAL, widen } from "./widen.js";

export interface SubjectResult {
  subject: string;
  phrase?: string;
  area?: string;
  known: boolean;
  /** Known only through a form too ambiguous to stand alone ("money", "runs"). */
  ambiguous: boolean;
  possessive: boolean;
  /** The phrase is someone else's ("her sleep", "seine Schritte"). */
  others: boolean;
  /** The phrase starts with a definite article or a demonstrative ("the kids", "das Paket"). */
  definite: boolean;
  /** The object is a one-off lookup or another sense ("a package", "a course"). */
  blocked: boolean;
  /** Said as a clause ("every time I floss", "how long I practise"): its kind brings a field. */
  clause?: ClauseKind;
  /** The clause as written (lowercase), to see whose action it is. */
  clauseText?: string;
  /** Fields the subject's own words ask for ("Zyrtec doses" → dose). */
  fields?: string[];
  /** A known general subject made specific by the words around it ("allergy symptoms"). */
  widened?: boolean;
}

export interface SubjectInput {
  original: string;
  folded: string;
  tokens: readonly Token[];
  /** Token ranges: after the intent word up to the sentence end, and between the frame and the intent word. */
  after: [number, number];
  before: [number, number];
  /** The words inside a split intent phrase ("halte meinen Schlaf fest"). */
  inside: [number, number];
  /** Everything before the intent word: searched for a known subject when nothing follows it. */
  context: [number, number];
  /** The intent phrase's first word: a compound may name the subject ("Schlaftagebuch"). */
  verb: [number, number];
  rules: LanguageRules;
  lexicon: Lexicon;
  /** Where the sentence starts in `folded`: earlier sentences may name what "them" refers to. */
  sentenceStart?: number;
  /** Where the intent phrase ends in `folded`. */
  intentEnd?: number;
  /**
   * Set when a strategy reads an earlier phrase (an opening topic, a counted thing) as a subject of
   * its own: that reading does not look back again, so the work stays linear in the message.
   */
  lookedBack?: boolean;
}

export function punctuationBetween(folded: string, a: Token, b: Token): boolean {
  return /[,;:()"“”]/.test(folded.slice(a.end, b.start));
}

export interface Window {
  first: number;
  last: number;
  content: Token[];
  possessive: boolean;
  others: boolean;
  definite: boolean;
  nothing: boolean;
}
export const DEFINITE = words(
  "the this that these those el la los las este esta ese esa le les l' ce cette ces der die das den dem des dieser diese dieses diesen ten ta to te tego tej",
);

// General heads a known modifier before them makes specific (habits stay the thing's: "coffee habits" is coffee).
const COMPOUND_HEADS = new Set([...GENERAL].filter((s) => s !== "habits"));

export function window(input: SubjectInput, [from, to]: [number, number]): Window {
  const { tokens, rules, folded } = input;
  let i = from;
  let possessive = false;
  let definite = i < to && DEFINITE.has(tokens[i]!.word);
  const others = i < to && rules.othersPossessives.has(tokens[i]!.word);
  while (i < to && (rules.skip.has(tokens[i]!.word) || rules.possessives.has(tokens[i]!.word))) {
    if (rules.possessives.has(tokens[i]!.word)) possessive = true;
    else if (DEFINITE.has(tokens[i]!.word) && !possessive) definite = true;
    i++;
  }
  const content: Token[] = [];
  let last = i;
  for (; last < to && content.length < 4; last++) {
    const t = tokens[last]!;
    if (last > from && punctuationBetween(folded, tokens[last - 1]!, t)) break;
    if (rules.end.has(t.word) || rules.possessives.has(t.word)) break;
    if (rules.skip.has(t.word) && content.length > 0) {
      // "glasses of wine", "estado de ánimo": the phrase goes on after "of".
      if (LINKS.has(t.word)) continue;
      break;
    }
    content.push(t);
  }
  const nothing = content.some((t) => NOTHING.has(t.word));
  return { first: from, last, content, possessive, others, definite, nothing };
}

export function known(hit: SubjectHit, input: SubjectInput, w: Window): SubjectResult {
  // The phrase is the user's own word for the subject ("wody", "Kaffeekonsum", "runs").
  const phrase = input.original.slice(hit.start, hit.end).toLowerCase();
  if (!hit.trackable.area)
    return {
      subject: hit.trackable.subject,
      known: false,
      ambiguous: false,
      possessive: w.possessive,
      others: w.others,
      definite: w.definite,
      blocked: false,
    };
  // "d'insuline": the kind is read without an elided article.
  const word = input.tokens[hit.first]!.word.replace(/^[a-z]'/, "");
  const kind = KINDS.find(([general, form]) => general === hit.trackable.subject && form.test(word));
  const end = Math.max(input.after[1], hit.last);
  // A named kind is already specific: "insulin shots" is insulin, not a kind of medication.
  const wider = kind
    ? undefined
    : widen(hit, input.tokens, Math.min(w.first, hit.first), end, input.folded, input.original, input.rules.language);
  if (wider)
    return {
      subject: wider.subject,
      phrase: wider.phrase,
      known: false,
      ambiguous: false,
      possessive: w.possessive || wider.owned,
      others: w.others,
      definite: w.definite,
      blocked: false,
      widened: true,
    };
  const result: SubjectResult = {
    subject: kind ? kind[2] : hit.trackable.subject,
    area: hit.trackable.area,
    known: true,
    ambiguous: hit.requestOnly,
    possessive: w.possessive,
    others: w.others,
    definite: w.definite,
    blocked: false,
  };
  if (phrase !== hit.trackable.subject) result.phrase = phrase;
  return result;
}

export function phraseOf(input: SubjectInput, content: Token[]): string {
  const first = content[0]!;
  // Elided articles ("d'heures", "l'alcool") are not part of the phrase.
  const elided = /^[dlj]'/.test(first.word) ? 2 : 0;
  return input.original.slice(first.start + elided, content[content.length - 1]!.end).toLowerCase();
}

export function blockedResult(w: Window): SubjectResult {
  return {
    subject: "",
    known: false,
    ambiguous: false,
    possessive: w.possessive,
    others: w.others,
    definite: w.definite,
    blocked: true,
  };
}

/** The first hit, unless it is a general form with a more specific trackable right after it. */
export function pick(hits: SubjectHit[], tokens: readonly Token[]): SubjectHit | undefined {
  const first = hits[0];
  if (!first) return undefined;
  // "allergy symptoms", "hay fever symptoms", "sleep medication": a known word right before a
  // general head is that head's modifier; the head is picked and widened with it.
  const head = hits[1];
  if (
    head &&
    head.first === first.last &&
    COMPOUND_HEADS.has(head.trackable.subject) &&
    !VERB_FORMS.has(tokens[first.first]!.word)
  )
    return head;
  if (VERB_FORMS.has(tokens[first.first]!.word)) return hits.find((h) => !VERB_FORMS.has(tokens[h.first]!.word)) ?? first;
  if (!DEFER.has(tokens[first.first]!.word)) return first;
  const next = hits[1];
  return next && next.first - first.last <= 2 ? next : first;
}
