// The clause a tracking frame governs when its object is an event or a quantity rather than a
// noun: "note every time I floss", "keep track of how long I practise the cello", "zapisuj,
// ile stron przeczytam", "Halt fest, wann ich die Handtücher wechsle", "anota cada vez que me
// doy una ducha fría", "note combien de temps je joue du violon". Whatever the words, the
// clause says what to record; its kind says which field comes with it (how long → duration,
// how much/many → amount).
import { unflagged } from "./rules.js";
import type { Language } from "./types.js";

export type ClauseKind = "event" | "count" | "duration" | "amount" | "time";

export interface Clause {
  kind: ClauseKind;
  /** Where the clause body starts and ends in the folded text. */
  start: number;
  end: number;
}

// Words that may sit between the frame and the clause: "write it down somewhere for me, when …",
// "zapisuj mi …", "Trag bitte ein, …", "lleva la cuenta de …", "garde une trace de …".
const GLUE: Record<Language, string> = {
  en: "it|that|this|them|down|somewhere|for|me|please|pls|of|about|on|a|note|record|list|log|each day(?! (?:i|that|when|where|on which)\\b)|daily",
  pl: "mi|to|prosze|sobie|o|na|tym|codziennie|kazdego dnia|co dzien",
  de: "bitte|mir|mal|doch|ein|daruber|dazu|auf|mit|fest|es|das|jeden tag(?!,? (?:an dem|wo)\\b)|taglich",
  es: "me|de|sobre|por favor|porfa|lo|la|nota|te|cada dia(?! (?:que|en que|en el que)\\b)|todos los dias",
  fr: "moi|toi|de|d'|stp|svp|s'il te plait|le|la|les|chaque jour(?! (?:ou|que|qu'))|tous les jours",
};

// The introducer of the clause and the kind it gives. Order matters: longer forms first.
const INTRO: Record<Language, [string, ClauseKind][]> = {
  en: [
    ["how many times|how often|how frequently", "count"],
    [
      "(?:the )?(?:days|nights|mornings|evenings) (?:when|that|on which|where|i)|(?:the )?(?:days|nights)(?= without)|(?:each|every) (?:day|night|morning|evening)(?: (?:when|that|on which))?(?= i\\b)",
      "count",
    ],
    ["how long|for how long|how much time|how many (?:hours|minutes)", "duration"],
    // "what I spend on vinyl" is an amount of money like "how much I spend".
    ["how much|how many|what(?= i (?:spend|pay)\\b)", "amount"],
    ["what time|when exactly", "time"],
    ["(?:whether|if)(?= i\\b)", "event"],
    ["every (?:single )?time|each time|whenever|any ?time|every day|the times?|when|each|every", "event"],
  ],
  pl: [
    ["ile razy|jak czesto", "count"],
    [
      "(?:dni|noce|wieczory|poranki),? (?:kiedy|w ktore|gdy)|dni(?= bez)|kazd\\w+ (?:dzien|dnia|noc|wieczor),? (?:kiedy|w ktor\\w+|gdy)",
      "count",
    ],
    ["jak dlugo|ile czasu|ile godzin|ile minut", "duration"],
    ["ile|co(?= (?:\\w+ )?(?:wydaj|placa?)\\w*)", "amount"],
    ["o ktorej", "time"],
    ["czy(?= (?:\\w+ )?\\w+(?:lam|lem|am|em|e)\\b)", "event"],
    [
      "za kazdym razem,? (?:gdy|kiedy|jak)|zawsze,? (?:gdy|kiedy|jak)|kiedy|gdy|kazd\\w+(?! (?:dnia|dzien|tygodnia|wieczor|ranka|rano|nocy|miesiaca)\\b)",
      "event",
    ],
  ],
  de: [
    ["wie oft|wie ha(?:e)?ufig|wie viele male", "count"],
    [
      "(?:die )?(?:tage|nachte|abende|morgen),? (?:an denen|in denen|wo|ohne)|jede[nrs]? (?:tag|nacht|abend|morgen),? (?:an dem|in der|wo)",
      "count",
    ],
    ["wie lange?|wie viel zeit|wie viele stunden", "duration"],
    ["wie ?viele?|was(?= ich (?:\\w+ ){0,3}?(?:ausgebe|bezahle|zahle)\\b)", "amount"],
    ["um wie viel uhr|wann genau", "time"],
    ["ob(?= (?:ich|mein\\w*|unser\\w*)\\b)", "event"],
    [
      "(?:jedes ?mal|immer),? (?:wenn|wann|sobald)|jedes ?mal|wann|wenn|sobald|jede[nrs]?(?! (?:tag|woche|morgen|abend|monat|nacht)\\b)",
      "event",
    ],
  ],
  es: [
    ["cuantas veces|con que frecuencia|cada cuanto|las veces que", "count"],
    [
      "(?:los |las )?(?:dias|noches|mananas|tardes) (?:que|en que|en los que|en las que|sin)|cada (?:dia|noche|manana|tarde) (?:que|en que|en el que)",
      "count",
    ],
    ["cuanto tiempo|cuantas horas|cuantos minutos", "duration"],
    ["cuant[oa]s?|(?:lo )?que(?= (?:me )?(?:gasto|pago)\\b)", "amount"],
    ["a que hora", "time"],
    ["si(?= (?:me|he|hoy|ya|yo)\\b)", "event"],
    [
      "(?:a )?cada vez que|siempre que|cuando|cada(?! (?:dia|semana|noche|manana|mes|lunes|martes|miercoles|jueves|viernes|sabado|domingo)\\b)",
      "event",
    ],
  ],
  fr: [
    ["combien de fois|a quelle frequence|tous les combien", "count"],
    [
      "(?:les |des )?(?:jours|nuits|soirs|matins|fois) (?:ou|sans)|(?:a )?chaque (?:jour|nuit|soir|matin) (?:ou|que|qu')",
      "count",
    ],
    ["combien de temps|combien d'heures|combien de minutes", "duration"],
    ["combien(?: de| d')?|le nombre de|ce que(?= (?:je|j') ?(?:depense|paye|claque)\\b)", "amount"],
    ["a quelle heure", "time"],
    ["si(?= (?:j'|je\\b))", "event"],
    [
      "(?:a )?chaque fois (?:que|qu')|(?:a )?chaque(?! (?:jour|semaine|soir|matin|mois|nuit|lundi)\\b)|quand|lorsque|lorsqu'",
      "event",
    ],
  ],
};

// Where the clause ends: punctuation, or a conjunction that starts another request ("and
// whether it helps", "i czy pomaga", "und wie lange", "y cuánto duran", "et si ça marche").
const PUNCT = String.raw`[,;:.!?()"“”]|\s-+\s|\s[—–]\s`;
const END: Record<Language, RegExp> = {
  en: new RegExp(String.raw`${PUNCT}|\b(?:and|so|because|but|or|then)\b`, "g"),
  pl: new RegExp(String.raw`${PUNCT}|\b(?:i|oraz|bo|ale|albo|czy|zeby|zamiast)\b`, "g"),
  de: new RegExp(String.raw`${PUNCT}|\b(?:und|weil|aber|oder|damit)\b`, "g"),
  es: new RegExp(String.raw`${PUNCT}|\b(?:y|porque|pero|o|para que)\b`, "g"),
  fr: new RegExp(String.raw`${PUNCT}|\b(?:et|parce|mais|ou|car|pour que)\b`, "g"),
};

const COMPILED = new Map<Language, { glue: RegExp; intros: [RegExp, ClauseKind][] }>();

function compiled(language: Language): { glue: RegExp; intros: [RegExp, ClauseKind][] } {
  let c = COMPILED.get(language);
  if (!c) {
    c = {
      glue: new RegExp(`^(?:[\\s,:;¿¡-]|\\b(?:${GLUE[language]})\\b)*`),
      intros: INTRO[language].map(([re, kind]) => [new RegExp(`^(?:${re})(?=[\\s,]|$)[\\s,]*`), kind]),
    };
    COMPILED.set(language, c);
  }
  return c;
}

/** The clause right after `from` (past glue words), if one is introduced there. */
export function clauseAt(folded: string, from: number, to: number, language: Language): Clause | undefined {
  const { glue, intros } = compiled(language);
  const text = folded.slice(from, to);
  const skip = glue.exec(text)?.[0].length ?? 0;
  const rest = text.slice(skip);
  for (const [re, kind] of intros) {
    const m = re.exec(rest);
    if (!m) continue;
    const start = from + skip + m[0].length;
    // "each/every/jede/cada/chaque" alone take a noun: "each glass of water", "każde kiszenie".
    const body = folded.slice(start, to);
    const ending = END[language];
    ending.lastIndex = 0;
    let stop = ending.exec(body);
    // Nothing at the very start ends the clause.
    while (stop && stop.index === 0) stop = ending.exec(body);
    const end = stop ? start + stop.index : to;
    if (end <= start) return undefined;
    return { kind, start, end };
  }
  return undefined;
}

// The wish to know that opens a question said as a statement ("I'd love to know how often I get
// migraines."), after an aside ending in "but" ("this is silly but I want to know how many …").
const ASK_LEAD = new RegExp(
  String.raw`^[\s¿¡]*(?:[^.!?]{0,60}?\b(?:but|mais|pero|aber|ale)\s+)?(?:i(?: want| would like|'d like| wanna|'d love| would love) to (?:know|see)|i(?:'m| am) curious|i wonder|chc\w* (?:wiedziec|zobaczyc)|ciekawi mnie|ich (?:will|mochte|wurde gern|hatte gern) (?:wissen|sehen)|ich hatte gern (?:einen |nen |n )?uberblick|quiero (?:saber|ver)|me gustaria (?:saber|ver)|quisiera saber|je (?:veux|voudrais|aimerais)(?: bien)? (?:savoir|voir)|j'aimerais(?: bien)? (?:savoir|voir)|je me demande)\b[\s,:]*`,
);

/** Whether a sentence opens with the wish to know ("I'd love to know how often …"). */
export const opensWithAsk = (folded: string, from: number, to: number): boolean => ASK_LEAD.test(folded.slice(from, to));

/** A quantity asked before the request and taken up by a pronoun: "ile razy odkurzam? zacznij to
 * liczyć", "wie oft ich staubsauge, bitte mitzählen", "combien de clopes je fume ? note-le". */
export function askedClause(folded: string, from: number, to: number, language: Language): Clause | undefined {
  // "quiero saber cuántas horas juego, ve apuntándolo": the wish to know opens the question.
  const lead = ASK_LEAD.exec(folded.slice(from, to));
  const found = clauseAt(folded, from + (lead?.[0].length ?? 0), to, language);
  if (!found || found.kind === "event" || found.kind === "time") return undefined;
  // "how many times do I crack my knuckles?": the question's auxiliary is not the act.
  const aux = /^(?:do|does|did|have|am)\s+(?=(?:i|we)\b)/.exec(folded.slice(found.start, found.end));
  return aux ? { ...found, start: found.start + aux[0].length } : found;
}

/** A clause opening the sentence before the frame: "every time I descale the kettle, write it down". */
export function leadingClause(folded: string, from: number, to: number, language: Language): Clause | undefined {
  const found = clauseAt(folded, from, to, language);
  return found && found.kind === "event" ? found : undefined;
}

// The user's own act, told as a statement before a request that takes it up with a pronoun or
// with nothing: "changed the bedsheets today, can you keep a record", "started magnesium
// yesterday. pls track it", "Mierzę obwód bicepsa co tydzień, zapisuj", "hab heute die
// Bettwäsche gewechselt, schreib's auf", "limpié la nevera, apúntalo", "j'ai détartré la
// bouilloire, note-le". What opens such a statement, per language: a first-person subject (with
// "going to", "started" and the like, which say when rather than what), or — the way people
// type in chat — the verb alone, which must then look like a verb: an English past or -ing form,
// or a word the glossary knows as a verb (`isVerb`).
const INTERJECTION = String.raw`(?:(?:ok(?:ay)?|so|well|hey|right|yeah|yep|ugh|alright|update|new thing|dobra|no|wiec|also|na|bon|alors|du coup|vale|bueno|pues|oye)\b[\s,:!.-]*)*`;
const EN_PAST =
  "took|did|had|went|ate|drank|ran|swam|got|made|bought|paid|gave|fed|slept|woke|rode|wrote|sent|threw|caught|spent|popped|brought|put|cut|read";
const STATED: Record<Language, { subject: RegExp; bare: RegExp }> = {
  en: {
    subject: new RegExp(
      String.raw`^${INTERJECTION}(?:i(?:'m| am|'ve| have)?\s+)(?:(?:just|finally|now|also|already|really|again)\s+)*(?:(?:going to|gonna|about to|trying to|want to|wanna|will|'ll)\s+)?(?!(?:think|thought|guess|know|knew|mean|feel|felt|hope|believe|need|love|like|hate|want|was|were|am|can|could|would|should|don't|didn't|do|dont|didnt|never|wish|told|said|asked)\b)`,
    ),
    bare: new RegExp(String.raw`^${INTERJECTION}(?:(?:just|finally|also|again)\s+)*(?=(?:\w+ed|\w+ing|${EN_PAST})\b)`),
  },
  pl: {
    subject: new RegExp(
      String.raw`^${INTERJECTION}(?:ja\s+)?(?:(?:dzis|dzisiaj|wczoraj|wlasnie|znowu|juz|od dzis)\s+)*(?:zaczynam|zaczelam|zaczalem|zaczne|bede)\s+`,
    ),
    bare: new RegExp(String.raw`^${INTERJECTION}(?:(?:dzis|dzisiaj|wczoraj|wlasnie|znowu|juz|w koncu)\s+)*`),
  },
  de: {
    subject: new RegExp(
      String.raw`^${INTERJECTION}(?:(?:heute|gerade|endlich|wieder|gestern)\s+)*(?:ich\s+(?:(?:hab(?:e)?|habe|werde|fange)\s+)?|hab(?:e)?\s+)(?!(?:denke|glaube|weiss|frage|will|mochte|muss|kann|hoffe|wunsche|brauche)\b)`,
    ),
    bare: new RegExp(String.raw`^${INTERJECTION}(?:(?:heute|gerade|endlich|wieder|gestern)\s+)*`),
  },
  es: {
    subject: new RegExp(
      String.raw`^${INTERJECTION}(?:yo\s+)?(?:(?:hoy|ayer|ya|por fin|otra vez)\s+)*(?:he\s+|acabo de\s+|empece a\s+|empiezo a\s+|voy a\s+(?:empezar a\s+)?)`,
    ),
    bare: new RegExp(String.raw`^${INTERJECTION}(?:(?:hoy|ayer|ya|por fin|otra vez)\s+)*`),
  },
  fr: {
    subject: new RegExp(
      String.raw`^${INTERJECTION}(?:(?:aujourd'hui|hier|enfin|encore)\s+)*(?:j'ai\s+|je\s+(?:viens d[e']\s*|vais\s+|commence a\s+|me suis\s+)?|j'(?=\w))(?!(?:pense|crois|sais|veux|voudrais|aimerais|dois|peux|me demande|espere)\b)`,
    ),
    bare: new RegExp(String.raw`^${INTERJECTION}(?:(?:aujourd'hui|hier|enfin|encore)\s+)*`),
  },
};

const EN_FORGOTTEN =
  /^(?:(?:keep|always|never|often)\s+)?(?:forget(?:ting)?|forgot|remember(?:ing)?|wonder(?:ing)?|lose track of|losing track of)\s+(?:when|whether|if|how often)\s+(?:i\s+)?(?:(?:last|first)\s+)?/;

const EN_MENTAL = /^(?:(?:keep|always|never|often)\s+)?(?:forget|forgot|forgetting|remember|wonder|wondering)\b/;

// How often or since when an act happens is not part of it: "nosebleeds all the time lately".
const OFTEN: Record<Language, RegExp> = {
  en: /\b(?:all the time|lately|these days|at the moment|recently|again and again|over and over)\b/,
  pl: /\b(?:ciagle|ostatnio|caly czas|w kolko|non stop)\b/,
  de: /\b(?:standig|dauernd|in letzter zeit|immer wieder|andauernd)\b/,
  es: /\b(?:todo el rato|todo el tiempo|ultimamente|estos dias|a cada rato)\b/,
  fr: /\b(?:tout le temps|tt le temps|en ce moment|ces temps-ci|ces derniers temps|sans arret)\b/,
};

/** The user's own act told in `[from, to)` before a request that takes it up ("cleaned the fridge, log it"). */
export function statedAct(
  folded: string,
  from: number,
  to: number,
  language: Language,
  isVerb: (word: string) => boolean,
  frames: RegExp,
): Clause | undefined {
  const text = folded.slice(from, to);
  const lead = /^[\s,.!¿¡-]*/.exec(text)![0].length;
  const rest = text.slice(lead);
  const { subject, bare } = STATED[language];
  let open = subject.exec(rest);
  if (!open) {
    const b = bare.exec(rest);
    // Without a subject the first word must itself be a verb ("cleaned", "odkurzyłam", "limpié").
    const word = b ? /^[\w']+/.exec(rest.slice(b[0].length))?.[0] : undefined;
    if (!b || !word || (language !== "en" && !isVerb(word))) return undefined;
    open = b;
  }
  let start = from + lead + open[0].length;
  // "I keep forgetting when I last changed the bedsheets": the act is the one forgotten.
  const inner = language === "en" ? EN_FORGOTTEN.exec(folded.slice(start, to)) : null;
  if (inner) start += inner[0].length;
  else if (language === "en" && EN_MENTAL.test(folded.slice(start, to))) return undefined;
  const body = folded.slice(start, to);
  // The act ends at the first clause break, or where the request's own frame begins.
  const ending = END[language];
  ending.lastIndex = 0;
  let stop = ending.exec(body);
  while (stop && stop.index === 0) stop = ending.exec(body);
  const frame = unflagged(frames).exec(body);
  const often = OFTEN[language].exec(body);
  const ends = [
    stop?.index,
    frame && frame.index > 0 ? frame.index : undefined,
    often && often.index > 0 ? often.index : undefined,
  ].filter((n): n is number => n !== undefined);
  const end = start + (ends.length > 0 ? Math.min(...ends) : body.length);
  return end > start && /\w/.test(folded.slice(start, end)) ? { kind: "event", start, end } : undefined;
}
