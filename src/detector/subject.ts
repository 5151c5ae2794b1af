// Extracts what a request wants tracked: the noun phrase after the intent word (or before it,
// in verb-final sentences such as "Ich möchte meinen Kaffeekonsum verfolgen"), or the clause it
// governs ("every time I floss"), named by the lexicon's canonical subject when it is a known
// trackable, else as an open subject (English, or the user's words).
import { clauseAt, leadingClause } from "./clause.js";
import { nameClause, ownedByClause } from "./clause-subject.js";
import { tokenize } from "./fold.js";
import type { SubjectHit } from "./lexicon.js";
import { nameOpenSubject } from "./open-subject.js";
import {
  blockedResult,
  known,
  phraseOf,
  pick,
  punctuationBetween,
  window,
  type SubjectInput,
  type SubjectResult,
} from "./subject-hit.js";
import { bare, BLOCKED, DEFER, EMPTY, GENERIC_HEADS, NOUN_INTENT, VERB_FORMS } from "./subject-words.js";

export type { SubjectInput, SubjectResult } from "./subject-hit.js";

// "What I eat/drink" as the object: food, or the drinks the lexicon reads as water.
const FOOD_CLAUSE =
  /^[\s,:;-]*(?:(?:of|about|de|del|du|des|von|uber|z|ze)\s+)?(?:(?:all|everything|alles|wszystko|todo|tout)[\s,]+(?:(?:what|that|co|was|lo que|que|ce que|ce qu')\s+)?|(?:what|co|was|lo que|que|ce que|ce qu')\s+)(?:(?:i|ich|je|j'|yo)\s+)?(?:\w+\s+){0,3}?(?:(eat|ate|eating|jem|zjadam|jadam|zjem|esse|como|comi|mange)|(drink|drank|drinking|pije|wypijam|trinke|bebo|tomo|bois))\b/;

// Subjects said as a clause rather than a noun: time in front of a screen ("how much time I
// spend on my phone", "ile czasu spędzam przed ekranem", "combien de temps je passe devant
// l'écran") is screen time; "how many hours I work" ("ile godzin pracuję", "wie viele Stunden
// ich arbeite", "cuántas horas trabajo", "combien d'heures je travaille") is work hours.
const CLAUSE_LEAD = String.raw`^[\s,:;-]*(?:(?:of|on|about|de|del|du|des|von|uber|z|ze|na|to|sur)[\s,]+){0,2}`;
const WORDS_UP_TO = (n: number): string => String.raw`(?:[\s,']+\w+){0,${n}}?[\s,']+`;
const CLAUSES: [RegExp, string][] = [
  [
    new RegExp(
      CLAUSE_LEAD +
        String.raw`(?:how (?:much time|long)|(?:the|all the) time|ile czasu|jak dlugo|wie (?:viel(?:e)? zeit|lange)|die zeit|cuanto tiempo|el tiempo que|combien de temps|(?:le |du )?temps que)\b` +
        WORDS_UP_TO(6) +
        String.raw`(?:phones?|screens?|smartphone|ekran\w*|telefon\w*|smartfon\w*|komork\w*|handy|bildschirm\w*|pantallas?|movil|celular|telefono|ecrans?|telephone|portable)\b`,
    ),
    "screen time",
  ],
  [
    new RegExp(
      CLAUSE_LEAD +
        String.raw`(?:(?:how (?:many hours|much|long)|the hours) (?:i|we)` +
        WORDS_UP_TO(2) +
        String.raw`(?:work|worked)\b(?! out)|ile (?:godzin|czasu)` +
        WORDS_UP_TO(2) +
        String.raw`(?:pracuje|przepracowal\w*|pracowal\w*)|wie (?:viele stunden|lange|viel)` +
        WORDS_UP_TO(3) +
        String.raw`(?:arbeite|gearbeitet)|cuantas horas` +
        WORDS_UP_TO(2) +
        String.raw`(?:trabajo|trabaje|trabajamos)|combien d'heures` +
        WORDS_UP_TO(2) +
        String.raw`(?:travaille|travaillons|travaillees?))\b`,
    ),
    "work hours",
  ],
];

export function extractSubject(input: SubjectInput): SubjectResult | undefined {
  const { lexicon, tokens } = input;
  const compounds = input.rules.negationScope === "clause";
  const scan = (from: number, to: number): SubjectHit[] => lexicon.scan(tokens, false, from, to, compounds, input.rules.language);
  const verbFinal = input.rules.negationScope === "clause";
  const own = scan(input.verb[0], input.verb[1])[0];
  let following = window(input, input.after);
  if (following.nothing) return blockedResult(following);
  const verbEnd = input.intentEnd ?? (input.after[0] < tokens.length ? tokens[input.after[0]]!.start : input.folded.length);
  // "… what I eat", "was ich trinke", "lo que como", "ce que je mange".
  const food = FOOD_CLAUSE.exec(input.folded.slice(verbEnd, verbEnd + 80));
  if (food && !own) {
    const trackable = lexicon.lookup(food[1] ? "food" : "water");
    if (trackable) {
      const at = verbEnd + food.index + food[0].length;
      const phrase = input.original
        .slice(verbEnd, at)
        .replace(/^[\s,:;-]+/, "")
        .toLowerCase();
      return {
        subject: trackable.subject,
        phrase,
        area: trackable.area,
        known: true,
        ambiguous: false,
        possessive: true,
        others: false,
        definite: false,
        blocked: false,
      };
    }
  }
  if (!own) {
    const text = input.folded.slice(verbEnd, verbEnd + 100);
    for (const [re, name] of CLAUSES) {
      const m = re.exec(text);
      const trackable = m ? lexicon.lookup(name) : undefined;
      if (!m || !trackable) continue;
      const phrase = input.original
        .slice(verbEnd, verbEnd + m.index + m[0].length)
        .replace(/^[\s,:;-]+/, "")
        .toLowerCase();
      return {
        subject: trackable.subject,
        phrase,
        area: trackable.area,
        known: true,
        ambiguous: false,
        possessive: true,
        others: false,
        definite: false,
        blocked: false,
      };
    }
  }
  if (!own) {
    const last = input.after[1] > input.after[0] ? tokens[input.after[1] - 1]!.end : verbEnd;
    const clause = clauseAt(input.folded, verbEnd, last, input.rules.language);
    const named = clause ? nameClause(input, clause) : undefined;
    if (named) return named;
  }
  const before = window(input, input.before);
  // A noun intent word named by the word before it: "a mood journal", "the sleep log".
  const nounAt = input.inside[1] > input.inside[0] ? input.inside[1] - 1 : input.verb[0];
  if (!own && NOUN_INTENT.has(tokens[nounAt]?.word ?? "")) {
    const from = Math.max(input.context[0], nounAt - 2);
    const prefix = scan(from, nounAt + 1)
      .filter((h) => h.last === nounAt || h.last === nounAt + 1)
      .pop();
    if (prefix && (prefix.last > nounAt || !punctuationBetween(input.folded, tokens[prefix.last - 1]!, tokens[nounAt]!)))
      return known(prefix, input, before);
  }
  if (verbFinal && before.nothing) return blockedResult(before);
  // A comma right after the intent word ends its object: "keep a mood journal, rating it …",
  // "Ich möchte meinen Blutdruck festhalten, systolisch und diastolisch".
  const first = input.after[0] < input.after[1] ? tokens[input.after[0]]! : undefined;
  if (first && /[,;]|\s-+\s/.test(input.folded.slice(verbEnd, first.start))) {
    if (verbFinal) {
      const hitBefore = pick(scan(before.first, input.before[1]), tokens);
      if (hitBefore) return known(hitBefore, input, before);
    }
    following = { ...following, last: following.first, content: [] };
  }
  // A split intent phrase holds its object: "halte meinen Schlaf fest", "behalte X im Auge".
  const inside = window(input, input.inside);
  const holds = inside.possessive || scan(input.inside[0], input.inside[1]).length > 0;
  const after = following.content.length === 0 && holds ? inside : following;
  if (own) return known(own, input, after);
  // "Zacząłem grać na gitarze, notuj moje ćwiczenia": general practice words take the name the
  // sentence gave them.
  const named = (hit: SubjectHit | undefined): SubjectHit | undefined => {
    if (!hit || !DEFER.has(tokens[hit.first]!.word)) return hit;
    return scan(input.context[0], input.context[1]).find((h) => !h.trackable.area) ?? hit;
  };
  // Two tokens of lookahead let a phrase finish ("cukru we krwi"); the hit must start inside.
  const near = scan(after.first, Math.min(after.last + 2, input.after[1]));
  const hitAfter = near[0] && near[0].first < Math.max(after.last, after.first + 1) ? pick(near, tokens) : undefined;
  if (hitAfter) return known(named(hitAfter)!, input, after);
  const generic =
    after.content.length === 0 ||
    after.content.some((t) => GENERIC_HEADS.has(bare(t.word))) ||
    after.content.every((t) => EMPTY.has(t.word));
  if (generic) {
    const later = pick(scan(after.last, input.after[1]), tokens) ?? pick(scan(input.context[0], input.context[1]), tokens);
    if (later) return known(later, input, after.content.length > 0 ? after : before);
    // "Can you track them?": a pronoun (or nothing) names what an earlier sentence mentioned.
    const objectless =
      after.content.every((t) => EMPTY.has(t.word) || GENERIC_HEADS.has(bare(t.word))) &&
      (!verbFinal || before.content.every((t) => EMPTY.has(t.word)));
    if (objectless && input.sentenceStart) {
      const earlier = tokenize(input.folded, 0, input.sentenceStart);
      const hits = lexicon.scan(earlier, false, 0, earlier.length, compounds, input.rules.language);
      const hit = hits.filter((h) => !VERB_FORMS.has(earlier[h.first]!.word)).pop() ?? hits[hits.length - 1];
      if (hit) return known(hit, input, after);
    }
  }
  // "Every time I descale the kettle, write it down": the clause before the frame says what.
  if (after.content.every((t) => EMPTY.has(t.word)) && input.context[1] > input.context[0]) {
    const from = tokens[input.context[0]]!.start;
    const to = tokens[input.context[1] - 1]!.end;
    const lead = leadingClause(input.folded, from, to, input.rules.language);
    const named = lead ? nameClause(input, lead) : undefined;
    if (named) return named;
  }
  // The words before the intent word name the subject only in verb-final sentences.
  const chosen = after.content.length > 0 || !verbFinal ? after : before;
  let content = chosen.content.filter((t) => !EMPTY.has(t.word) && !/^\d+$/.test(t.word));
  // "hours of piano practice" is "piano practice": a measure is not the subject.
  const lead = content.findIndex((t) => !GENERIC_HEADS.has(bare(t.word)));
  if (lead > 0) content = content.slice(lead);
  if (content.length === 0) return undefined;
  const blocked = BLOCKED.has(content[0]!.word) || BLOCKED.has(content[content.length - 1]!.word);
  // "the birds I spot", "los cigarros que me fumo", "el Ventolin cada vez que lo uso": a thing the
  // user does something with is theirs.
  const owned = chosen.possessive || ownedByClause(input, chosen.last);
  const open = nameOpenSubject(content, input.rules.language, false, input.original);
  const result: SubjectResult = {
    subject: open?.subject ?? phraseOf(input, content),
    known: false,
    ambiguous: false,
    possessive: owned,
    others: chosen.others,
    definite: chosen.definite,
    blocked,
  };
  if (open && open.fields.length > 0) result.fields = open.fields;
  return result;
}
