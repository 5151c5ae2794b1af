// Units, rating scales and fields named in a request ("in km", "on a scale of 1 to 10",
// "systolic and diastolic", "by category"), in any supported language, as canonical values.
import type { Scale } from "./types.js";

const UNITS: [RegExp, string][] = [
  [/^(?:km|kms|kilomet\w*|kilometr\w*)$/, "km"],
  [/^(?:miles?|mi)$/, "mi"],
  [/^(?:ml|millilit\w*|mililit\w*)$/, "ml"],
  [/^(?:lit(?:er|re|ro|r)\w*|liters?|litres?)$/, "l"],
  [/^(?:kg|kgs|kilo|kilos|kilogram\w*)$/, "kg"],
  [/^(?:pounds?|lbs?|funt\w*|pfund|libras?|livres)$/, "lb"],
  [/^(?:min|mins|minut\w*)$/, "min"],
  [/^(?:hours?|hrs?|godzin\w*|stunden?|horas?|heures?)$/, "h"],
  [/^(?:cups?|tass\w*|tazas?|filizank\w*|kubk\w*)$/, "cups"],
  [/^(?:glass(?:es)?|szklan\w*|glas|glasern|vasos?|verres?)$/, "glasses"],
  [/^(?:kcal|calories|kalori\w*|calorias)$/, "kcal"],
  [/^(?:steps|krokach|schritten|pasos)$/, "steps"],
  [/^(?:euros?|eur)$/, "EUR"],
  [/^(?:dollars?|usd|dolar\w*)$/, "USD"],
  [/^(?:zlot\w*|pln|zl)$/, "PLN"],
  [/^mmhg$/, "mmHg"],
  [/^bpm$/, "bpm"],
  [/^(?:grams?|gram\w*|gramos?|grammes?)$/, "g"],
  [/^(?:meters?|metres?|metr\w*|metern?)$/, "m"],
  [/^(?:pages?|stron\w*|seiten?|paginas?)$/, "pages"],
  [/^(?:servings?|porcj\w*|portion\w*|porcion\w*)$/, "servings"],
  [/^(?:units?|jednost\w*|einheiten|unidades|unites)$/, "units"],
];
const UNIT_TRIGGER = /\b(?:in|w|we|en|im|per|measured in|as)\s+(?:the\s+|den\s+|der\s+)?([a-z$€]+)/g;

const COMPOUND_UNITS: [RegExp, string][] = [
  [/\bmg\/dl\b/, "mg/dL"],
  [/\bmmol\/l\b/, "mmol/L"],
  [/\bmmhg\b/, "mmHg"],
];

export function findUnit(folded: string): string | undefined {
  for (const [re, unit] of COMPOUND_UNITS) if (re.test(folded)) return unit;
  UNIT_TRIGGER.lastIndex = 0;
  for (let m = UNIT_TRIGGER.exec(folded); m; m = UNIT_TRIGGER.exec(folded)) {
    const word = m[1]!;
    for (const [re, unit] of UNITS) if (re.test(word)) return unit;
  }
  return undefined;
}

const SCALE_WORD =
  /\b(?:severity|intensity|level|stars|points|punkt\w*|stufe|nivel|niveau|intensit\w*|valor\w*|score|scale|skal\w*|escala|echelle|rate|rating|ocen\w*|bewert\w*|punt\w*|not(?:e|er|ant)|calific\w*|evalu\w*|sur|out of|na)\b/;
const RANGE = /\b(?:from|od|von|del?|entre|of|z)?\s*(\d{1,3})\s*(?:to|do|bis|al?|y|et|-|–|\.\.)\s*(\d{1,3})\b/;
const OUT_OF = /\b(?:out of|sur|na|von)\s+(\d{1,3})\b/;

export function findScale(folded: string): Scale | undefined {
  if (!SCALE_WORD.test(folded)) return undefined;
  const range = RANGE.exec(folded);
  if (range) {
    const min = Number(range[1]);
    const max = Number(range[2]);
    if (min < max && min <= 1 && max <= 100) return { min, max };
  }
  const outOf = OUT_OF.exec(folded);
  if (outOf && Number(outOf[1]) >= 3 && Number(outOf[1]) <= 100) return { min: 1, max: Number(outOf[1]) };
  return undefined;
}

/**
 * A rating range said without a scale word ("my knee pain 1-10", "Laune von 1 bis 10", "de 0 à
 * 5"): trusted only where the text is known to describe a tracker, since in chat "2-3 cups" or
 * "1 to 2 hours" are amounts. It must start at 0 or 1 and end at 3 or more.
 */
export function findBareScale(folded: string): Scale | undefined {
  const scale = findScale(folded);
  if (scale) return scale;
  const range = RANGE.exec(folded);
  if (!range) return undefined;
  const min = Number(range[1]);
  const max = Number(range[2]);
  // "1 to 2 hours", "0-5 km": a unit after the range makes it an amount.
  const after = folded.slice(range.index + range[0].length);
  if (findUnit(`in${after.slice(0, 12)}`) || /^\s*(?:x|times|razy|mal|veces|fois)\b/.test(after)) return undefined;
  return min <= 1 && max >= 3 && max <= 100 ? { min, max } : undefined;
}

// Field words that mean a field wherever they appear after the intent word.
const PLAIN: [RegExp, string][] = [
  [/^(?:systolic|skurczowe\w*|systolisch\w*|sistolic\w*|systolique)$/, "systolic"],
  [/^(?:diastolic|rozkurczowe\w*|diastolisch\w*|diastolic\w*|diastolique)$/, "diastolic"],
  [/^(?:categor\w*|kategori\w*)$/, "category"],
  [/^(?:distance|dystans\w*|distanz|distancia)$/, "distance"],
  [/^(?:pace|ritmo)$/, "pace"],
  [/^(?:duration|dauer|duracion|duree)$/, "duration"],
];
// Field words that are ordinary words too: they count only after "with", "by", "including", ….
const AFTER_TRIGGER: [RegExp, string][] = [
  [/^(?:notes?|notatk\w*|notiz\w*|notas|comments?|komentarz\w*|kommentar\w*|comentarios?|commentaires?)$/, "notes"],
  [/^(?:czas|time|zeit|tiempo|temps)$/, "duration"],
  [/^(?:odleglos\w*|entfernung)$/, "distance"],
  [/^tempo$/, "pace"],
  [/^(?:amount|kwot\w*|betrag|cantidad|montant)$/, "amount"],
  [/^(?:dose|dosage|dawk\w*|dosis|dosierung)$/, "dose"],
  [/^(?:pulse|puls|pulso|tetno)$/, "pulse"],
  [/^(?:location|place|miejsc\w*|ort|lugar|lieu)$/, "location"],
  [/^(?:date|data|datum|fecha)$/, "date"],
  [/^(?:type|typ|rodzaj\w*|art|tipo)$/, "type"],
  [/^(?:severity|nasileni\w*|schweregrad|gravedad|gravite)$/, "severity"],
  [/^(?:photos?|zdjec\w*|zdjecie|fotos?|photos?)$/, "photo"],
  [/^(?:mood|nastroj\w*|stimmung|animo|humeur)$/, "mood"],
  [/^(?:intensity|intensywnos\w*|intensitat|intensidad|intensite)$/, "intensity"],
];
const TRIGGER = new Set(
  "with including by per plus and z ze wraz wedlug wg po oraz i mit nach und inklusive sowie con por incluyendo y avec par et inclus ainsi".split(
    " ",
  ),
);

// Each table as one pattern: most words are no field word, and one test says so instead of twenty.
const anyOf = (table: [RegExp, string][]) => new RegExp(table.map(([re]) => `(?:${re.source})`).join("|"));
const ANY_PLAIN = anyOf(PLAIN);
const ANY_AFTER_TRIGGER = anyOf(AFTER_TRIGGER);

export function findFields(tokens: readonly string[]): string[] {
  const fields: string[] = [];
  let sinceTrigger = 99;
  for (const word of tokens) {
    if (TRIGGER.has(word)) {
      sinceTrigger = 0;
      continue;
    }
    sinceTrigger++;
    let field: string | undefined;
    if (ANY_PLAIN.test(word)) for (const [re, name] of PLAIN) if (re.test(word)) field = name;
    if (!field && sinceTrigger <= 3 && ANY_AFTER_TRIGGER.test(word))
      for (const [re, name] of AFTER_TRIGGER) if (re.test(word)) field = name;
    if (field && !fields.includes(field)) fields.push(field);
  }
  return fields;
}

// Fields a request asks for in passing, in any supported language: "with the dose", "and whether
// it helps", "how bad", "what set it off", "and for how long", "with the species".
const CUES: [RegExp, string][] = [
  [
    /\b(?:how long|for how long|how many (?:days|hours) (?:it|they) lasts?|jak dlugo|czas trwania|ile (?:dni|godzin) trwa\w*|wie lange|dauer|wie viele (?:tage|stunden) (?:es|sie) dauer\w*|cuant\w+ (?:dias|horas|minutos) dura\w*|combien de (?:jours|heures) (?:ca|elle|il|elles|ils) dure\w*|cuanto (?:tiempo )?dura\w*|cuanto tiempo|duracion|combien de temps|la duree|duration)\b/,
    "duration",
  ],
  [
    /\b(?:dose|doses|dosage|dawk\w*|dosis|dosierung|how many mg|mg|mcg|mikrogram\w*|jednost\w*|units|unidades|unites|inhalaciones|inhalations?|puffs|einheiten)\b/,
    "dose",
  ],
  [
    /\b(?:whether (?:it|they|that|this) (?:\w+ )?(?:helps?|helped|works?|worked|did anything)|if (?:they|it) (?:help|helped|work|worked)|czy (?:w ogole |to |mi )?(?:pomogl\w*|zadzial\w*|podzial\w*)|ob (?:es|sie|das) (?:\w+ )?(?:wirkt|wirken|hilft|helfen|geholfen|gewirkt)|si (?:me |le )?(?:hacen efecto|funcionan|ayudan|sirven)|si (?:ca|cela|il|elle) (?:\w+ )?(?:fait effet|agit|a marche)|if it(?:'s| is)? (?:\w+ )?(?:helps|helped|works|worked|doing anything)|czy (?:w ogole |to )?(?:pomaga|pomoglo|dziala)|ob(?:'s| es)? (?:\w+ )?(?:gebracht|hilft|geholfen|wirkt)|si (?:me |le )?(?:hace efecto|funciona|ayuda|sirve)|si (?:ca|cela) (?:\w+ )?(?:marche|soulage|aide|fonctionne)|m'a soulage)\b/,
    "effect",
  ],
  [
    /\b(?:how (?:bad|severe|strong|intense)|jak (?:mocno|bardzo|silny|silne)|nasileni\w*|wie (?:schlimm|stark)|starke|que tan (?:fuerte|intenso)|intensidad|gravedad|intensite|gravite|severity|intensity)\b/,
    "severity",
  ],
  [
    /\b(?:what (?:i think )?(?:set|sets|triggered|triggers|caused|causes)|triggers?|co (?:je |go )?(?:wywol\w*|powod\w*)|ausgelost|auslos\w*|desencaden\w*|declench\w*)\b/,
    "trigger",
  ],
  [
    /\b(?:what i (?:ate|eat|had) before|how i feel|was ich (?:\w+ )?(?:gegessen|finde|gefunden)|que comi|como me siento|comment je me sens|jak sie czuje|notes?|comments?)\b/,
    "notes",
  ],
  [/\b(?:species|gatunk\w*|especies?|especes?|what kind|jaki rodzaj|rodzaj\w*|sorte|co kisze)\b/, "category"],
  [/\b(?:laps|dlugosci|basenow|bahnen|largos|longueurs)\b/, "laps"],
  [
    /\b(?:strecke|distanz|kilometr\w*|kilomet\w*|miles|how far|wie weit|jak daleko|que distancia|hasta donde|quelle distance|la distance)\b/,
    "distance",
  ],
  [/\b(?:result|results|wynik\w*|ergebnis\w*|resultados?|resultats?)\b/, "result"],
  [
    /\b(?:(?:when|what time) i (?:go to bed|fall asleep)|o ktorej (?:sie )?klad\w*|wann ich (?:ins bett|schlafen) geh\w*|a que hora me acuesto|a quelle heure je me couche)\b/,
    "bedtime",
  ],
  [
    /\b(?:(?:when|what time) i (?:wake|get) up|o ktorej wstaj\w*|wann ich aufsteh\w*|a que hora me levanto|a quelle heure je me leve)\b/,
    "wake_time",
  ],
  [/\b(?:ile (?:sloikow|sztuk)|how many (?:jars|pieces))\b/, "amount"],
];

const ANY_CUE = anyOf(CUES);

/** Fields asked for in passing in a folded request, in the order of the table. */
export function findCueFields(folded: string): string[] {
  const out: string[] = [];
  if (!ANY_CUE.test(folded)) return out;
  for (const [re, field] of CUES) if (re.test(folded)) out.push(field);
  return out;
}
