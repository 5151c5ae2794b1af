// A change to a skill the offline generator wrote, read from the user's words: "also track the time
// of day", "dodaj też markę", "auch den Ort und ob es geholfen hat", "añade el precio en euros".
// The answer is the fields to add. Every added field is optional, so the rows already stored and
// the calls already written stay valid: the next version keeps the slug, the collection and every
// existing field, and only grows. Field names are `[a-z][a-z0-9_]*`, from the table below or from
// the user's words (English, or transliterated); like every user word they reach the code only as
// JSON-escaped literals (runtime.ts).
import { CURRENCY_CUES, NUMERIC_FIELD_CUES, TIME_UNITS, UNIT_CUES } from "./cues.js";
import { numericField, textExtra, type FieldDef } from "./fields.js";
import { fold } from "./naming.js";
import type { Plan } from "./plan.js";

/** English for one folded word of the request (the detector's glossary), or the word itself. */
export type English = (word: string) => string;
const same: English = (word) => word;

export type AmendmentRead = { ok: true; fields: FieldDef[] } | { ok: false; message: string };

const MAX_NAME = 40;
const MAX_ADDED = 8;
/**
 * Row keys the template writes itself, param names it reads itself, and names every plain object
 * already has (an absent optional `constructor` param would read as Object's own function).
 */
const RESERVED = new Set(["logged_at", "day", "unit", "deleted", "deleted_at", "at", "id", "constructor", "prototype"]);

/** The user's words for a description: letters, digits, spaces and apostrophes only ("__proto__" → "proto"). */
const plainWords = (text: string) =>
  text
    .replace(/[^\p{L}\p{N}\s'’-]/gu, " ")
    .replace(/\s+/g, " ")
    .trim();

const text = (name: string, description: string, maxLength = 1000): FieldDef => ({
  name,
  kind: "text",
  description,
  required: false,
  maxLength,
});
const scale = (name: string, description: string, min = 1, max = 10): FieldDef => ({
  name,
  kind: "integer",
  description: `${description} (${min}–${max})`,
  required: false,
  min,
  max,
});
const flag = (name: string, description: string): FieldDef => ({ name, kind: "boolean", description, required: false });

/**
 * Things people ask to record beside an entry, in en, pl, de, es and fr (folded text). The first
 * that matches an item names its field; the order puts longer, more specific phrases first.
 */
const KNOWN: readonly { cue: RegExp; field: (unit: string | undefined) => FieldDef }[] = [
  {
    cue: /\btime of (?:the )?day\b|\bpor[aey] dnia\b|\bporze dnia\b|\btageszeit\b|\bhora del dia\b|\bmomento del dia\b|\bmoment de la journee\b/,
    field: () => textExtra("time_of_day"),
  },
  {
    cue: /\bside effects?\b|\bskutk\w* uboczn\w*|\bnebenwirkung\w*|\befectos? secundarios?\b|\beffets? secondaires?\b/,
    field: () => text("side_effects", "Side effects noticed"),
  },
  {
    cue: /\b(?:whether|if) it (?:helped|worked)\b|\bdid it help\b|\bczy (?:to )?pomog\w*|\bob es (?:geholfen|gewirkt)\b|\bsi (?:me )?(?:ayudo|funciono|sirvio)\b|\bsi (?:ca|cela) (?:m'a |a )?(?:aide|marche|fonctionne)\b/,
    field: () => flag("helped", "Whether it helped"),
  },
  {
    cue: /\bwith whom\b|\bwho (?:i was |i'm )?with\b|\bcompany\b|\bz kim\b|\bmit wem\b|\bcon quien\b|\bavec qui\b/,
    field: () => text("company", "Who you were with", 200),
  },
  {
    cue: /\bwhere\b|\blocation\b|\bplace\b|\bgdzie\b|\bmiejsc\w*|\blokalizacj\w*|\bwo\b|\bort\b|\bdonde\b|\blugar\b|\bubicacion\b|\blieu\b|\bendroit\b/,
    field: () => textExtra("location"),
  },
  {
    cue: /\bwhat time\b|\bexact time\b|\bthe time\b|\bo ktorej\b|\bgodzin[aeęy]\b|\buhrzeit\b|\bum wie ?viel uhr\b|\ba que hora\b|\bla hora\b|\ba quelle heure\b|\bl'heure\b|\bheure\b/,
    field: () => text("time", "Time it happened (e.g. 07:30)", 40),
  },
  { cue: /\bdos(?:e|age|is)\b|\bdawk\w*/, field: () => textExtra("dose") },
  { cue: /\btrigger\w*|\bwywol\w*|\bausloser\b|\bdesencaden\w*|\bdeclench\w*/, field: () => textExtra("trigger") },
  {
    cue: /\bwhy\b|\breason\b|\bdlaczego\b|\bpowod\w*|\bwarum\b|\bgrund\b|\bpor que\b|\bmotivo\b|\brazon\b|\bpourquoi\b|\braison\b/,
    field: () => text("reason", "Why", 500),
  },
  { cue: /\bbrand\b|\bmark[aeiy]\b|\bmarken?\b|\bmarca\b|\bmarque\b/, field: () => text("brand", "Brand", 100) },
  {
    cue: /\bcost\w*|\bprice\b|\bspent\b|\bpaid\b|\bkoszt\w*|\bcen[aey]\b|\bpreis\b|\bkosten\b|\bbezahlt\b|\bprecio\b|\bcost[eo]\b|\bpague\b|\bprix\b|\bcout\b|\bpaye\b/,
    field: (unit) => ({
      name: "cost",
      kind: "number",
      description: unit ? `Cost (${unit})` : "Cost",
      required: false,
      min: 0,
      max: 1_000_000,
      ...(unit ? { unit } : {}),
    }),
  },
  {
    cue: /\bmood\b|\bnastr[oó]j\w*|\bsamopoczuci\w*|\bstimmung\b|\blaune\b|\bestado de animo\b|\banimo\b|\bhumeur\b/,
    field: () => scale("mood", "Mood"),
  },
  { cue: /\benerg(?:y|ia|ii|ie)\b/, field: () => scale("energy", "Energy") },
  {
    cue: /\bheart ?rate\b|\bpulse\b|\btetn\w*|\bpuls\b|\bherzfrequenz\b|\bfrecuencia cardiaca\b|\bpulso\b|\bfrequence cardiaque\b|\bpouls\b/,
    field: () => ({ ...numericField("pulse"), required: false }),
  },
  { cue: /\bpain\b|\bboli\b|\bbol(?:u|em)?\b|\bschmerz\w*|\bdolor\b|\bdouleurs?\b/, field: () => scale("pain", "Pain") },
  { cue: /\bstress\b|\bstresu?\b|\bestres\b/, field: () => scale("stress", "Stress") },
  {
    cue: /\bhow bad\b|\bseverity\b|\bintensity\b|\bintensywn\w*|\bnasileni\w*|\bintensitat\b|\bstarke\b|\bintensidad\b|\bgravedad\b|\bintensite\b|\bgravite\b/,
    field: () => scale("intensity", "How strong"),
  },
  {
    cue: /\bweather\b|\bpogod\w*|\bwetter\b|\bclima\b|\bmeteo\b|\bque tiempo (?:hace|hacia|hizo)\b|\bquel temps\b|\btemps qu.il fait\b/,
    field: () => text("weather", "Weather", 200),
  },
  {
    cue: /\bhow long\b|\bduration\b|\bile czasu\b|\bjak dlugo\b|\bwie lange\b|\bdauer\b|\bcuanto tiempo\b|\bduracion\b|\bcombien de temps\b|\bduree\b/,
    field: () => ({
      name: "minutes",
      kind: "number",
      description: "How long (min)",
      required: false,
      above: 0,
      max: 1440,
      unit: "min",
    }),
  },
  {
    cue: /\btemperatur\w*|\btemperature\b/,
    field: () => ({ name: "temperature", kind: "number", description: "Temperature", required: false, min: -50, max: 60 }),
  },
  {
    cue: /\bnotes\b|\ba note\b|\bcomments?\b|\buwag\w*|\bnotiz\w*|\bkommentar\w*|\bnotas\b|\bcomentarios?\b|\bremarques?\b/,
    field: () => textExtra("notes"),
  },
];

// Words that frame a change rather than name what to add (folded), in the five languages.
const FRAME_WORDS = new Set(
  (
    "also add adding added please pls can could would you to i i'd id want like start track tracking record recording log logging " +
    "note down save keep store include capture write put in a an the my field column for as well too in addition additionally each every " +
    "entry entries time when with of it new another one more extra which what whose " +
    "jaki jaka jakie ktory ktora ktore welche welchen welcher welches que quel quelle quels quelles cual cuales " +
    "tez takze rowniez dodaj dodac dopisz dopisuj zapisuj zapisz zapisywac notuj zanotuj sledz prosze jeszcze pole kolumne nowe " +
    "auch zusatzlich noch fuge fug hinzu hinzufugen erganze erganzen erfasse erfassen notiere notieren speichere speichern bitte feld " +
    "den die das der dem des ein eine einen mein meine meinen bitte mal " +
    "tambien ademas anade anadir agrega agregar apunta apuntar registra registrar anota anotar guarda guardar por favor el la los las " +
    "un una mi mis campo nuevo " +
    "aussi egalement en plus ajoute ajouter ajoutez note noter notez enregistre enregistrer garde garder s'il te plait vous le la les " +
    "l d j s il te plait un une mon ma mes champ nouveau"
  ).split(" "),
);
/** Words that end an item's noun phrase: what follows is a clause about it ("the shoes I wore"). */
const CLAUSE_START = new Set([
  "je",
  "j",
  "yo",
  "ja",
  "i",
  "that",
  "which",
  "who",
  "we",
  "ich",
  "die",
  "der",
  "das",
  "que",
  "qui",
  "ktore",
  "ktory",
  "ktora",
]);
/** Pronouns and linking verbs a field name leaves out ("how tired I felt" → tired), five languages. */
const PRONOUNS = new Set(
  (
    "i it me my we was were is am felt feel did do got had have ich war bin mir mich es jestem bylem bylam bylo jest " +
    "estaba estoy estuve me sentia je j etais suis c etait me sentais ai as avons habe hat he ha"
  ).split(" "),
);
/** Words that ask "how much of a quality" before a scale ("wie müde", "qué tan cansado", "niveau de fatigue"). */
const DEGREE_WORDS = new Set(
  "how wie jak bardzo que tan cuan niveau nivel poziom level my mon ma mes mi mis moj moja".split(" "),
);
/** A rating's own words: "a rating from 1 to 5" is `rating`, not `rating_rating`. */
const RATING_WORDS = new Set(
  "rating score scale ocena ocene skala bewertung punktzahl valoracion puntuacion escala note echelle".split(" "),
);

const SCALE_RE =
  /\b(?:from |od |von |del |de |du )?(\d{1,2}) ?(?:-|–|to|do|bis|al|a|au) ?(\d{1,3})\b|\bout of (\d{1,3})\b|\bna (\d{1,3})\b/;
const HOW_MANY = /\bhow many\b|\bile\b|\bwie viele\b|\bcuant[oa]s\b|\bcombien de\b/;
const HOW_MUCH = /\bhow much\b|\bwie viel\b|\bcuant[oa]\b|\bcombien\b/;
const WHETHER = /^(?:whether|if|czy|ob|si)\b/;
/** Verbs that frame a change, in the forms people use for it (folded), five languages. */
const FRAME_SOURCE =
  "\\b(?:add|also track|track|record|log|note(?: down)?|include|save|store|keep track of|keep|capture|ask(?: me)?(?: about)?|write down|put down" +
  "|dodaj\\w*|dopisz\\w*|dopisuj\\w*|zapisuj\\w*|zapisz\\w*|zapisywac|notuj\\w*|notowac|zanotuj\\w*|uwzglednij\\w*|sledz\\w*|pytaj\\w*|zapytaj\\w*" +
  "|hinzufugen|hinzu|fuge|fug|notier\\w*|erfass\\w*|festhalten|halte\\w* fest|aufschreiben|aufnehmen|speicher\\w*|erganz\\w*|dazu|frag\\w*" +
  "|anad\\w*|agreg\\w*|pon|ponme|apunt\\w*|registr[ae]\\w*|anot\\w*|inclu\\w*|guard\\w*|pregunt\\w*" +
  "|ajout\\w*|noter|notez|note|precise\\w*|enregistr\\w*|indiqu\\w*|inclu\\w*|gard\\w*|demande\\w*)\\b";
const FRAME_VERB = new RegExp(FRAME_SOURCE);
const FRAME_VERB_G = new RegExp(FRAME_SOURCE, "g");
/** Request openers with no content of their own ("could you", "ab jetzt möchte ich", "¿podrías"). */
const LEADS = new RegExp(
  "^(?:\\s*(?:hey|hi|ok|okay|so|and|also|please|pls|hallo|hola|salut|alors|bon|oh|ah|dobra|no|a|y|et|und|bitte|por favor)\\b,?)+" +
    "|\\b(?:stp|svp|pls|please|bitte)$" +
    "|\\b(?:can|could|would|will) you(?: please)?(?: also)?\\b|\\bfrom now on\\b|\\bi(?:'d| would)? (?:want|like|love)(?: you)? to\\b|\\bi'd like\\b|\\bit'?d be (?:really |very )?(?:useful|great|nice) (?:if|to)\\b" +
    "|\\b(?:kannst|konntest|konnen|wurdest) du\\b|\\bich (?:mochte|will|hatte gern|hatte gerne|wurde gern)\\b|\\bab jetzt\\b|\\bvon nun an\\b|\\bab sofort\\b" +
    "|\\bod (?:teraz|dzis|dzisiaj)\\b|\\bchc(?:e|ialbym|ialabym)\\b|\\bmoz(?:esz|na)\\b|\\bmogl(?:abys|bys)\\b|\\bprosze\\b" +
    "|\\bpuedes\\b|\\bpodrias\\b|\\bquiero\\b|\\bme gustaria\\b|\\ba partir de ahora\\b|\\bdesde ahora\\b" +
    "|\\bje (?:voudrais|veux|souhaite)\\b|\\bj aimerais\\b|\\btu (?:peux|pourrais)\\b|\\bpeux-tu\\b|\\bpourrais-tu\\b|\\best-ce que\\b|\\bdesormais\\b|\\bdorenavant\\b|\\bil faudrait que je puisse\\b",
  "g",
);
/** "in my sleep log", "beim Kaffee-Tracker", "w dzienniczku", "en el registro": which skill, not what to add. */
const TRACKER_REFERENCE =
  /\b(?:in|to|on|for|of|im|beim|bei|zum|zu|w|do|en|al|dans|au|a)\s+(?:(?:my|the|this|mein\w*|dem|den|diesem|moim|moj\w*|mi|el|la|mon|ma|le|mes)\s+)?[\w-]*(?:tracker|log|journal|diary|tagebuch\w*|dzienni\w*|registro|diario|suivi|carnet)\b/g;
/** An item that is a relative clause about the one before ("…, for which I took it", "dla którego"). */
const RELATIVE =
  /^(?:dla|for|by|with|from|para|por|pour|par|fur|mit|z|w|na|in|at) (?:ktor\w*|which|whom|whose|welche\w*|lequel|laquelle|lesquel\w*|cual\w*|quien\w*|que|qui|den|die|das|dem)\b|^(?:ktor\w*|which|that|welche\w*|lequel|laquelle|dont) (?:i|we|you|he|she|they|ich|du|er|sie|wir|je|j|tu|il|elle|yo|ja|my)\b/;
/** What follows explains the request: "because", "weil", "bo", "porque", "parce que". */
const BECAUSE = /\b(?:because|since|cause|cuz|weil|denn|bo|poniewaz|gdyz|porque|ya que|parce que|car|puisque)\b/;
const SEPARATORS = /\s*(?:,|;|\band\b|\bplus\b|\bund\b|\bsowie\b|\by\b|\bet\b|\boraz\b)\s*/;
/** Polish "i" (and) splits items only in text that is not English, where "i" is the pronoun. */
const POLISH_AND = /\s+i\s+/;
const POLISH = /\b(?:tez|takze|rowniez|dodaj|dopisz|zapisuj|zapisz|notuj|jeszcze|czy|gdzie|ile|jak)\b/;
const ENGLISH = /\b(?:the|also|add|and|how|what|whether|track|record|too|with|my)\b/;
/** Small words left out of a generated name ("the name of the restaurant" → restaurant_name). */
const NAME_STOP = new Set(
  "the a an of for to in on at de la le les du des el los las del der die das den dem von z w na l or ou oder o lub albo".split(
    " ",
  ),
);

/** "in km", "w kilometrach", "en mètres": the word before a unit. */
const UNIT_PREPOSITIONS = new Set(["in", "im", "w", "en", "na", "per"]);
const sentence = (name: string) => name.replace(/_/g, " ").replace(/^./, (c) => c.toUpperCase());

/** `[a-z][a-z0-9_]*` from the words left, at most 3 of them, or "" when none is left. */
function nameFrom(said: string[], english: English = same): string {
  const of = said.findIndex((w) => w === "of" || w === "de" || w === "du" || w === "des" || w === "del");
  const ordered = of > 0 ? [...said.slice(of + 1), ...said.slice(0, of)] : said;
  const words = ordered.filter((w) => !NAME_STOP.has(w)).flatMap((w) => fold(english(w)).split(/\s+/));
  let name = "";
  for (const w of words
    .map((x) => x.replace(/[^a-z0-9]/g, ""))
    .filter(Boolean)
    .slice(0, 3)) {
    const next = name ? `${name}_${w}` : w;
    if (next.length > MAX_NAME) break;
    name = next;
  }
  return /^[a-z]/.test(name) ? name : "";
}

function contentWords(item: string): string[] {
  const words = item.split(/\s+/).filter(Boolean);
  while (words.length && FRAME_WORDS.has(words[0]!)) words.shift();
  while (words.length && FRAME_WORDS.has(words[words.length - 1]!)) words.pop();
  return words;
}

function unitIn(item: string): string | undefined {
  return CURRENCY_CUES.find((c) => c.cue.test(item))?.unit ?? UNIT_CUES.find((c) => c.cue.test(item))?.unit;
}

/** A rating range in the words ("from 1 to 10", "od 1 do 5", "out of 10"), when it is a sensible one. */
function rangeIn(words: string): { min: number; max: number; at: number } | undefined {
  const m = SCALE_RE.exec(words);
  if (!m) return undefined;
  const min = Number(m[1] ?? 1);
  const max = Number(m[2] ?? m[3] ?? m[4]);
  return Number.isInteger(min) && Number.isInteger(max) && min < max && max <= 100 ? { min, max, at: m.index } : undefined;
}

/** One item of the request ("the brand", "how tired I felt from 1 to 10") → a field, or undefined. */
function fieldOf(item: string, english: English): FieldDef | undefined {
  const known = KNOWN.find((k) => k.cue.test(item));
  if (known) {
    const field = known.field(unitIn(item));
    // "the dose in mg": a measured dose is a number.
    const measured = field.name === "dose" ? UNIT_CUES.find((c) => c.cue.test(item))?.unit : undefined;
    if (measured)
      return {
        name: "dose",
        kind: "number",
        description: `The dose taken (${measured})`,
        required: false,
        above: 0,
        max: 100_000,
        unit: measured,
      };
    const range = field.kind === "integer" ? rangeIn(item) : undefined;
    return range ? scale(field.name, field.description.replace(/ \(.*\)$/, ""), range.min, range.max) : field;
  }
  const numeric = NUMERIC_FIELD_CUES.find((c) => c.cue.test(item));
  if (numeric) return { ...numericField(numeric.field), required: false };
  const words = contentWords(item);
  if (words.length === 0) return undefined;
  const joined = words.join(" ");
  const range = rangeIn(joined);
  if (range) {
    const before = joined
      .slice(0, range.at)
      .split(/\s+/)
      .filter((w) => w && !DEGREE_WORDS.has(w) && !PRONOUNS.has(w) && !FRAME_WORDS.has(w) && !RATING_WORDS.has(w));
    const base = nameFrom(before, english);
    const said = before.filter((w) => !NAME_STOP.has(w)).join(" ");
    return scale(base ? `${base}_rating` : "rating", base ? `How ${plainWords(said)}` : "Rating", range.min, range.max);
  }
  if (WHETHER.test(joined)) {
    const rest = joined
      .replace(WHETHER, "")
      .split(/\s+/)
      .filter((w) => w && !PRONOUNS.has(w) && !FRAME_WORDS.has(w));
    const name = nameFrom(rest, english);
    return name ? flag(name, `Whether ${plainWords(joined.replace(WHETHER, "")).replace(/\bi\b/g, "I")}`) : undefined;
  }
  if (HOW_MANY.test(joined)) {
    const head: string[] = [];
    for (const w of joined.replace(HOW_MANY, " ").split(/\s+/)) {
      if (head.length > 0 && CLAUSE_START.has(w)) break;
      if (w && !PRONOUNS.has(w) && !FRAME_WORDS.has(w)) head.push(w);
    }
    const name = nameFrom(head, english);
    if (!name) return undefined;
    return {
      name: `${name}_count`.slice(0, MAX_NAME),
      kind: "integer",
      description: `How many ${plainWords(head.join(" "))}`,
      required: false,
      min: 0,
      max: 100_000,
    };
  }
  if (HOW_MUCH.test(joined)) {
    const unit = unitIn(joined);
    const rest = joined
      .replace(HOW_MUCH, " ")
      .split(/\s+/)
      .filter((w) => w && !PRONOUNS.has(w) && !FRAME_WORDS.has(w));
    const name =
      nameFrom(
        rest.filter((w) => !unitIn(w)),
        english,
      ) || "amount";
    return {
      name,
      kind: "number",
      description: `How much${unit ? ` (${unit})` : ""}`,
      required: false,
      min: 0,
      max: 1_000_000,
      ...(unit ? { unit } : {}),
    };
  }
  const head: string[] = [];
  for (const w of words) {
    if (head.length > 0 && CLAUSE_START.has(w)) break;
    if (!FRAME_WORDS.has(w) || head.length > 0) head.push(w);
  }
  // A unit makes it a measurement: "the glass size in ml" → glass_size, a number of ml.
  const unit = UNIT_CUES.find((c) => c.cue.test(head.join(" ")))?.unit;
  if (unit) {
    const named = nameFrom(
      head.filter((w) => !UNIT_PREPOSITIONS.has(w) && !UNIT_CUES.some((c) => c.cue.test(w))),
      english,
    );
    // "the time in minutes", "el tiempo en minutos": a duration.
    const duration = TIME_UNITS.has(unit) && /^(?:time|duration|length|czas|zeit|dauer|tiempo|duracion|temps|duree)$/.test(named);
    if (duration)
      return {
        name: unit === "h" ? "hours" : "minutes",
        kind: "number",
        description: `How long (${unit})`,
        required: false,
        above: 0,
        max: unit === "h" ? 24 : 1440,
        unit,
      };
    if (named)
      return {
        name: named,
        kind: "number",
        description: `${sentence(named)} (${unit})`,
        required: false,
        min: 0,
        max: 1_000_000,
        unit,
      };
  }
  const name = nameFrom(head, english);
  if (!name) return undefined;
  const field = text(
    name,
    plainWords(head.join(" "))
      .replace(/^./, (c) => c.toUpperCase())
      .slice(0, 80),
    500,
  );
  GENERIC.add(field);
  return field;
}

/** Fields named only by the words of an item (no cue, unit, range or question said what they are). */
const GENERIC = new WeakSet<FieldDef>();
/** Longest request, in words, whose unframed words are read as things to add ("und die Sorte"). */
const TERSE = 6;

/**
 * The fields a change request asks to add to a plan that has `existing` fields. `subject` is the
 * skill's own name base (`water`): "also track the water" names the skill, not a field of it.
 */
export function readAmendment(
  request: string,
  existing: readonly FieldDef[],
  subject = "",
  english: English = same,
): AmendmentRead {
  const folded = fold(request)
    // "(stress, alcohol, lack of sleep)": examples of one thing, not more things to add.
    .replace(/\([^()]*\)/g, " ")
    .replace(/\b([cldjmtsn]|qu)['’]/g, "$1 ")
    .replace(/[\p{Cc}\p{Cf}"“”„«»()¿¡]/gu, " ")
    .replace(/\s+/g, " ")
    .trim();
  if (!folded) return { ok: false, message: 'say what to add, e.g. "also track the time of day"' };
  const have = new Set(existing.map((f) => f.name));
  const own = new Set(subject.split("_").filter(Boolean));
  const added: FieldDef[] = [];
  const already: string[] = [];
  const tracked: string[] = [];
  const polish = /[ąćęłńśźż]/i.test(request) || (POLISH.test(folded) && !ENGLISH.test(folded));
  // "also, thanks for yesterday": with no verb asking to add anything, only a terse list is a list.
  const unframed = !FRAME_VERB.test(folded) && folded.split(" ").length > TERSE;
  for (const item of itemsOf(folded, polish)) {
    // "…, de 1 a 10" or "…, in Minuten" after a field: the bounds or the unit of that field.
    const last = added[added.length - 1];
    const refinement = refinementOf(item);
    if (refinement) {
      if (last) refine(last, refinement);
      continue;
    }
    let field = fieldOf(item, english);
    if (!field || RESERVED.has(field.name) || (unframed && GENERIC.has(field))) continue;
    // Two things of one kind in one request ("the time I go to bed and the time I wake up").
    if (added.some((f) => f.name === field!.name)) field = qualified(field, item, english);
    if (!field) continue;
    if (subject && (field.name === subject || own.has(field.name))) {
      tracked.push(field.name);
      continue;
    }
    if (have.has(field.name)) {
      already.push(field.name);
      continue;
    }
    have.add(field.name);
    added.push(field);
  }
  if (added.length === 0)
    return {
      ok: false,
      message: already.length
        ? `the skill already records ${already.map((n) => `\`${n}\``).join(", ")}: nothing to add`
        : tracked.length
          ? `${tracked.map((n) => `\`${n}\``).join(", ")} is what the skill tracks: say what to record with each entry, e.g. "also track the time of day"`
          : `no field to add found in ${JSON.stringify(request.slice(0, 120))}: say what to record, e.g. "also track the time of day"`,
    };
  if (added.length > MAX_ADDED) return { ok: false, message: `at most ${MAX_ADDED} fields can be added at once` };
  return { ok: true, fields: added };
}

/**
 * The things a request lists, without its framing: clauses are cut at sentence ends and at "because"
 * (what follows explains, it does not ask); where any clause frames a request ("also track", "dodaj",
 * "notier", "añade", "ajoute"), only what those frames govern is read, so a chatty lead-in ("my sleep
 * log is fine but…") adds nothing; the items are what is left, split at "and" and commas.
 */
function itemsOf(folded: string, polish: boolean): string[] {
  const clauses = folded
    .split(/[.!?;:]+/)
    .map((c) => c.split(BECAUSE)[0]!.replace(LEADS, " ").replace(TRACKER_REFERENCE, " ").trim())
    .filter(Boolean);
  const framed = clauses.some((c) => frameAt(c) !== undefined);
  const parts: string[] = [];
  for (const clause of clauses) {
    const at = frameAt(clause);
    if (at === undefined) {
      // Context around a framed request is not a list of fields, unless it names one itself.
      if (!framed || KNOWN.some((k) => k.cue.test(clause)) || rangeIn(clause)) parts.push(clause);
      continue;
    }
    const after = clause.slice(at).replace(FRAME_VERB, " ").trim();
    // German puts the verb last ("noch die Sorte … hinzufügen"): then the list is before it.
    parts.push(after || clause.slice(0, at));
  }
  return parts
    .flatMap((p) => p.split(FRAME_VERB_G))
    .flatMap((p) => p.split(SEPARATORS))
    .flatMap((s) => (polish ? s.split(POLISH_AND) : [s]))
    .map((s) => s.trim())
    .filter((s) => s && !RELATIVE.test(s));
}

/** Where the first frame verb of a clause starts (English ones only when not said of oneself: "every time I log"). */
function frameAt(clause: string): number | undefined {
  for (const m of clause.matchAll(FRAME_VERB_G)) {
    const before = clause.slice(0, m.index).trimEnd();
    if (/\b(?:i|we|you|they|it|je|j|ich|wir|yo|ja)$/.test(before) && !/\b(?:can|could|would|will) you$/.test(before)) continue;
    // A noun, not a verb: "my sleep log is fine", "the record", "a note".
    if (/\b(?:my|the|a|this|that|your|our)(?: \w+)?$/.test(before)) continue;
    return m.index;
  }
  return undefined;
}

type Refinement = { range: { min: number; max: number } } | { unit: string };

/** An item that is only a range ("de 1 a 10") or only a unit ("in Minuten"): it refines the field before it. */
function refinementOf(item: string): Refinement | undefined {
  const words = contentWords(item).filter((w) => !NAME_STOP.has(w) && !RATING_WORDS.has(w) && !UNIT_PREPOSITIONS.has(w));
  const range = rangeIn(item);
  if (range && words.every((w) => /^\d+$/.test(w) || /^(?:to|do|bis|al|a|au|von|od|from|de|del|du|i|y|et|und)$/.test(w)))
    return { range };
  const unit = UNIT_CUES.find((c) => c.cue.test(item))?.unit;
  // "in Minuten", "en minutos", "w mg" — with its preposition, so "la hora" (the time) stays a thing.
  const said = item.split(/\s+/);
  if (
    unit &&
    words.length > 0 &&
    said.some((w) => UNIT_PREPOSITIONS.has(w)) &&
    words.every((w) => UNIT_CUES.some((c) => c.cue.test(w)))
  )
    return { unit };
  return undefined;
}

function refine(last: FieldDef, r: Refinement): void {
  const said = last.description.replace(/ \(.*\)$/, "");
  if ("range" in r) {
    if (last.kind === "integer" || last.kind === "text") Object.assign(last, scale(last.name, said, r.range.min, r.range.max));
    delete last.maxLength;
  } else if (last.kind !== "boolean" && last.unit !== r.unit) {
    Object.assign(last, { kind: "number", unit: r.unit, description: `${said} (${r.unit})`, min: 0, max: 1_000_000 });
    delete last.maxLength;
  }
}

/** A second field of a known kind in one request, named by the words beside its cue ("time_wake_up"). */
function qualified(field: FieldDef, item: string, english: English): FieldDef | undefined {
  // "the place, where I read": the same thing said twice, not a second place.
  if (KNOWN.find((k) => k.cue.test(item))?.field(undefined).name !== "time") return undefined;
  const known = KNOWN.find((k) => k.cue.test(item));
  const rest = contentWords(known ? item.replace(known.cue, " ") : item).filter((w) => !PRONOUNS.has(w));
  const extra = nameFrom(rest, english);
  return extra ? { ...field, name: `${field.name}_${extra}`.slice(0, MAX_NAME).replace(/_+$/, "") } : undefined;
}

/** The plan of the next version: every field kept in its place, the new ones before `notes`. */
export function amendPlan(plan: Plan, added: readonly FieldDef[]): Plan {
  const notes = plan.fields.filter((f) => f.name === "notes");
  const rest = plan.fields.filter((f) => f.name !== "notes");
  return { ...plan, fields: [...rest, ...added.map((f) => ({ ...f, required: false })), ...notes] };
}
