// Units, rating scales and fields named in a request ("in km", "on a scale of 1 to 10",
// "systolic and diastolic", "by category"), in any supported language, as canonical values.
import type { Scale } from "./types.js";

const UNITS: [RegExp, string][] = [
  [/^(?:km|kms|kilomet\w*|kilometr\w*)$/, "km"], [/^(?:miles?|mi)$/, "mi"], [/^(?:ml|millilit\w*|mililit\w*)$/, "ml"],
  [/^(?:lit(?:er|re|ro|r)\w*|liters?|litres?)$/, "l"], [/^(?:kg|kgs|kilo|kilos|kilogram\w*)$/, "kg"], [/^(?:pounds?|lbs?|funt\w*|pfund|libras?|livres)$/, "lb"],
  [/^(?:min|mins|minut\w*)$/, "min"], [/^(?:hours?|hrs?|godzin\w*|stunden?|horas?|heures?)$/, "h"], [/^(?:cups?|tass\w*|tazas?|filizank\w*|kubk\w*)$/, "cups"],
  [/^(?:glass(?:es)?|szklan\w*|glas|glasern|vasos?|verres?)$/, "glasses"], [/^(?:kcal|calories|kalori\w*|calorias)$/, "kcal"],
  [/^(?:steps|krokach|schritten|pasos)$/, "steps"], [/^(?:euros?|eur)$/, "EUR"], [/^(?:dollars?|usd|dolar\w*)$/, "USD"], [/^(?:zlot\w*|pln|zl)$/, "PLN"],
  [/^mmhg$/, "mmHg"], [/^bpm$/, "bpm"], [/^(?:grams?|gram\w*|gramos?|grammes?)$/, "g"], [/^(?:meters?|metres?|metr\w*|metern?)$/, "m"],
  [/^(?:pages?|stron\w*|seiten?|paginas?)$/, "pages"], [/^(?:servings?|porcj\w*|portion\w*|porcion\w*)$/, "servings"], [/^(?:units?|jednost\w*|einheiten|unidades|unites)$/, "units"],
];
const UNIT_TRIGGER = /\b(?:in|w|we|en|im|per|measured in|as)\s+(?:the\s+|den\s+|der\s+)?([a-z$€]+)/g;

const COMPOUND_UNITS: [RegExp, string][] = [[/\bmg\/dl\b/, "mg/dL"], [/\bmmol\/l\b/, "mmol/L"], [/\bmmhg\b/, "mmHg"]];

export function findUnit(folded: string): string | undefined {
  for (const [re, unit] of COMPOUND_UNITS) if (re.test(folded)) return unit;
  UNIT_TRIGGER.lastIndex = 0;
  for (let m = UNIT_TRIGGER.exec(folded); m; m = UNIT_TRIGGER.exec(folded)) {
    const word = m[1]!;
    for (const [re, unit] of UNITS) if (re.test(word)) return unit;
  }
  return undefined;
}

const SCALE_WORD = /\b(?:severity|intensity|level|stars|points|punkt\w*|stufe|nivel|niveau|intensit\w*|valor\w*|score|scale|skal\w*|escala|echelle|rate|rating|ocen\w*|bewert\w*|punt\w*|not(?:e|er|ant)|calific\w*|evalu\w*|sur|out of|na)\b/;
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

// Field words that mean a field wherever they appear after the intent word.
const PLAIN: [RegExp, string][] = [
  [/^(?:systolic|skurczowe\w*|systolisch\w*|sistolic\w*|systolique)$/, "systolic"], [/^(?:diastolic|rozkurczowe\w*|diastolisch\w*|diastolic\w*|diastolique)$/, "diastolic"],
  [/^(?:categor\w*|kategori\w*)$/, "category"], [/^(?:distance|dystans\w*|distanz|distancia)$/, "distance"], [/^(?:pace|ritmo)$/, "pace"],
  [/^(?:duration|dauer|duracion|duree)$/, "duration"],
];
// Field words that are ordinary words too: they count only after "with", "by", "including", ….
const AFTER_TRIGGER: [RegExp, string][] = [
  [/^(?:notes?|notatk\w*|notiz\w*|notas|comments?|komentarz\w*|kommentar\w*|comentarios?|commentaires?)$/, "notes"],
  [/^(?:czas|time|zeit|tiempo|temps)$/, "duration"], [/^(?:odleglos\w*|entfernung)$/, "distance"], [/^tempo$/, "pace"], [/^(?:amount|kwot\w*|betrag|cantidad|montant)$/, "amount"], [/^(?:dose|dosage|dawk\w*|dosis|dosierung)$/, "dose"],
  [/^(?:pulse|puls|pulso|tetno)$/, "pulse"], [/^(?:location|place|miejsc\w*|ort|lugar|lieu)$/, "location"], [/^(?:date|data|datum|fecha)$/, "date"],
  [/^(?:type|typ|rodzaj\w*|art|tipo)$/, "type"], [/^(?:severity|nasileni\w*|schweregrad|gravedad|gravite)$/, "severity"],
  [/^(?:photos?|zdjec\w*|zdjecie|fotos?|photos?)$/, "photo"], [/^(?:mood|nastroj\w*|stimmung|animo|humeur)$/, "mood"], [/^(?:intensity|intensywnos\w*|intensitat|intensidad|intensite)$/, "intensity"],
];
const TRIGGER = new Set("with including by per plus and z ze wraz wedlug wg po oraz i mit nach und inklusive sowie con por incluyendo y avec par et inclus ainsi".split(" "));

export function findFields(tokens: readonly string[]): string[] {
  const fields: string[] = [];
  let sinceTrigger = 99;
  for (const word of tokens) {
    if (TRIGGER.has(word)) { sinceTrigger = 0; continue; }
    sinceTrigger++;
    let field: string | undefined;
    for (const [re, name] of PLAIN) if (re.test(word)) field = name;
    if (!field && sinceTrigger <= 3) for (const [re, name] of AFTER_TRIGGER) if (re.test(word)) field = name;
    if (field && !fields.includes(field)) fields.push(field);
  }
  return fields;
}
