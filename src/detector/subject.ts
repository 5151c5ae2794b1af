// Extracts what a request wants tracked: the noun phrase after the intent word (or before it,
// in verb-final sentences such as "Ich möchte meinen Kaffeekonsum verfolgen"), named by the
// lexicon's canonical subject when it is a known trackable, else by the user's own words.
import { clauseAt, leadingClause, type Clause, type ClauseKind } from "./clause.js";
import { tokenize, type Token } from "./fold.js";
import { nameOpenSubject } from "./open-subject.js";
import { widen } from "./widen.js";
import type { Lexicon, SubjectHit } from "./lexicon.js";
import type { LanguageRules } from "./rules.js";
import type { Language } from "./types.js";
import { words } from "./rules.js";

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
  /** Fields the subject's own words ask for ("Zyrtec doses" → dose). */
  fields?: string[];
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
}

// Heads that say "how much of something", so the something may come later ("my progress in running").
const GENERIC_HEADS = words("wyjsc wyjscia pomiary pomiarow pomiar measurements readings messungen mediciones mesures sorties hour minute day night cup glass bottle can pint mug shot piece serving portion one ones time session sessions salidas sesiones sesje seances lessons rounds hours minutes days nights godzin godziny minut stunden minuten horas minutos heures minutes nuits glasses cups bottles cans pints mugs shots pieces servings portions szklanek szklanki kubkow filizanek butelek porcji tassen glaser flaschen portionen vasos tazas botellas copas porciones verres tasses bouteilles portions progress amount number intake consumption habits habit levels level stats statistics data history totals total count time times spozycie ilosc konsum verbrauch menge anzahl consumo cantidad numero consommation quantite nombre");
const LINKS = words("of de du des del von");
// Words that are never a subject on their own.
const EMPTY = words("somewhere anywhere me you him her us them mnie cie go ja nas was mich dich ihn uns euch te lo la nos os moi toi lui nous vous it that this them these those something stuff things thing everything anything all everyday to je to wszystko tego es das alles eso esto todo ca cela tout ce");
// Objects of one-off lookups or other senses of "track"/"follow": not a tracking skill.
const BLOCKED = words("package packages parcel parcels order orders shipment shipments delivery flight flights bus train paczke paczki paczka przesylke przesylki zamowienie lot paket pakete sendung lieferung bestellung flug paquete paquetes envio pedido vuelo colis commande livraison vol phone iphone device laptop keys car telefon handy telefono telephone portable cours formation serie instructions course courses class classes series link url bug bugs issue error errors changes");

/** A word without an elided article ("d'heures" → "heures"). */
const bare = (word: string): string => (/^[dlj]'/.test(word) ? word.slice(2) : word);
// "Nothing", "nichts", "nada", "rien", "nic" as the object: nothing to track.
const NOTHING = words("nothing nichts nada rien nic niczego");
// Forms too general to win over a more specific trackable right after them ("ćwiczenia na
// gitarze", "lecturas de glucosa", "die Pflanzen gieße").
const DEFER = words("cwicze cwiczenia cwiczen cwiczeniach training trainings trening treningi exercises exercise ejercicios exercices lecturas plants rosliny roslin pflanzen plantas plantes sessions");
// "What I eat/drink" as the object: food, or the drinks the lexicon reads as water.
const FOOD_CLAUSE = /^[\s,:;-]*(?:(?:of|about|de|del|du|des|von|uber|z|ze)\s+)?(?:(?:all|everything|alles|wszystko|todo|tout)[\s,]+(?:(?:what|that|co|was|lo que|que|ce que|ce qu')\s+)?|(?:what|co|was|lo que|que|ce que|ce qu')\s+)(?:(?:i|ich|je|j'|yo)\s+)?(?:\w+\s+){0,3}?(?:(eat|ate|eating|jem|zjadam|jadam|zjem|esse|como|comi|mange)|(drink|drank|drinking|pije|wypijam|trinke|bebo|tomo|bois))\b/;

// Subjects said as a clause rather than a noun: time in front of a screen ("how much time I
// spend on my phone", "ile czasu spędzam przed ekranem", "combien de temps je passe devant
// l'écran") is screen time; "how many hours I work" ("ile godzin pracuję", "wie viele Stunden
// ich arbeite", "cuántas horas trabajo", "combien d'heures je travaille") is work hours.
const CLAUSE_LEAD = String.raw`^[\s,:;-]*(?:(?:of|on|about|de|del|du|des|von|uber|z|ze|na|to|sur)[\s,]+){0,2}`;
const WORDS_UP_TO = (n: number): string => String.raw`(?:[\s,']+\w+){0,${n}}?[\s,']+`;
const CLAUSES: [RegExp, string][] = [
  [new RegExp(CLAUSE_LEAD + String.raw`(?:how (?:much time|long)|(?:the|all the) time|ile czasu|jak dlugo|wie (?:viel(?:e)? zeit|lange)|die zeit|cuanto tiempo|el tiempo que|combien de temps|(?:le |du )?temps que)\b` +
    WORDS_UP_TO(6) + String.raw`(?:phones?|screens?|smartphone|ekran\w*|telefon\w*|smartfon\w*|komork\w*|handy|bildschirm\w*|pantallas?|movil|celular|telefono|ecrans?|telephone|portable)\b`), "screen time"],
  [new RegExp(CLAUSE_LEAD + String.raw`(?:(?:how (?:many hours|much|long)|the hours) (?:i|we)` + WORDS_UP_TO(2) + String.raw`(?:work|worked)\b(?! out)|ile (?:godzin|czasu)` + WORDS_UP_TO(2) +
    String.raw`(?:pracuje|przepracowal\w*|pracowal\w*)|wie (?:viele stunden|lange|viel)` + WORDS_UP_TO(3) + String.raw`(?:arbeite|gearbeitet)|cuantas horas` + WORDS_UP_TO(2) +
    String.raw`(?:trabajo|trabaje|trabajamos)|combien d'heures` + WORDS_UP_TO(2) + String.raw`(?:travaille|travaillons|travaillees?))\b`), "work hours"],
];

function punctuationBetween(folded: string, a: Token, b: Token): boolean {
  return /[,;:()"“”]/.test(folded.slice(a.end, b.start));
}

interface Window { first: number; last: number; content: Token[]; possessive: boolean; others: boolean; definite: boolean; nothing: boolean }
const DEFINITE = words("the this that these those el la los las este esta ese esa le les l' ce cette ces der die das den dem des dieser diese dieses diesen ten ta to te tego tej");

function window(input: SubjectInput, [from, to]: [number, number]): Window {
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

function known(hit: SubjectHit, input: SubjectInput, w: Window): SubjectResult {
  // The phrase is the user's own word for the subject ("wody", "Kaffeekonsum", "runs").
  const phrase = input.original.slice(hit.start, hit.end).toLowerCase();
  if (!hit.trackable.area) return { subject: hit.trackable.subject, known: false, ambiguous: false, possessive: w.possessive, others: w.others, definite: w.definite, blocked: false };
  const end = Math.max(input.after[1], hit.last);
  const wider = widen(hit, input.tokens, Math.min(w.first, hit.first), end, input.folded, input.original, input.rules.language);
  if (wider) return { subject: wider.subject, phrase: wider.phrase, known: false, ambiguous: false, possessive: w.possessive || wider.owned, others: w.others, definite: w.definite, blocked: false };
  const result: SubjectResult = { subject: hit.trackable.subject, area: hit.trackable.area, known: true, ambiguous: hit.requestOnly, possessive: w.possessive, others: w.others, definite: w.definite, blocked: false };
  if (phrase !== hit.trackable.subject) result.phrase = phrase;
  return result;
}

function phraseOf(input: SubjectInput, content: Token[]): string {
  const first = content[0]!;
  // Elided articles ("d'heures", "l'alcool") are not part of the phrase.
  const elided = /^[dlj]'/.test(first.word) ? 2 : 0;
  return input.original.slice(first.start + elided, content[content.length - 1]!.end).toLowerCase();
}

function blockedResult(w: Window): SubjectResult {
  return { subject: "", known: false, ambiguous: false, possessive: w.possessive, others: w.others, definite: w.definite, blocked: true };
}

// Verbs that name a trackable only when nothing more specific is said ("wie viel ich trinke"
// is water, "ile piję kawy" is coffee).
// Intent words that are nouns, so the word before them may name the subject ("mood journal").
const NOUN_INTENT = words("journal journals diary diaries log logs logbook tracker trackers tally counter timesheet timesheets");
const VERB_FORMS = words("trinke bebo bois pije rauche fumo fume smoke smokes");

/** The first hit, unless it is a general form with a more specific trackable right after it. */
function pick(hits: SubjectHit[], tokens: readonly Token[]): SubjectHit | undefined {
  const first = hits[0];
  if (!first) return undefined;
  if (VERB_FORMS.has(tokens[first.first]!.word)) return hits.find((h) => !VERB_FORMS.has(tokens[h.first]!.word)) ?? first;
  if (!DEFER.has(tokens[first.first]!.word)) return first;
  const next = hits[1];
  return next && next.first - first.last <= 2 ? next : first;
}

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
      const phrase = input.original.slice(verbEnd, at).replace(/^[\s,:;-]+/, "").toLowerCase();
      return { subject: trackable.subject, phrase, area: trackable.area, known: true, ambiguous: false, possessive: true, others: false, definite: false, blocked: false };
    }
  }
  if (!own) {
    const text = input.folded.slice(verbEnd, verbEnd + 100);
    for (const [re, name] of CLAUSES) {
      const m = re.exec(text);
      const trackable = m ? lexicon.lookup(name) : undefined;
      if (!m || !trackable) continue;
      const phrase = input.original.slice(verbEnd, verbEnd + m.index + m[0].length).replace(/^[\s,:;-]+/, "").toLowerCase();
      return { subject: trackable.subject, phrase, area: trackable.area, known: true, ambiguous: false, possessive: true, others: false, definite: false, blocked: false };
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
    const prefix = scan(from, nounAt + 1).filter((h) => h.last === nounAt || h.last === nounAt + 1).pop();
    if (prefix && (prefix.last > nounAt || !punctuationBetween(input.folded, tokens[prefix.last - 1]!, tokens[nounAt]!))) return known(prefix, input, before);
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
  const generic = after.content.length === 0 || after.content.some((t) => GENERIC_HEADS.has(bare(t.word))) || after.content.every((t) => EMPTY.has(t.word));
  if (generic) {
    const later = pick(scan(after.last, input.after[1]), tokens) ?? pick(scan(input.context[0], input.context[1]), tokens);
    if (later) return known(later, input, after.content.length > 0 ? after : before);
    // "Can you track them?": a pronoun (or nothing) names what an earlier sentence mentioned.
    const objectless = after.content.every((t) => EMPTY.has(t.word) || GENERIC_HEADS.has(bare(t.word))) && (!verbFinal || before.content.every((t) => EMPTY.has(t.word)));
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
  const result: SubjectResult = { subject: open?.subject ?? phraseOf(input, content), known: false, ambiguous: false, possessive: owned, others: chosen.others, definite: chosen.definite, blocked };
  if (open && open.fields.length > 0) result.fields = open.fields;
  return result;
}

const RELATIVE: Record<Language, RegExp> = {
  en: /^(?:(?:that|which) )?(?:i|we)\b/,
  pl: /^(?:ktor\w+|co|jakie)\b/,
  de: /^(?:die|den|das|welche\w*) (?:ich|wir)\b/,
  es: /^que\b/,
  fr: /^(?:que|qu') ?(?:je|j'|nous|on)\b|^que j'/,
};

/** Whether the words after a noun phrase say the user does it: a relative or an event clause. */
function ownedByClause(input: SubjectInput, next: number): boolean {
  const token = input.tokens[next];
  if (!token || next >= input.after[1] + 1) return false;
  const end = input.tokens[input.after[1] - 1]?.end ?? input.folded.length;
  const rest = input.folded.slice(token.start, end);
  if (RELATIVE[input.rules.language].test(rest)) return true;
  return clauseAt(input.folded, token.start, end, input.rules.language)?.kind === "event";
}

const SUBJECT_PRONOUNS = words("i we ich wir je j' yo nosotros ja my");
// A clause about "one", "a cup", "which", "them" names nothing itself: the sentence named it earlier.
const REFERS_BACK: Record<Language, ReadonlySet<string>> = {
  en: words("which that who whom them it"), pl: words("ktora ktore ktory ktorych ktorej ich je go"), de: words("welche welchen den die das sie es"),
  es: words("que quien cual los las"), fr: words("que qui lequel laquelle lesquels les"),
};

/** What a clause asks to record: a known trackable inside it, else its words as an open subject. */
function nameClause(input: SubjectInput, clause: Clause): SubjectResult | undefined {
  const { tokens, lexicon } = input;
  let a = 0;
  while (a < tokens.length && tokens[a]!.start < clause.start) a++;
  let b = a;
  while (b < tokens.length && tokens[b]!.end <= clause.end) b++;
  if (b <= a) return undefined;
  const owned = { possessive: true, others: false, definite: false, blocked: false, clause: clause.kind };
  const hit = pick(lexicon.scan(tokens, false, a, b, input.rules.negationScope === "clause", input.rules.language), tokens);
  if (hit) {
    const result = known(hit, input, { first: a, last: b, content: [], possessive: true, others: false, definite: false, nothing: false });
    return { ...result, ...owned, known: result.known };
  }
  const body = tokens.slice(a, b).filter((t) => !EMPTY.has(t.word) || SUBJECT_PRONOUNS.has(t.word));
  if (body.every((t) => EMPTY.has(t.word) || SUBJECT_PRONOUNS.has(t.word))) return undefined;
  const lead = tokens[a]!.word;
  if (GENERIC_HEADS.has(bare(lead)) || GENERIC_HEADS.has(`${lead}s`) || REFERS_BACK[input.rules.language].has(lead)) return undefined;
  // "How many pages I read": the noun before the verb is the subject.
  const pronoun = body.findIndex((t) => SUBJECT_PRONOUNS.has(t.word));
  const noun = clause.kind === "amount" && pronoun > 0 ? body.slice(0, pronoun).filter((t) => !GENERIC_HEADS.has(bare(t.word))) : [];
  const named = noun.length > 0 ? nameOpenSubject(noun, input.rules.language, false, input.original) : nameOpenSubject(body, input.rules.language, true, input.original);
  if (!named) return undefined;
  const { subject } = named;
  const blocked = BLOCKED.has(subject);
  return { subject, ...(named.fields.length > 0 ? { fields: named.fields } : {}), phrase: input.original.slice(tokens[a]!.start, tokens[b - 1]!.end).toLowerCase(), known: false, ambiguous: false, ...owned, blocked };
}
