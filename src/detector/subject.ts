// Extracts what a request wants tracked: the noun phrase after the intent word (or before it,
// in verb-final sentences such as "Ich möchte meinen Kaffeekonsum verfolgen"), or the clause it
// governs ("every time I floss"), named by the lexicon's canonical subject when it is a known
// trackable, else as an open subject (English, or the user's words).
import { askedClause, clauseAt, leadingClause, opensWithAsk, statedAct } from "./clause.js";
import { nameClause, ownedByClause, refersBack } from "./clause-subject.js";
import { DEGREE_LEAD, degreeObject, ratedSubject } from "./degree.js";
import { tokenize, type Token } from "./fold.js";
import { FUNCTION_WORDS } from "./function-words.js";
import { gloss } from "./glossary.js";
import type { SubjectHit } from "./lexicon.js";
import { nameOpenSubject } from "./open-subject.js";
import {
  blockedResult,
  DEFINITE,
  known,
  phraseOf,
  pick,
  punctuationBetween,
  window,
  type SubjectInput,
  type SubjectResult,
  type Window,
} from "./subject-hit.js";
import {
  bare,
  BLOCKED,
  DEFER,
  EMPTY,
  GENERIC_HEADS,
  LAUGHTER,
  LINKS,
  MEASURES,
  NOUN_INTENT,
  TIMES,
  UNIT_WORDS,
  VERB_FORMS,
} from "./subject-words.js";
import { lastMatch, unflagged, words } from "./rules.js";

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

/** What every strategy sees: the input and the windows around the intent word, computed once. */
interface SubjectContext {
  input: SubjectInput;
  scan: (from: number, to: number) => SubjectHit[];
  verbFinal: boolean;
  /** A trackable inside the intent phrase itself ("mood journal", "Gewichtstagebuch"). */
  own: SubjectHit | undefined;
  /** Where the intent word ends in the folded text. */
  verbEnd: number;
  /** The words after the intent word, before any comma cut. */
  following: Window;
  before: Window;
  /** A comma right after the intent word ends its object. */
  commaCut: boolean;
  /** The window that holds the object: after the intent word, or inside a split intent phrase. */
  after: Window;
}

/**
 * One way a request names its subject. Strategies are tried in table order; the first that
 * answers wins. A new kind of sentence is a new entry here, placed where it must win.
 */
interface SubjectStrategy {
  name: string;
  run: (c: SubjectContext) => SubjectResult | undefined;
}

const knownClause = (c: SubjectContext, subject: string, end: number): SubjectResult | undefined => {
  const trackable = c.input.lexicon.lookup(subject);
  if (!trackable) return undefined;
  const phrase = c.input.original
    .slice(c.verbEnd, end)
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
};

// What may sit between the intent word and a degree question: "rate how itchy", "note down how bad".
const DEGREE_GLUE = /^[\s,:;-]*(?:(?:down|of|about|on|just)\s+)*/;

const SPLIT_PARTICLES = new Set(["ein", "auf", "fest", "mit", "ab"]);

const STRATEGIES: SubjectStrategy[] = [
  {
    name: 'nothing after the intent word ("track nothing")',
    run: (c) => (c.following.nothing ? blockedResult(c.following) : undefined),
  },
  {
    // "… what I eat", "was ich trinke", "lo que como", "ce que je mange".
    name: "what I eat or drink",
    run: (c) => {
      if (c.own) return undefined;
      const food = FOOD_CLAUSE.exec(c.input.folded.slice(c.verbEnd, c.verbEnd + 80));
      return food ? knownClause(c, food[1] ? "food" : "water", c.verbEnd + food.index + food[0].length) : undefined;
    },
  },
  {
    name: "a clause that names a known trackable (screen time, work hours)",
    run: (c) => {
      if (c.own) return undefined;
      const text = c.input.folded.slice(c.verbEnd, c.verbEnd + 100);
      for (const [re, name] of CLAUSES) {
        const m = re.exec(text);
        const result = m ? knownClause(c, name, c.verbEnd + m.index + m[0].length) : undefined;
        if (result) return result;
      }
      return undefined;
    },
  },
  {
    // "rate how itchy my eczema is every night", "record how bad each migraine is": a degree
    // asked of a noun phrase rates that noun phrase, read on its own.
    name: "a degree asked of a noun phrase",
    run: (c) => {
      const { input } = c;
      const language = input.rules.language;
      const lead = DEGREE_LEAD[language];
      if (c.own || !lead) return undefined;
      const text = input.folded.slice(c.verbEnd);
      const skip = DEGREE_GLUE.exec(text)?.[0].length ?? 0;
      const asked = lead.exec(text.slice(skip));
      if (!asked) return undefined;
      const at = c.verbEnd + skip + asked[0].length + (/^\s*/.exec(text.slice(skip + asked[0].length))?.[0].length ?? 0);
      const length = degreeObject(input.folded.slice(at), language);
      if (length === undefined) return undefined;
      const first = input.tokens.findIndex((t) => t.start >= at);
      const last = input.tokens.findIndex((t) => t.end > at + length);
      if (first < 0 || last <= first) return undefined;
      const found = extractSubject({ ...input, after: [first, last], intentEnd: at });
      return found && !found.known ? { ...found, subject: ratedSubject(found.subject, asked[0]) } : found;
    },
  },
  {
    name: 'the clause the intent word governs ("every time I floss")',
    run: (c) => {
      if (c.own) return undefined;
      const { input } = c;
      const last = input.after[1] > input.after[0] ? input.tokens[input.after[1] - 1]!.end : c.verbEnd;
      const clause = clauseAt(input.folded, c.verbEnd, last, input.rules.language);
      return clause ? nameClause(input, clause) : undefined;
    },
  },
  {
    // A noun intent word named by the word before it: "a mood journal", "the sleep log".
    name: "a noun intent word named by the word before it",
    run: (c) => {
      const { input } = c;
      const nounAt = input.inside[1] > input.inside[0] ? input.inside[1] - 1 : input.verb[0];
      if (c.own || !NOUN_INTENT.has(input.tokens[nounAt]?.word ?? "")) return undefined;
      const from = Math.max(input.context[0], nounAt - 2);
      const prefix = c
        .scan(from, nounAt + 1)
        .filter((h) => h.last === nounAt || h.last === nounAt + 1)
        .pop();
      if (
        prefix &&
        (prefix.last > nounAt || !punctuationBetween(input.folded, input.tokens[prefix.last - 1]!, input.tokens[nounAt]!))
      )
        return known(prefix, input, c.before);
      return undefined;
    },
  },
  {
    name: "verb-final with nothing before the intent word",
    run: (c) => (c.verbFinal && c.before.nothing ? blockedResult(c.before) : undefined),
  },
  {
    // "Ich möchte meinen Blutdruck festhalten, systolisch und diastolisch": in a verb-final
    // sentence cut by a comma, the object is before the intent word.
    name: "verb-final object before a comma",
    run: (c) => {
      if (!c.commaCut || !c.verbFinal) return undefined;
      const hitBefore = pick(c.scan(c.before.first, c.input.before[1]), c.input.tokens);
      return hitBefore ? known(hitBefore, c.input, c.before) : undefined;
    },
  },
  {
    name: "a trackable inside the intent phrase",
    run: (c) => (c.own ? known(c.own, c.input, c.after) : undefined),
  },
  {
    name: "a trackable right after the intent word",
    run: (c) => {
      const { input, after } = c;
      // Two tokens of lookahead let a phrase finish ("cukru we krwi"); the hit must start inside.
      const near = c.scan(after.first, Math.min(after.last + 2, input.after[1]));
      const hit = near[0] && near[0].first < Math.max(after.last, after.first + 1) ? pick(near, input.tokens) : undefined;
      if (!hit) return undefined;
      // "Zacząłem grać na gitarze, notuj moje ćwiczenia": general practice words take the name
      // the sentence gave them.
      const named = DEFER.has(input.tokens[hit.first]!.word)
        ? (c.scan(input.context[0], input.context[1]).find((h) => !h.trackable.area) ?? hit)
        : hit;
      return known(named, input, after);
    },
  },
  {
    // "wie oft ich staubsauge im Monat, bitte mitzählen", "ile razy odkurzam w miesiącu? zacznij
    // to liczyć": a question about how much or how often, then a pronoun (or nothing) takes it up.
    name: "a quantity asked before, taken up by a pronoun",
    run: (c) => {
      const { input, after, before } = c;
      // The particle of a split verb ("halt das mal fest") is no object.
      const empty = (w: Window): boolean => w.content.every((t) => EMPTY.has(t.word) || SPLIT_PARTICLES.has(t.word));
      if (!empty(after) || (c.verbFinal && !empty(before))) return undefined;
      const verbAt = input.tokens[input.verb[0]]?.start ?? c.verbEnd;
      const sentence = input.sentenceStart ?? 0;
      // The sentence before, when it asks: with a question mark, or as a wish to know.
      const previous = sentenceBefore(input.folded, sentence);
      const asking =
        sentenceBefore(input.folded, sentence, true) ??
        (previous !== undefined && opensWithAsk(input.folded, previous, sentence) ? previous : undefined);
      for (const from of [sentence, asking]) {
        if (from === undefined) continue;
        const to = from === sentence ? verbAt : sentence;
        const asked = askedClause(input.folded, from, to, input.rules.language);
        if (!asked) continue;
        // "how much does a new bike cost? track it" is a price: an amount or a time must be the
        // user's ("how much I spend", "ile czasu zajmuje mi dojazd"); how often may be anyone's
        // at home ("wie oft kotzt die Katze?").
        const text = input.original.slice(asked.start, asked.end).toLowerCase();
        if (asked.kind !== "count" && !input.rules.firstPerson.test(text)) return undefined;
        return nameClause({ ...input, tokens: tokenize(input.folded, from, to) }, asked);
      }
      return undefined;
    },
  },
  {
    name: "a generic head or a pronoun: a trackable later, or in an earlier sentence",
    run: (c) => {
      const { input, after, before } = c;
      const generic =
        after.content.length === 0 ||
        after.content.some((t) => GENERIC_HEADS.has(bare(t.word))) ||
        after.content.every((t) => EMPTY.has(t.word));
      if (!generic) return undefined;
      const later =
        pick(c.scan(after.last, input.after[1]), input.tokens) ?? pick(c.scan(input.context[0], input.context[1]), input.tokens);
      if (later) return known(later, input, after.content.length > 0 ? after : before);
      // "Can you track them?": a pronoun (or nothing) names what an earlier sentence mentioned.
      const objectless =
        after.content.every((t) => EMPTY.has(t.word) || GENERIC_HEADS.has(bare(t.word))) &&
        (!c.verbFinal || before.content.every((t) => EMPTY.has(t.word)));
      if (!objectless || !input.sentenceStart) return undefined;
      const earlier = tokenize(input.folded, 0, input.sentenceStart);
      const hits = input.lexicon.scan(earlier, false, 0, earlier.length, c.verbFinal, input.rules.language);
      const hit = hits.filter((h) => !VERB_FORMS.has(earlier[h.first]!.word)).pop() ?? hits[hits.length - 1];
      // The hit indexes the earlier sentences' tokens, not this sentence's.
      return hit
        ? known(hit, { ...input, tokens: earlier, after: [hit.last, hit.last] }, { ...after, first: hit.first })
        : undefined;
    },
  },
  {
    // "Every time I descale the kettle, write it down": the clause before the frame says what.
    name: "the clause before the frame",
    run: (c) => {
      const { input, after } = c;
      if (!after.content.every((t) => EMPTY.has(t.word)) || input.context[1] <= input.context[0]) return undefined;
      const from = input.tokens[input.context[0]]!.start;
      // "every time the baby hiccups i want it written down": the clause ends where the frame begins.
      const to = frameStart(input.rules.frames, input.folded, from, input.tokens[input.context[1] - 1]!.end);
      const lead = leadingClause(input.folded, from, to, input.rules.language);
      return lead ? nameClause(input, lead) : undefined;
    },
  },
  {
    // "changed the bedsheets today, can you keep a record", "started magnesium yesterday. pls
    // track it": a pronoun (or nothing) takes up an act the user has just told of, in this
    // sentence before the request or in the sentence before it.
    name: "an act the user told of, taken up by a pronoun",
    run: (c) => {
      const { input, after, before } = c;
      const empty = (w: Window): boolean => w.content.every((t) => EMPTY.has(t.word) || SPLIT_PARTICLES.has(t.word));
      // "zapisuj, kiedy to się dzieje", "cuenta cada vez que lo haga": a clause that only points back.
      const last = input.after[1] > input.after[0] ? input.tokens[input.after[1] - 1]!.end : c.verbEnd;
      const clause = empty(after) ? undefined : clauseAt(input.folded, c.verbEnd, last, input.rules.language);
      const pointsBack = clause !== undefined && refersBack(input, clause);
      if ((!empty(after) && !pointsBack) || (c.verbFinal && !empty(before))) return undefined;
      const language = input.rules.language;
      const isVerb = (word: string): boolean => gloss(word, language)?.pos === "v";
      const sentence = input.sentenceStart ?? 0;
      const verbAt = input.tokens[input.verb[0]]?.start ?? c.verbEnd;
      const earlier = sentenceBefore(input.folded, sentence);
      for (const [from, to] of [[sentence, verbAt], ...(earlier === undefined ? [] : [[earlier, sentence]])] as [
        number,
        number,
      ][]) {
        const act = statedAct(input.folded, from, to, language, isVerb, input.rules.frames);
        if (!act) continue;
        const named = nameClause({ ...input, tokens: tokenize(input.folded, from, to) }, act);
        if (named) return named;
      }
      return undefined;
    },
  },
  {
    // "Sourdough bakes — log it whenever I bake one", "Meine Cetirizin-Tabletten. Schreib's dir
    // jedes Mal auf", "Ma tension, je la prends le matin… il faut que ça reste": a message that
    // opens with a bare noun phrase names its topic; an order whose object only points back (a
    // pronoun, a time, nothing) records that topic.
    name: "the topic the message opens with",
    run: (c) => {
      const { input, after, before } = c;
      if (input.lookedBack) return undefined;
      const pointing = (w: Window): boolean =>
        w.content.every(
          (t) => EMPTY.has(t.word) || SPLIT_PARTICLES.has(t.word) || TIMES.has(t.word) || GENERIC_HEADS.has(bare(t.word)),
        );
      if (!pointing(after) || (c.verbFinal && !pointing(before))) return undefined;
      const verbAt = input.tokens[input.verb[0]]?.start ?? c.verbEnd;
      const topic = openingTopic(input, verbAt);
      if (!topic) return undefined;
      const found = extractSubject({
        ...input,
        tokens: topic,
        after: [0, topic.length],
        before: [0, 0],
        inside: [0, 0],
        context: [0, 0],
        verb: [0, 0],
        sentenceStart: undefined,
        lookedBack: true,
        intentEnd: topic[0]!.start,
      });
      return found && !found.blocked && !found.others ? { ...found, possessive: true, definite: false } : undefined;
    },
  },
  {
    // "did 20 pushups today lol, track those", "llevo 4 cafés 😅 cuéntamelos", "j'ai fait 25 pompes
    // ce matin 💪 tu peux me les noter": a pronoun (or nothing) takes up what the user has just
    // counted, earlier in the message.
    name: "a thing the user has just counted, taken up by a pronoun",
    run: (c) => {
      const { input, after, before } = c;
      if (input.lookedBack) return undefined;
      // "tu peux me les noter tous les jours": a time the pronoun is noted at is no object.
      const empty = (w: Window): boolean =>
        w.content.every((t) => EMPTY.has(t.word) || SPLIT_PARTICLES.has(t.word) || TIMES.has(t.word));
      if (!empty(after) || (c.verbFinal && !empty(before))) return undefined;
      const verbAt = input.tokens[input.verb[0]]?.start ?? c.verbEnd;
      const earlier = tokenize(input.folded, 0, verbAt);
      for (let i = earlier.length - 2, tries = 0; i >= 0 && tries < MAX_COUNTED_TRIES; i--) {
        if (!NUMBER.test(earlier[i]!.word)) continue;
        tries++;
        // "2 liter wasser", "3 glasses of wine": past a unit or a measure to what it measures.
        let k = i + 1;
        while (k < earlier.length && k <= i + 3 && (UNIT_WORDS.has(earlier[k]!.word) || LINKS.has(earlier[k]!.word))) k++;
        if (k >= earlier.length || punctuationBetween(input.folded, earlier[k - 1]!, earlier[k]!)) continue;
        const at = earlier[k]!.start;
        const found = extractSubject({
          ...input,
          tokens: earlier,
          after: [k, earlier.length],
          before: [k, k],
          inside: [k, k],
          context: [k, k],
          verb: [k, k],
          sentenceStart: undefined,
          lookedBack: true,
          intentEnd: at,
        });
        if (found && !found.blocked && !found.others) return { ...found, possessive: true, definite: false };
      }
      return undefined;
    },
  },
  { name: "an open subject in the user's words", run: openSubject },
];

const NUMBER = /^\d+$/;
const MAX_COUNTED_TRIES = 4;

/**
 * Where the sentence before `start` begins, whatever ends it; with `question`, only when the text
 * before `start` ends with a question.
 */
function sentenceBefore(folded: string, start: number, question = false): number | undefined {
  const head = folded.slice(0, start).trimEnd();
  if (head.length === 0 || (question && !head.endsWith("?"))) return undefined;
  const at = Math.max(...[".", "!", "?", ";", "\n"].map((p) => head.lastIndexOf(p, head.length - 2)));
  return at + 1;
}

/** Where the last frame inside `[from, to)` begins, when one begins after `from`; else `to`. */
function frameStart(frames: RegExp, folded: string, from: number, to: number): number {
  const last = lastMatch(frames, folded.slice(from, to));
  return last && last.index > 0 ? from + last.index : to;
}

const MAX_TOPIC_WORDS = 5;
const MAX_TOPIC_CHARS = 60;
// Where an opening topic ends: a stop, a colon, a dash between spaces, a comma, an emoji.
const TOPIC_END = /[.!:;,?\n]|\s[-–—]+\s|[\uD83C-\uD83E][\uDC00-\uDFFF]|[\u2600-\u27BF]/;
// "new thing:", "kurze Frage:", "petite question :", "update:": openers, not topics.
const DISCOURSE = words(
  "thing things question q request idea update btw fyi frage sache ding pregunta cosa question chose truc pytanie pytanko rzecz sprawa tak yes yeah yep si oui ja no nie nein non ok okay vale bueno",
);
const TOPIC_PRONOUNS = words("i we ich wir je j' yo nosotros ja my on ona oni he she they er sie il elle ils elles el ella");

const PARTICIPLE: Partial<Record<string, RegExp>> = {
  en: /[a-z]{3,}ed$/,
  fr: /[a-z]{2,}(?:é|ée|és|ées)$/,
  es: /[a-z]{2,}(?:ado|ada|ados|adas|ido|ida|idos|idas)$/,
  de: /^(?:[a-zäöü]*ge)[a-zäöüß]{3,}(?:t|en)$/,
  pl: /[a-ząćęłńóśźż]{3,}(?:ony|ona|one|any|ana|ane|ty|ta|te)$/,
};

/** The noun phrase a message opens with, as tokens, when it ends before the intent word and holds no verb's subject. */
function openingTopic(input: SubjectInput, verbAt: number): Token[] | undefined {
  const { folded, rules } = input;
  const lead = /^[\s,.!¿¡-]*/.exec(folded)![0].length;
  const unfilled = folded.slice(lead).replace(rules.filler, "");
  const start = folded.length - unfilled.length;
  const end = TOPIC_END.exec(folded.slice(start, start + MAX_TOPIC_CHARS + 1));
  if (!end || start + end.index >= verbAt) return undefined;
  const tokens = tokenize(folded, start, start + end.index);
  if (tokens.length === 0 || tokens.length > MAX_TOPIC_WORDS) return undefined;
  const language = rules.language;
  const functional = FUNCTION_WORDS[language];
  // A participle after the noun is a thing done, still a topic: "filtre du lave-linge nettoyé", "Rasen gemäht".
  const participle = (t: Token, k: number): boolean =>
    k > 0 && PARTICIPLE[language]?.test(input.original.slice(t.start, t.end).toLowerCase()) === true;
  if (
    tokens.some(
      (t, k) =>
        TOPIC_PRONOUNS.has(t.word) || DISCOURSE.has(t.word) || (gloss(t.word, language)?.pos === "v" && !participle(t, k)),
    )
  )
    return undefined;
  if (tokens.every((t) => EMPTY.has(t.word) || functional.has(t.word) || LAUGHTER.test(t.word) || /^\d/.test(t.word)))
    return undefined;
  const text = folded.slice(start, start + end.index);
  if (rules.subordinate.test(text) || unflagged(rules.frames).test(text) || unflagged(rules.intent).test(text)) return undefined;
  return tokens;
}

/**
 * "he sacado la basura", "me tomé el Eutirox", "j'ai fait mon lit": a phrase that is only a verb
 * (with its auxiliary) is an act, and what it is done to follows past an article or a possessive,
 * where the phrase's window stops. The window there. (English has no glossary to say a word is a
 * verb; its clauses are read by the clause reader.)
 */
function actedOn(c: SubjectContext, chosen: Window): Window | undefined {
  const { input } = c;
  const language = input.rules.language;
  const content = chosen.content.filter((t) => !EMPTY.has(t.word) && !FUNCTION_WORDS[language].has(t.word));
  // The verb ends the phrase; one word may come before it (an auxiliary: "he", "hab").
  if (language === "en" || content.length === 0 || content.length > 2) return undefined;
  if (gloss(content.at(-1)!.word.replace(/^[a-z]'/, ""), language)?.pos !== "v") return undefined;
  const end = chosen === c.before ? input.before[1] : input.after[1];
  const at = chosen.last;
  if (at >= end || punctuationBetween(input.folded, input.tokens[at - 1]!, input.tokens[at]!)) return undefined;
  const w = input.tokens[at]!.word;
  if (!DEFINITE.has(w) && !input.rules.possessives.has(w) && !input.rules.skip.has(w)) return undefined;
  const next = window(input, [at, end]);
  return next.content.length > 0 && next.content.every((t) => gloss(t.word, language)?.pos !== "v") ? next : undefined;
}

// Words that join a measure to what it measures: "durée de mes siestes", "Dauer der Wutanfälle",
// "Zeit an der Modelleisenbahn", "czas gry na pianinie", "time on my bike".
const MEASURE_LINKS = words("of on at for in de du des d' del von an am beim fur z ze na w przy a au aux en sur");
const MAX_MEASURE_LINKS = 3;

/**
 * "la durée de mes siestes", "die Lautstärke meines Tinnitus", "the intensity of my flare-ups": a
 * phrase that is only a measure (a duration, an intensity, a number, a level) names nothing; what
 * it measures follows, past its link, article or possessive. The window there, as a window.
 */
function measuredThing(c: SubjectContext, chosen: Window): Window | undefined {
  const { input } = c;
  const content = chosen.content.filter((t) => !EMPTY.has(t.word));
  if (content.length === 0 || !content.every((t) => MEASURES.has(bare(t.word)))) return undefined;
  let at = chosen.last;
  const end = chosen === c.before ? input.before[1] : input.after[1];
  // The measure must be followed by its link, an article or a possessive: "el tiempo que paso
  // leyendo" goes on with a clause, which the time-spent reading names.
  const { rules } = input;
  const linking = (w: string): boolean =>
    MEASURE_LINKS.has(w) || DEFINITE.has(w) || rules.possessives.has(w) || rules.othersPossessives.has(w);
  if (at >= end || !linking(input.tokens[at]!.word)) return undefined;
  for (let n = 0; n < MAX_MEASURE_LINKS && at < end; n++) {
    const w = input.tokens[at]!.word;
    if (!linking(w) && !rules.skip.has(w)) break;
    at++;
  }
  if (at === chosen.last || at >= end || punctuationBetween(input.folded, input.tokens[at - 1]!, input.tokens[at]!))
    return undefined;
  const next = window(input, [at, end]);
  return next.content.length > 0 ? { ...next, possessive: next.possessive || chosen.possessive } : undefined;
}

function openSubject(c: SubjectContext): SubjectResult | undefined {
  const { input, after, before } = c;
  // The words before the intent word name the subject only in verb-final sentences.
  const first = after.content.length > 0 || !c.verbFinal ? after : before;
  const thing = measuredThing(c, first);
  // What a measure measures may be a known trackable: "la durée de mes siestes" is naps.
  const hit = thing ? pick(c.scan(thing.first, Math.min(thing.last + 1, input.after[1])), input.tokens) : undefined;
  if (thing && hit && hit.first < thing.last) return known(hit, input, thing);
  const object = thing ? undefined : actedOn(c, first);
  if (object) {
    const done = pick(c.scan(object.first, Math.min(object.last + 1, input.after[1])), input.tokens);
    if (done && done.first < object.last) return known(done, input, object);
  }
  const chosen = thing ?? first;
  // Laughter, units and times of day are said around a subject, never as one ("jajaja",
  // "2 tabl.", "jeden Morgen").
  let content = chosen.content.filter(
    (t) =>
      !EMPTY.has(t.word) &&
      !/^\d+$/.test(t.word) &&
      !LAUGHTER.test(t.word) &&
      !UNIT_WORDS.has(t.word) &&
      !(TIMES.has(t.word) && !daysWithout(input.tokens, t)),
  );
  // "hours of piano practice" is "piano practice": a measure is not the subject.
  const lead = content.findIndex((t) => !GENERIC_HEADS.has(bare(t.word)));
  if (lead > 0) content = content.slice(lead);
  if (content.length === 0) return undefined;
  // "DHL-Paket", "Amazon-Bestellung": a hyphenated compound is its last part.
  const lastPart = content[content.length - 1]!.word.split("-").at(-1)!;
  const blocked = BLOCKED.has(content[0]!.word) || BLOCKED.has(content[content.length - 1]!.word) || BLOCKED.has(lastPart);
  // "the birds I spot", "los cigarros que me fumo", "el Ventolin cada vez que lo uso": a thing the
  // user does something with is theirs.
  const owned = chosen.possessive || ownedByClause(input, chosen.last);
  const open = object
    ? nameOpenSubject(
        input.tokens.slice(input.tokens.indexOf(content[0]!), object.last),
        input.rules.language,
        true,
        input.original,
      )
    : nameOpenSubject(content, input.rules.language, false, input.original);
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

const WITHOUT = words("without bez sin sans ohne");

/** "dni bez alkoholu" stays whole: the need's refinement names it "alcohol-free days". */
function daysWithout(tokens: readonly Token[], t: Token): boolean {
  const next = tokens[tokens.indexOf(t) + 1];
  return next !== undefined && WITHOUT.has(next.word);
}

function contextOf(input: SubjectInput): SubjectContext {
  const { lexicon, tokens } = input;
  // Verb-final languages (German) also read compounds ("Kaffeekonsum") and take their object
  // from before the intent word.
  const verbFinal = input.rules.negationScope === "clause";
  const scan = (from: number, to: number): SubjectHit[] => lexicon.scan(tokens, false, from, to, verbFinal, input.rules.language);
  const verbEnd = input.intentEnd ?? (input.after[0] < tokens.length ? tokens[input.after[0]]!.start : input.folded.length);
  const following = window(input, input.after);
  // A comma right after the intent word ends its object: "keep a mood journal, rating it …".
  const first = input.after[0] < input.after[1] ? tokens[input.after[0]]! : undefined;
  const commaCut = first !== undefined && /[,;]|\s-+\s/.test(input.folded.slice(verbEnd, first.start));
  const object = commaCut ? { ...following, last: following.first, content: [] } : following;
  // A split intent phrase holds its object: "halte meinen Schlaf fest", "behalte X im Auge".
  const inside = window(input, input.inside);
  // A verb and its particle around the object hold it too, when nothing follows: "Trag jede
  // Dosis Ritalin ein, mit Uhrzeit", "Schreib jedes Zyrtec auf, das ich nehme".
  const particle = input.inside[1] > input.inside[0] && /^(?:ein|auf|fest|mit|ab)$/.test(tokens[input.inside[1] - 1]!.word);
  const holds =
    inside.possessive ||
    scan(input.inside[0], input.inside[1]).length > 0 ||
    (particle && (commaCut || following.content.length === 0));
  return {
    input,
    scan,
    verbFinal,
    own: scan(input.verb[0], input.verb[1])[0],
    verbEnd,
    following,
    before: window(input, input.before),
    commaCut,
    after: object.content.length === 0 && holds ? inside : object,
  };
}

export function extractSubject(input: SubjectInput): SubjectResult | undefined {
  const c = contextOf(input);
  for (const strategy of STRATEGIES) {
    const result = strategy.run(c);
    if (result) return result;
  }
  return undefined;
}
