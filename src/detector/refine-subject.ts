// The last word on a request's subject, once the frame and its object are found: a table of
// named refinements, each reading the whole request, tried in order. They fix what the phrase
// alone cannot say: "count the days without sugar" tracks sugar-free days, not sugar; "how much
// goes on Uber Eats" is food delivery spending; "how many hours I play video games" is gaming;
// "bouldering sessions" and "dawkę Ketonalu" record bouldering and Ketonal.
import { refineMention } from "./activity-concepts.js";
import { singularEn } from "./english-singular.js";
import { tokenize } from "./fold.js";
import { gloss, translateWord } from "./glossary.js";
import type { Lexicon } from "./lexicon.js";
import { nameOpenSubject } from "./open-subject.js";
import { KINDS } from "./subject-words.js";
import type { Language } from "./types.js";

export interface RefineInput {
  subject: string;
  /** The subject came from the lexicon (a canonical name), not from the user's words. */
  known: boolean;
  /** The request text, folded, and as written (capitals say a name). */
  folded: string;
  original: string;
  language: Language;
  lexicon: Lexicon;
}

interface Refinement {
  name: string;
  run(input: RefineInput): string | undefined;
}

// "days without", "dni bez", "Tage ohne", "días sin", "jours sans", and the same with a negated verb.
const FREE_DAYS: Record<Language, RegExp> = {
  en: /\b(?:days?|nights?|evenings?)\b[^.!?]{0,30}?\b(?:without|with no|(?:i )?(?:don't|do not|didn't|did not) \w+|no)\b/,
  pl: /\b(?:dni|dnie|dzien|dzienn?|wieczory|wieczor)\b[^.!?]{0,30}?\b(?:bez|nie \w+)\b/,
  de: /\b(?:tage?|abende?|nachte?)\b[^.!?]{0,30}?\b(?:ohne|kein\w*|nicht)\b/,
  es: /\b(?:dias?|noches?)\b[^.!?]{0,30}?\b(?:sin|no \w+)\b/,
  fr: /\b(?:jours?|soirs?|soirees?)\b[^.!?]{0,30}?\b(?:sans|pas(?: de| d')?|plus(?: de| d')?)/,
};

// Delivery services: what goes on them is food delivery.
const DELIVERY =
  /\b(?:uber ?eats|deliveroo|glovo|just ?eat|lieferando|wolt|pyszne|bolt food|doordash|grubhub|foodora|rappi|swiggy|zomato|menulog|takeaway\.com)\b/;
const SPENDING = /(?:^|\s)(?:expenses|money|spending|budget)$/;
const HOW_MUCH = /\b(?:spend|spent|how much|ile|wie ?viel|cuant[oa]|combien|money|geld|dinero|argent|pieniedzy|kasy)\b/;

// Playing games in general (not one named game) is gaming.
const GAMING =
  /\b(?:gaming|video ?games?|videojuegos?|jeux? video|gry|w gry|gier|grach|zock\w*|konsol\w*|la play|play ?station|xbox|consola|computerspiel\w*|videospiel\w*)\b/;
// What the frame made of it: an expense ("hours I spend gaming"), games, or practice on a console.
const GAMING_SUBJECTS = /^(?:expenses|games|gaming|[\w ]*practice|[\w ]*video games?)$/;

// Words that say how a thing is recorded, not what it is: "bouldering sessions", "dawkę Ketonalu".
const RECORD_WORDS =
  /^(?:sessions?|readings?|measurements?|puffs?|doses?|dosis|dawk[aieę]|dawek|prises?|einnahmen?|uzyci[ea]|intake|log|logs|entries)$/;

// "the time I spend meditating", "le temps que je passe à réviser", "los minutos que paso
// leyendo", "ile czasu spędzam na czytaniu", "wie viel Zeit ich mit Lesen verbringe": the time
// is the measure, what it is spent on is the subject.
const TIME_WORD =
  /^(?:time|hours?|minutes?|temps|heures|tiempo|horas|minutos|zeit|stunden|minuten|czas|czasu|godzin[ay]?|minut)$/;
const SPEND_TIME: Record<Language, RegExp> = {
  en: /\b(?:spend|spent)\b(?: (?:on|doing|at))?\s+([^.!?,;]+)/,
  pl: /\b(?:spedzam|poswiecam|spedzilem|spedzilam)\b(?: (?:na|przy))?\s+([^.!?,;]+)/,
  de: /\b(?:mit|beim)\s+([^.!?,;]+?)\s+(?:verbringe|verbracht|zubringe)\b/,
  es: /\b(?:paso|dedico|invierto|pase)\b(?: (?:en|a))?\s+([^.!?,;]+)/,
  fr: /\b(?:passe|consacre|passes)\b(?: (?:a|au|aux|sur|en))?\s+([^.!?,;]+)/,
};

// A thing counted by the act that yields it: "the eggs our hens lay", "les pages que je lis",
// "los huevos que ponen las gallinas", "Eier, die unsere Hühner legen" → eggs laid, pages read.
const PARTICIPLE: Record<string, string> = {
  lay: "laid",
  read: "read",
  learn: "learned",
  write: "written",
  sell: "sold",
  bake: "baked",
  knit: "knitted",
  brew: "brewed",
  plant: "planted",
  sow: "sown",
  pick: "picked",
  catch: "caught",
  score: "scored",
  finish: "finished",
  harvest: "harvested",
};
const PAST = new Set(Object.values(PARTICIPLE));

/** The English verb a word is, when it yields something: "lays", "lis", "ponen", "legen" → lay, read, lay, lay. */
function yieldingVerb(word: string, language: Language): string | undefined {
  if (language !== "en") {
    const g = gloss(word, language);
    return g?.pos === "v" && PARTICIPLE[g.en] ? g.en : undefined;
  }
  const base = PARTICIPLE[word] ? word : word.replace(/s$/, "");
  if (PARTICIPLE[base]) return base;
  return PAST.has(word) ? Object.keys(PARTICIPLE).find((k) => PARTICIPLE[k] === word) : undefined;
}

// Walking someone by name is walking a pet: "walk Biscuit", "pasear a Toby", "mit Bello".
const WALK_NAMED = /\b(?:walk(?:ing)?|pasear|paseo|paseando|spacer\w* z|Gassi \w+ mit|mit) (?:a |al )?[A-Z][a-zà-ž]+/;

// A medicine named by what it treats: "allergy pills", "Allergietabletten", "pastillas de la
// alergia", "cachets pour l'allergie", "leki na alergię" are allergy pills, not allergies.
const PILLS = /^(?:pills?|tablets?|tabletk\w*|tabletten|pastillas?|cachets?|comprimes?|pilules?)$/;
const MEDS = /^(?:meds|medications?|medicines?|leki|lekow|lekami|medikamente?|medicamentos?|medicaments?)$/;
const TREATS = /^(?:na|for|pour|contre|para|de|del|la|l'allergie|gegen|przeciw|el|the|my|mes|mis)$/;

function medicineFor(folded: string, language: Language, lexicon: Lexicon): string | undefined {
  const ws = tokenize(folded).map((t) => t.word.replace(/^[a-z]'/, ""));
  const condition = (w: string | undefined): string | undefined => {
    const t = w ? lexicon.lookup(w) : undefined;
    return t && t.area && t.area !== "medication" ? t.subject.replace(/ies$/, "y").replace(/s$/, "") : undefined;
  };
  for (let i = 0; i < ws.length; i++) {
    const w = ws[i]!;
    const kind = PILLS.test(w) ? "pills" : MEDS.test(w) ? "medication" : undefined;
    // German compounds: "Allergietabletten", "Schmerztabletten".
    const compound = language === "de" ? /^(\w{4,}?)(?:tabletten|tablette|medikamente?)$/.exec(w) : null;
    if (compound) {
      const c = condition(compound[1]);
      if (c) return `${c} ${/tablett/.test(w) ? "pills" : "medication"}`;
    }
    if (!kind) continue;
    const before = condition(ws[i - 1]);
    if (language === "en" && before) return `${before} ${kind}`;
    let j = i + 1;
    while (j < ws.length && j - i <= 3 && TREATS.test(ws[j]!)) j++;
    const after = j > i + 1 ? condition(ws[j]) : undefined;
    if (after) return `${after} ${kind}`;
  }
  return undefined;
}

// Units that measure one thing only: a reading in kWh is electricity, in mmHg blood pressure.
// The unit said as the subject ("wie viel kWh wir verbrauchen") names that thing.
const UNIT_OF: Readonly<Record<string, string>> = {
  kwh: "electricity usage",
  "kw h": "electricity usage",
  kilowatt: "electricity usage",
  kilowatts: "electricity usage",
  mmhg: "blood pressure",
  bpm: "heart rate",
};

const REFINEMENTS: Refinement[] = [
  {
    name: "a unit that measures one thing",
    run: ({ subject, known }) => (known || !Object.hasOwn(UNIT_OF, subject) ? undefined : UNIT_OF[subject]),
  },
  {
    name: "a medicine named by what it treats",
    run: ({ subject, folded, language, lexicon }) => {
      const found = medicineFor(folded, language, lexicon);
      if (!found) return undefined;
      // Only instead of medication in general, a pill word, or the condition itself ("allergies").
      const condition = found.split(" ")[0]!;
      const words = subject.split(" ").map((w) => w.replace(/ies$/, "y").replace(/s$/, ""));
      return subject === "medication" || /\b(?:pills?|tablets?|medication|meds)$/.test(subject) || words.includes(condition)
        ? found
        : undefined;
    },
  },
  {
    name: "a walk with the dog",
    run: ({ subject, folded, original }) => {
      if (subject !== "walking") return undefined;
      const dog = refineMention(subject, folded);
      return dog !== subject ? dog : WALK_NAMED.test(original) ? "dog walks" : undefined;
    },
  },
  {
    name: "time spent on something",
    run: ({ subject, folded, language }) => {
      // "the time I spend reading" read "spend" as expenses.
      const spentTime = subject === "expenses" && /\b(?:time|hours?|minutes?)\b[^.!?]{0,20}\bspen[dt]\b/.test(folded);
      if (!TIME_WORD.test(subject) && !spentTime) return undefined;
      const m = SPEND_TIME[language].exec(folded);
      if (!m) return undefined;
      const rest = m[1]!;
      const at = m.index + m[0].length - rest.length;
      const tokens = tokenize(folded, at, at + rest.length);
      return nameOpenSubject(tokens.slice(0, 4), language, true, folded)?.subject;
    },
  },
  {
    name: "days without something",
    run: ({ subject, folded, language, lexicon }) => {
      const m = FREE_DAYS[language].exec(folded);
      if (!m) return undefined;
      // The thing is named after the "without": "jours où je mange pas de sucre" is sugar, not "pas".
      const rest = tokenize(folded.slice(m.index + m[0].length));
      const hit = lexicon.scan(rest, false, 0, rest.length, language === "de", language)[0];
      // Without a known thing, the subject as read, less its own "without" ("bez cigarettes").
      const thing = hit?.trackable.subject ?? subject.replace(/^(?:without|bez|sin|sans|ohne)\s+/, "");
      if (!thing || /\bdays?\b/.test(thing)) return undefined;
      // Days without cigarettes are smoke-free days.
      // English compounds take the singular: "sweet-free days", not "sweets-free days".
      const free = thing === "cigarettes" || thing === "smoking" ? "smoke" : thing.includes(" ") ? thing : singularEn(thing);
      return `${free}-free days`;
    },
  },
  {
    name: "a delivery service",
    run: ({ subject, folded }) =>
      DELIVERY.test(folded)
        ? SPENDING.test(subject) || HOW_MUCH.test(folded)
          ? "food delivery spending"
          : "food delivery"
        : undefined,
  },
  {
    name: "games in general",
    run: ({ subject, folded }) => (GAMING.test(folded) && GAMING_SUBJECTS.test(subject) ? "gaming" : undefined),
  },
  {
    name: "words of the record, not the thing",
    run: ({ subject, known }) => {
      if (known) return undefined;
      const ws = subject
        .split(/[\s]+/)
        .flatMap((w) => (/-/.test(w) && w.split("-").some((p) => RECORD_WORDS.test(p)) ? w.split("-") : [w]));
      const kept = ws.filter((w) => !RECORD_WORDS.test(w));
      return kept.length > 0 && kept.length < ws.length ? kept.join(" ") : undefined;
    },
  },
  {
    name: "a thing and the act that yields it",
    run: ({ subject, folded, language }) => {
      // One plural noun only: "water I drink" is water, "the eggs they lay" are eggs laid.
      if (!/^[a-z]+s$/.test(subject)) return undefined;
      const tokens = tokenize(folded.split(/[.!?]/)[0] ?? "");
      const at = tokens.findIndex((t) => (language === "en" ? t.word : translateWord(t.word, language)) === subject);
      if (at < 0) return undefined;
      for (const t of tokens.slice(at + 1, at + 6)) {
        const verb = yieldingVerb(t.word, language);
        if (verb) return `${subject} ${PARTICIPLE[verb]}`;
      }
      return undefined;
    },
  },
  {
    name: "a word said twice",
    run: ({ subject }) => {
      const ws = subject.split(" ");
      const kept = ws.filter((w, k) => ws.indexOf(w) === k);
      return kept.length < ws.length ? kept.join(" ") : undefined;
    },
  },
  {
    // "meditating", "cycling": an open name the lexicon knows is its canonical subject.
    name: "an open name the lexicon knows",
    run: ({ subject, known, lexicon }) => {
      if (known) return undefined;
      const t = lexicon.lookup(subject);
      if (!t || !t.area || t.subject === subject) return undefined;
      // A kind keeps its own name: "nap" is naps, not the night's sleep.
      return KINDS.find(([general, form]) => general === t.subject && form.test(subject))?.[2] ?? t.subject;
    },
  },
];

/** The request's subject after every refinement that applies, each seeing the previous one's answer. */
export function refineSubject(input: RefineInput): string {
  let subject = input.subject;
  for (const r of REFINEMENTS) subject = r.run({ ...input, subject }) ?? subject;
  return subject;
}
