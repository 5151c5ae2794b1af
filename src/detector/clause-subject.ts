// Subjects said as a clause: what "every time I …", "how long I …", "cada vez que …" asks to
// record, and whether a noun phrase is the user's own because a clause about them follows it
// ("the birds I spot", "los cigarros que me fumo").
import { clauseAt, type Clause } from "./clause.js";
import { tokenize } from "./fold.js";
import { nameOpenSubject, singularEn, type OpenName } from "./open-subject.js";
import { words } from "./rules.js";
import { GENERAL } from "./widen.js";
import { known, pick, type SubjectInput, type SubjectResult } from "./subject-hit.js";
import { bare, BLOCKED, EMPTY, GENERIC_HEADS, PRO_VERBS, TIMES } from "./subject-words.js";
import type { Language } from "./types.js";

const RELATIVE: Record<Language, RegExp> = {
  en: /^(?:(?:that|which) )?(?:i|we|my|our)\b/,
  pl: /^(?:ktor\w+|co|jakie)\b/,
  de: /^(?:die|den|das|welche\w*) (?:ich|wir|mein\w*|unser\w*)\b/,
  es: /^que\b/,
  fr: /^(?:que|qu') ?(?:je|j'|nous|on)\b|^que j'/,
};

/** Whether the words after a noun phrase say the user does it: a relative or an event clause. */
export function ownedByClause(input: SubjectInput, next: number): boolean {
  const token = input.tokens[next];
  if (!token || next >= input.after[1] + 1) return false;
  const end = input.tokens[input.after[1] - 1]?.end ?? input.folded.length;
  const rest = input.folded.slice(token.start, end);
  if (RELATIVE[input.rules.language].test(rest)) return true;
  return clauseAt(input.folded, token.start, end, input.rules.language)?.kind === "event";
}

const SUBJECT_PRONOUNS = words("i we i'll i'm i've i'd we'll we're we've ich wir je j' yo nosotros ja my");
// Object pronouns and reflexives said with a pro-verb ("lo haga", "to się dzieje", "ich's").
const OBJECT_CLITICS = words("lo la le se sie ci mi ti ich's ichs es's y en l' one eine einen ein una uno un une jedna jeden");
// A clause about "one", "a cup", "which", "them" names nothing itself: the sentence named it earlier.
const REFERS_BACK: Record<Language, ReadonlySet<string>> = {
  en: words("which that who whom them it"),
  pl: words("ktora ktore ktory ktorych ktorej ich je go"),
  de: words("welche welchen den die das sie es"),
  es: words("que quien cual los las"),
  fr: words("que qui lequel laquelle lesquels les"),
};

/** Whether a clause only points back ("when it happens", "cada vez que lo haga"): it names nothing itself. */
export function refersBack(input: SubjectInput, clause: Clause): boolean {
  const body = tokenize(input.folded, clause.start, clause.end);
  return body.length > 0 && body.every((t) => pointer(t.word));
}

const pointer = (w: string): boolean => EMPTY.has(w) || SUBJECT_PRONOUNS.has(w) || PRO_VERBS.has(w) || OBJECT_CLITICS.has(w);

/** What a clause asks to record: a known trackable inside it, else its words as an open subject. */
export function nameClause(input: SubjectInput, clause: Clause): SubjectResult | undefined {
  const { tokens, lexicon } = input;
  let a = 0;
  while (a < tokens.length && tokens[a]!.start < clause.start) a++;
  let b = a;
  while (b < tokens.length && tokens[b]!.end <= clause.end) b++;
  if (b <= a) return undefined;
  const clauseText = input.original.slice(clause.start, clause.end).toLowerCase();
  const owned = { possessive: true, others: false, definite: false, blocked: false, clause: clause.kind, clauseText };
  const hit = pick(lexicon.scan(tokens, false, a, b, input.rules.negationScope === "clause", input.rules.language), tokens);
  const named = openName(input, clause, a, b);
  const phrase = input.original.slice(tokens[a]!.start, tokens[b - 1]!.end).toLowerCase();
  if (hit) {
    const result = known(hit, input, {
      first: a,
      last: b,
      content: [],
      possessive: true,
      others: false,
      definite: false,
      nothing: false,
    });
    // Longest, most specific phrase wins: "podlewam storczyki" is orchid watering rather than
    // the lexicon's plant watering when the clause names the same kind of thing more precisely.
    if (!named || !narrower(named, result.subject)) return { ...result, ...owned, known: result.known };
  }
  if (!named) return undefined;
  const { subject } = named;
  const blocked = BLOCKED.has(subject);
  return {
    subject,
    ...(named.fields.length > 0 ? { fields: named.fields } : {}),
    phrase,
    known: false,
    ambiguous: false,
    ...owned,
    blocked,
  };
}

const head = (s: string): string => singularEn(s.split(" ").at(-1)!);

/** An English open name that says more than the lexicon's subject: the same head with more words
 * before it, a general subject's thing with what is done to it ("plants" → "plant repotting"), or
 * a verb the lexicon read as a thing ("water the basil" → "basil watering", not water). */
function narrower(named: OpenName, subject: string): boolean {
  const n = named.subject.split(" ");
  const last = n.at(-1)!;
  if (
    named.english &&
    n.length > 1 &&
    !subject.includes(" ") &&
    /ing$/.test(last) &&
    !/ing$/.test(subject) &&
    n.filter((w) => /ing$/.test(w)).length === 1
  ) {
    if (last.startsWith(subject)) return true;
    if (GENERAL.has(subject) && n.slice(0, -1).includes(singularEn(subject))) return true;
  }
  // A thing the lexicon knows inside a longer thing something is done to: "change the aquarium
  // water", "cambio el filtro del agua" are aquarium water and water filter changes, not water.
  if (
    named.english &&
    !subject.includes(" ") &&
    n.length >= 3 &&
    /(?:ing|changes)$/.test(last) &&
    n.slice(0, -1).includes(subject) &&
    !n.some((w) => GENERIC_HEADS.has(w))
  )
    return true;
  // Only a named kind of a compound subject ("plant watering" → "orchid watering"): a single
  // word such as "reading" already says what is read.
  return (
    named.english &&
    n.length > 1 &&
    n.length >= subject.split(" ").length &&
    subject.includes(" ") &&
    named.subject !== subject &&
    head(named.subject) === head(subject)
  );
}

/** The clause's words as an open subject: the noun before the pronoun for amounts ("every book I finish"), else verb and object. */
function openName(input: SubjectInput, clause: Clause, a: number, b: number): OpenName | undefined {
  const { tokens } = input;
  const body = tokens.slice(a, b).filter((t) => !EMPTY.has(t.word) || SUBJECT_PRONOUNS.has(t.word));
  if (body.every((t) => pointer(t.word))) return undefined;
  const lead = tokens[a]!.word;
  if (GENERIC_HEADS.has(bare(lead)) || GENERIC_HEADS.has(`${lead}s`) || REFERS_BACK[input.rules.language].has(lead))
    return undefined;
  // "How many pages I read": the noun before the verb is the subject.
  const pronoun = body.findIndex((t) => SUBJECT_PRONOUNS.has(t.word));
  // "every movie I watch", "each book I finish": the noun before the pronoun, as for amounts.
  const each = /(?:^|\s)(?:each|every|kazd\w+|jede[nrs]?|cada|chaque)[\s,]*$/.test(
    input.folded.slice(Math.max(0, clause.start - 12), clause.start),
  );
  const nounFirst = clause.kind === "amount" || each;
  // "every sourdough bake", "each migraine": after "each", with no pronoun, the whole is the noun
  // phrase (an amount without one is a verb without its pronoun: "cuántos km corro").
  const noun = nounFirst
    ? (pronoun > 0 ? body.slice(0, pronoun) : pronoun < 0 && each ? body : []).filter(
        // "every Sunday I …": a day is when, not what.
        (t) => !GENERIC_HEADS.has(bare(t.word)) && !TIMES.has(t.word),
      )
    : [];
  return noun.length > 0
    ? nameOpenSubject(noun, input.rules.language, false, input.original)
    : nameOpenSubject(body, input.rules.language, true, input.original);
}
