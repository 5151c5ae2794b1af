// Extracts what a request wants tracked: the noun phrase after the intent word (or before it,
// in verb-final sentences such as "Ich möchte meinen Kaffeekonsum verfolgen"), named by the
// lexicon's canonical subject when it is a known trackable, else by the user's own words.
import type { Token } from "./fold.js";
import type { Lexicon, SubjectHit } from "./lexicon.js";
import type { LanguageRules } from "./rules.js";
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
}

// Heads that say "how much of something", so the something may come later ("my progress in running").
const GENERIC_HEADS = words("hours minutes days nights godzin godziny minut stunden minuten horas minutos heures minutes nuits glasses cups bottles cans pints mugs shots pieces servings portions szklanek szklanki kubkow filizanek butelek porcji tassen glaser flaschen portionen vasos tazas botellas copas porciones verres tasses bouteilles portions progress amount number intake consumption habits habit levels level stats statistics data history totals total count time times spozycie ilosc konsum verbrauch menge anzahl consumo cantidad numero consommation quantite nombre");
const LINKS = words("of de du des del von");
// Words that are never a subject on their own.
const EMPTY = words("me you him her us them mnie cie go ja nas was mich dich ihn uns euch te lo la nos os moi toi lui nous vous it that this them these those something stuff things thing everything anything all everyday to je to wszystko tego es das alles eso esto todo ca cela tout ce");
// Objects of one-off lookups or other senses of "track"/"follow": not a tracking skill.
const BLOCKED = words("package packages parcel parcels order orders shipment shipments delivery flight flights bus train paczke paczki paczka przesylke przesylki zamowienie lot paket pakete sendung lieferung bestellung flug paquete paquetes envio pedido vuelo colis commande livraison vol phone iphone device laptop keys car telefon handy telefono telephone portable cours formation serie instructions course courses class classes series link url bug bugs issue error errors changes");

function punctuationBetween(folded: string, a: Token, b: Token): boolean {
  return /[,;:()"“”]/.test(folded.slice(a.end, b.start));
}

interface Window { first: number; last: number; content: Token[]; possessive: boolean; others: boolean; definite: boolean }
const DEFINITE = words("the this that these those el la los las este esta ese esa le les l' ce cette ces der die das den dem des dieser diese dieses diesen ten ta to te tego tej");

function window(input: SubjectInput, [from, to]: [number, number]): Window {
  const { tokens, rules, folded } = input;
  let i = from;
  let possessive = false;
  const definite = i < to && DEFINITE.has(tokens[i]!.word);
  const others = i < to && rules.othersPossessives.has(tokens[i]!.word);
  while (i < to && (rules.skip.has(tokens[i]!.word) || rules.possessives.has(tokens[i]!.word))) {
    if (rules.possessives.has(tokens[i]!.word)) possessive = true;
    i++;
  }
  const content: Token[] = [];
  let last = i;
  for (; last < to && content.length < 4; last++) {
    const t = tokens[last]!;
    if (content.length > 0 && punctuationBetween(folded, tokens[last - 1]!, t)) break;
    if (rules.end.has(t.word) || rules.possessives.has(t.word)) break;
    if (rules.skip.has(t.word) && content.length > 0) {
      // "glasses of wine", "estado de ánimo": the phrase goes on after "of".
      if (LINKS.has(t.word)) continue;
      break;
    }
    content.push(t);
  }
  return { first: from, last, content, possessive, others, definite };
}

function known(hit: SubjectHit, input: SubjectInput, w: Window): SubjectResult {
  // The phrase is the user's own word for the subject ("wody", "Kaffeekonsum", "runs").
  const phrase = input.original.slice(hit.start, hit.end).toLowerCase();
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

export function extractSubject(input: SubjectInput): SubjectResult | undefined {
  const { lexicon } = input;
  const own = lexicon.scan(input.tokens, false, input.verb[0], input.verb[1])[0];
  const following = window(input, input.after);
  // A split intent phrase holds its object: "halte meinen Schlaf fest", "behalte X im Auge".
  const inside = window(input, input.inside);
  const holds = inside.possessive || lexicon.scan(input.tokens, false, input.inside[0], input.inside[1]).length > 0;
  const after = following.content.length === 0 && holds ? inside : following;
  if (own) return known(own, input, after);
  // Two tokens of lookahead let a phrase finish ("cukru we krwi"); the hit must start inside.
  const hitAfter = lexicon.scan(input.tokens, false, after.first, Math.min(after.last + 2, input.after[1])).find((h) => h.first < Math.max(after.last, after.first + 1));
  if (hitAfter) return known(hitAfter, input, after);
  const generic = after.content.length === 0 || after.content.some((t) => GENERIC_HEADS.has(t.word));
  const before = window(input, input.before);
  if (generic) {
    const later = lexicon.scan(input.tokens, false, after.last, input.after[1])[0] ?? lexicon.scan(input.tokens, false, input.context[0], input.context[1])[0];
    if (later) return known(later, input, after.content.length > 0 ? after : before);
  }
  // The words before the intent word name the subject only in verb-final sentences.
  const chosen = after.content.length > 0 || input.rules.negationScope !== "clause" ? after : before;
  let content = chosen.content.filter((t) => !EMPTY.has(t.word) && !/^\d+$/.test(t.word));
  // "hours of piano practice" is "piano practice": a measure is not the subject.
  const lead = content.findIndex((t) => !GENERIC_HEADS.has(t.word));
  if (lead > 0) content = content.slice(lead);
  if (content.length === 0) return undefined;
  const blocked = BLOCKED.has(content[0]!.word) || BLOCKED.has(content[content.length - 1]!.word);
  return { subject: phraseOf(input, content), known: false, ambiguous: false, possessive: chosen.possessive, others: chosen.others, definite: chosen.definite, blocked };
}
