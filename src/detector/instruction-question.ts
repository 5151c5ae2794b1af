// Questions typed into a generate box. "who takes out the trash", "what kind of poop the dog
// does (normal/soft/runny)", "wie gut Oma gegessen hat, 1 bis 5", "est-ce que j'ai fait mes
// exos": a wh- or yes/no question about the user's own life (the user, a person of the
// household, a pet) asks what to record each time, and names the field it needs. A question
// about the world ("what's the weather", "ile kosztuje bitcoin", "qui est le président") asks
// for an answer, and is refused. Tables on folded text (lowercase, no diacritics).
import { DEGREE_LEAD } from "./degree.js";
import { findBareScale } from "./qualifiers.js";
import type { Language } from "./types.js";

/** What a question about the user's life asks to record: a person, a kind, a rating, or whether it was done. */
export type LifeQuestionKind = "who" | "kind" | "how-well" | "whether";

/** Lead-ins of a question, per language, with what they ask; tried in order, the first match wins. */
const LEADS: Record<Language, [kind: LifeQuestionKind, lead: RegExp][]> = {
  en: [
    ["who", /^who\b/],
    ["kind", /^(?:what|which) (?:kinds?|types?|sorts?) of\b|^(?:which|what)\b/],
    // "how itchy", "how crispy", "how bad": a degree (degree.ts).
    ["how-well", DEGREE_LEAD.en!],
    // The marker only: "did i floss" reads on as the clause "i floss".
    ["whether", /^(?:whether\b|if(?= (?:i|we)\b)|(?:did|have|do)(?= (?:i|we)\b))/],
  ],
  pl: [
    ["who", /^kto\b/],
    ["kind", /^(?:jaki|jaka|jakie|jakiego|jakich|ktory|ktora|ktore|co)(?: (?:rodzaj|typ)\w*)?\b/],
    ["how-well", /^jak (?:dobrze|zle|bardzo|mocno)\b/],
    ["whether", /^czy\b/],
  ],
  de: [
    ["who", /^wer\b/],
    ["kind", /^(?:(?:mit|womit) )?(?:was fur(?: \w+)?|welche\w*|was)\b/],
    ["how-well", DEGREE_LEAD.de!],
    ["whether", /^(?:ob\b|(?:hab|habe|bin)(?= ich\b))/],
  ],
  es: [
    ["who", /^quien(?:es)?\b/],
    // "qué tan fuerte me duele", "cómo de bien duermo": a rating of what follows.
    ["how-well", /^(?:(?:que tan|como de|cuan) \w+|como (?:bien|mal))\b/],
    ["kind", /^(?:que (?:tipo|clase) de|que|cual(?:es)?)\b/],
    ["whether", /^si\b/],
  ],
  fr: [
    ["who", /^qui\b/],
    ["kind", /^(?:quel(?:le)?s? (?:type|genre|sorte)s? d(?:e |')|quel(?:le)?s?\b|qu'est-ce que\b|qu'est-ce qu')/],
    ["how-well", /^(?:a quel point|comment)\b/],
    ["whether", /^(?:est-ce que|est-ce qu'|si (?=j'|je\b))/],
  ],
};

/** The user, in words that cannot be another person's: "I", "my", "ja", "mein", "yo", "mes". */
const USER: Record<Language, RegExp> = {
  en: /\b(?:i|i'm|i've|me|my|we|our|us)\b/,
  pl: /\b(?:ja|mi|mnie|moj\w*|moi\w*|my|nasz\w*|sobie)\b/,
  de: /\b(?:ich|mir|mich|mein\w*|wir|uns|unser\w*)\b/,
  es: /\b(?:yo|me|mi|mis|nos|nuestr\w*)\b/,
  fr: /\b(?:je|j'|moi|me|m'|mon|ma|mes|nous|nos|notre)|\bj'/,
};

/** People of the household and pets, any language: "the dog", "Oma", "mi hija", "la copine". */
const HOUSEHOLD =
  /\b(?:dogs?|cats?|pupp(?:y|ies)|kittens?|wife|husband|partner|sons?|daughters?|kids?|baby|mom|mum|dad|grandma|grandpa|granny|boyfriend|girlfriend|pies|psa|psem|kot|kota|kotka|zona|zony|maz|meza|syn|syna|corka|corki|dzieci|dziecko|mama|tata|babcia|dziadek|hund|hundin|katze|kater|frau|mann|sohn|tochter|kind|kinder|papa|oma|opa|freundin|perr[oa]s?|gat[oa]s?|esposa|marido|hij[oa]s?|nin[oa]s?|papa|abuel[oa]|bebe|novi[oa]|chien(?:ne)?|chat(?:te)?|femme|mari|fils|fille|enfants?|maman|mamie|papi|copain|copine)\b/;

/** Choices listed for the answer: "(normal/soft/runny)", "– ja, Kuba czy Ola", ": súper, bares, gasolina". */
const OPTIONS = /\([^()]*[,/][^()]*\)|[-:]\s+[^,.;]+(?:,\s*[^,.;]+)+|\b\w+,\s*\w+,?\s+(?:or|czy|albo|lub|oder|o|ou)\s+\w+/;

/**
 * Marks of a question about the world, after a question word: a copula straight after it ("what
 * is", "kto jest", "wer ist", "quién es", "qui est"), or a topic nobody records for themselves
 * (prices, weather, the time, capitals, inventions).
 */
const WORLD: Record<Language, RegExp> = {
  en: /^(?:who|what|which|where|when|how)(?:'s| is| are| was| were)\b|\b(?:cost|costs|price|weather|rain|snow|capital|president|invent\w*|won|wrote|time is it)\b/,
  pl: /^(?:kto|co|jaki|jaka|jakie|ktory|ktora|gdzie|kiedy) (?:jest|sa|to jest|bylo|byl)\b|\b(?:kosztuj\w*|cena|ceny|pogod\w*|padac|pada|deszcz|snieg|stolic\w*|prezydent\w*|wynalaz\w*|wygral\w*|napisal\w*|godzina)\b/,
  de: /^(?:wer|was|welche\w*|wo|wann|wie) (?:ist|sind|war|waren)\b|\b(?:kostet|kosten|preis|wetter|regnen|regnet|schnee|hauptstadt|prasident\w*|erfunden|gewonnen|geschrieben|uhr ist|spat)\b/,
  es: /^(?:quien|que|cual|donde|cuando|como) (?:es|son|era|fue|esta)\b|\b(?:cuesta|cuestan|precio|clima|llover|llovera|llueve|nieve|capital|presidente|invento|gano|escribio|hora es)\b/,
  fr: /^(?:qui|quel\w*|ou|quand|comment) (?:est|sont|etait|c'est)\b|\b(?:coute|coutent|prix|meteo|pleuvoir|pleut|neige|capitale|president|invente|gagne|ecrit|heure est|temps fait)\b/,
};

/** Asking for advice is a question even about oneself: "which wine goes with fish", "welcher Hund passt zu mir". */
const ADVICE: Record<Language, RegExp> = {
  en: /\b(?:should|goes with|go with|suits?|best|recommend\w*)\b/,
  pl: /\b(?:powinienem|powinnam|pasuje|najlepsz\w*|polec\w*)\b/,
  de: /\b(?:sollte|soll|passt|beste\w*|empfiehl\w*)\b/,
  es: /\b(?:deberia|debo|va con|van con|mejor|recomiend\w*)\b/,
  fr: /\b(?:devrais|dois|va avec|vont avec|meilleur\w*|conseill\w*|recommand\w*)\b/,
};

/** Openings that make the text a question at all (wh-words, yes/no markers, "how much"). */
const QUESTION_START: Record<Language, RegExp> = {
  en: /^(?:who|what|which|where|when|why|how|is|are|was|does|do|did|will|can)\b/,
  pl: /^(?:kto|co|jaki\w*|ktor\w*|gdzie|kiedy|dlaczego|jak|ile|czy)\b/,
  de: /^(?:wer|was|welche\w*|wo|wann|warum|wie|ob|ist|wird|gibt)\b/,
  es: /^(?:quien\w*|que|cual\w*|donde|cuando|por que|como|cuant\w*|es|hay|va)\b/,
  fr: /^(?:qui|que|qu'|quel\w*|ou|quand|pourquoi|comment|combien|est-ce)\b/,
};

const OF_KIND = /\b(?:kinds?|types?|sorts?|rodzaj\w*|typ\w*|art|tipo|clase|genre|sorte)\b/;

export interface QuestionReading {
  kind: LifeQuestionKind | undefined;
  /** Where the question starts. */
  at: number;
  /** The lead-in names a kind ("what kind of", "quel type de"): the noun after it is what to record. */
  ofKind: boolean;
  /** Length of the lead-in, to step over when the question is about the user's life. */
  lead: number;
  /** The user, a person of the household, a pet, listed answers or a rating scale say it is about the user's life. */
  aboutLife: boolean;
  /** It asks about the world: refused, whatever the subject machinery finds. */
  world: boolean;
}

/** How the description starting at `from` reads as a question, or undefined when it is none. */
export function readQuestion(folded: string, from: number, language: Language): QuestionReading | undefined {
  const text = folded.slice(from);
  if (!QUESTION_START[language].test(text) && !LEADS[language].some(([, re]) => re.test(text))) return undefined;
  const user = USER[language].test(text);
  const aboutLife = user || HOUSEHOLD.test(text) || OPTIONS.test(text) || findBareScale(text) !== undefined;
  const world = (!user && WORLD[language].test(text)) || ADVICE[language].test(text);
  for (const [kind, re] of LEADS[language]) {
    const m = re.exec(text);
    if (m) return { kind, at: from, lead: m[0].length, ofKind: OF_KIND.test(m[0]), aboutLife, world };
  }
  return { kind: undefined, at: from, lead: 0, ofKind: false, aboutLife, world };
}

/** The fields a question about the user's life asks for: who did it, which kind it was. */
export function questionFields(kind: LifeQuestionKind | undefined): string[] {
  return kind === "who" ? ["person"] : kind === "kind" ? ["kind"] : [];
}
