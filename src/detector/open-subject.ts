// Names what a clause or noun phrase asks to record when the lexicon does not know it: a short
// English collection subject for English ("I change the bedsheets" → "bedsheet changes", "I bite
// my nails" → "nail biting", "I take a cold shower" → "cold shower"), and for the other languages
// the user's content words without pronouns, articles or possessives ("je change les draps" →
// "change draps"), through the glossary into English when every word is known there.
import { fold, type Token } from "./fold.js";
import { singularEn } from "./english-singular.js";
import { FUNCTION_WORDS } from "./function-words.js";
import { englishNoun, englishNounOnly, englishVerb, gloss, glossPhrase, type Gloss } from "./glossary.js";
import type { Language } from "./types.js";
import { words } from "./rules.js";
import { BLOCKED, STEPS_BEFORE, TIMES, UNIT_WORDS } from "./subject-words.js";

export { singularEn };

// Subject pronouns, reflexives, articles, possessives, quantity and time words: never part of a subject.
const DROP: Record<Language, ReadonlySet<string>> = {
  en: words(
    "i we i'm i've i'd you please pls plz the a an my our his her their your its some any this that these those always usually actually really just still finally also even ever often sometimes each every single daily day night today yesterday tonight tomorrow now morning evening week weekly month monthly year first thing",
  ),
  pl: words(
    "ja my sie mi sobie prosze naprawde wlasciwie moj moja moje moich mojej mojego moim moimi swoj swoja swoje swoich swojej swojego swoim ten ta to te tego tej tym kazdy kazda kazde kazdego kazdej zawsze czasem znowu dzisiaj dzis codziennie dziennie tygodniowo rano wieczorem w tym sezonie tygodniu tydzien miesiacu miesiecznie roku",
  ),
  de: words(
    "ich wir mich mir uns sich bitte kunftig der die das den dem des ein eine einen einem einer eines mein meine meinen meinem meiner meines unser unsere unseren unserem unserer sein seine seinen seinem seiner ihr ihre ihren ihrem immer wieder mal so eigentlich wirklich halt noch jeden jede jedes taglich heute morgens abends nachts gerade pro woche wochen monat wochentlich",
  ),
  es: words(
    "yo me mi mis nos se realmente porfa porfi plis le les lo la los las el un una unos unas su sus nuestro nuestra siempre cada dia todos todas hoy semana semanas mes meses he has ha hemos han",
  ),
  fr: words(
    "je j' me m' moi se s' on vraiment stp svp nous le la les l' un une des du de d' mon ma mes ton ta tes son sa ses notre nos toujours chaque jour tous toutes aujourd'hui semaine semaines mois par",
  ),
};
// Words saying an act happens at night (time phrases may already be blanked around them).
const NIGHT: Record<Language, RegExp> = {
  en: / (?:night|overnight|nightly) /,
  pl: / (?:nocy|noca|nocami|nocach) /,
  de: / (?:nachts|nacht) /,
  es: / (?:noche|noches) /,
  fr: / (?:nuit|nuits) /,
};
// "each night", "cada noche", "chaque nuit", "jede Nacht", "każdej nocy": how often, not when.
const EACH_NIGHT =
  / (?:each|every|per|a|last|cada|chaque|toute la|toutes les|jede|jeden|pro|letzte|kazdej|co|zeszlej) (?:night|nights|noche|noches|nuit|nuits|nacht|nocy|noc) /g;
// Laughter and interjections typed in passing ("lol", "jajaja", "kurde"): never part of a subject.
const FILLER = words("lol lmao haha hahaha jaja jajaja jeje xd xdd mdr ptdr kurde kurcze omg");
// Words for a dose of something: "Zyrtec doses", "dawki euthyroxu", "dosis de Omeprazol", "prises de fer".
const DOSE = words(
  "dose doses dosage dosages dawka dawki dawke dawek dawkami dosis dosen einnahme einnahmen toma tomas prise prises",
);

/** An open subject, and the fields its words ask for ("doses" → dose). */
export interface OpenName {
  subject: string;
  fields: string[];
  /** Every word was English or found in the glossary: nothing was only transliterated. */
  english: boolean;
}

// Words after which the English object phrase stops.
const EN_STOP = words(
  "instead rather per via without after before at in on for with to from during each every so because and or then while until since about into onto over by when if as than there here somewhere anyway again first last next this that",
);
const EN_PARTICLES = words("out up off down away back");
// Verbs whose object is the event itself: "take a cold shower", "get a nosebleed", "do my exercises".
// Verbs that say little beyond their object ("take a cold shower", "started magnesium", "start
// stretching"): the object names the subject.
const EN_LIGHT = words(
  "take takes took have has had get gets got do does did make makes made use uses used go goes went give gives gave put puts eat eats ate drink drinks drank start starts started starting begin begins began",
);
const EN_ASPECT = words("start starts started starting begin begins began");
const EN_LIGHT_ING: Record<string, string> = {
  taking: "take",
  having: "have",
  getting: "get",
  doing: "do",
  using: "use",
  eating: "eat",
  drinking: "drink",
};
const EN_CONSUME = words("eat eats ate drink drinks drank");
const EN_CHANGE = words("change changes changed swap swaps swapped replace replaces replaced switch switches renew renews");
const EN_PRACTICE = words("practise practises practice practices play plays rehearse");
// Calling or visiting someone is a call or a visit to them: "calls to mum", "visits to grandma".
// A body part that hurts is that part's pain: "me duele la espalda", "boli mnie kolano", "my knee hurts".
const EN_PAIN = words("hurt hurts ache aches");
const EN_TO: Record<string, string> = { call: "calls", phone: "calls", ring: "calls", visit: "visits", text: "texts" };
const GAMES = new Set(
  "chess games board games cards poker bridge darts sudoku crosswords puzzles football tennis squash badminton volleyball basketball golf padel video games".split(
    " ",
  ),
);
// Verbs with a countable English noun for one occurrence: "alarm snoozes", "pizza orders".
const EN_EVENT: Record<string, string> = {
  snooze: "snoozes",
  order: "orders",
  inspect: "inspections",
  return: "returns",
  refill: "refills",
};
const LOOKED_UP_ACT: Record<string, string> = { take: "pickups", took: "pickups", use: "use", used: "use" };
// Phrasal verbs named by one English noun: "the dog throws up" → dog vomiting.
const EN_PHRASAL: Record<string, string> = {
  "throw up": "vomiting",
  "threw up": "vomiting",
  "pass out": "fainting",
  "passed out": "fainting",
  "wake up": "waking",
  "woke up": "waking",
};
// A place or time that says which occasions are meant, kept after the name: "phone checking in
// bed", "swearing at work", "checking phone after midnight".
const EN_SETTING: Record<string, string> = {
  "in bed": "in bed",
  "at work": "at work",
  "in work": "at work",
  "at school": "at school",
  "in school": "at school",
  "after midnight": "after midnight",
  "before bed": "before bed",
  "in the car": "in the car",
};
// Someone named before the verb who is no person of the household: "it rains" names nobody.
const EN_NOBODY = words("it he she they someone somebody everyone everybody nobody there what who which");
// Function words that never begin the verb of a clause (helpers like "did" and "been" may).
const EN_NO_VERB = words(
  "whether which whatever how many much could would should will shall might must me them him us please kinda sorta",
);
const EN_SUBJECT_PRONOUNS = words("i we you they he she i'll i'm i've i'd we'll we're we've");
// Heads that say how a clause is measured or sorted, not what it is about.
const EN_SORTS = words("way ways kind kinds sort sorts type types thing things stuff one ones route routes");
const EN_PREVERB = words("always usually actually really just still finally also even ever often sometimes never");

const STRESSED_LAST = words(
  "repot forget begin permit admit refer prefer occur control patrol unplug regret submit commit upset",
);

/** Where a subject pronoun opens a clause about the noun phrase at `from` ("the birds | I spot"), or -1. */
function relativeAt(tokens: string[], from: number): number {
  for (let k = from + 1; k < tokens.length - 1 && k <= from + 3; k++) {
    const w = tokens[k]!;
    if (EN_SUBJECT_PRONOUNS.has(w)) return FUNCTION_WORDS.en.has(tokens[from]!) ? -1 : k;
    if (EN_STOP.has(w) || DROP.en.has(w) || FUNCTION_WORDS.en.has(w) || EN_PREVERB.has(w)) return -1;
  }
  return -1;
}

/** The -ing form of an English verb ("descale" → "descaling", "bite" → "biting", "jog" → "jogging"). */
export function gerund(verb: string): string {
  if (verb.endsWith("ing")) return verb;
  if (verb.endsWith("ie")) return `${verb.slice(0, -2)}ying`;
  if (/[^aeiou]e$/.test(verb) && verb.length > 2) return `${verb.slice(0, -1)}ing`;
  // One short syllable ending consonant-vowel-consonant doubles its last letter: "jog", "swim";
  // so does a longer verb stressed on that syllable ("repot", "forget"), which spelling cannot show.
  // ("qu" is one consonant: "squat", "quit".)
  if (/^[^aeiou]*(?:qu)?[aeiou][bdgklmnprtv]$/.test(verb) || STRESSED_LAST.has(verb)) return `${verb}${verb.at(-1)}ing`;
  return `${verb}ing`;
}

// One-syllable verbs whose past drops a silent e ("baked", "smoked", "used", "changed"): the
// stem ends in a single vowel and one of these consonants, or in a soft c/g.
const SILENT_E = /^[^aeiou]*[aiou](?:[kptvszc]|ng|rg|dg)$|^[^aeiou]*[aeiou](?:nc|rc|ng)$|(?:at|iz|is)$/;

/** The base of a regular English past ("cleaned" → "clean", "jogged" → "jog", "baked" → "bake", "tidied" → "tidy"). */
function pastBase(word: string): string {
  const stem = word.slice(0, -2);
  if (stem.endsWith("i") && stem.length > 2) return `${stem.slice(0, -1)}y`;
  if (/([bdgmnprt])\1$/.test(stem) && !/(?:ll|ss|zz)$/.test(stem)) return stem.slice(0, -1);
  if (/e$/.test(stem)) return stem;
  return SILENT_E.test(stem) ? `${stem}e` : stem;
}

function baseVerb(word: string): string {
  if (/[^e]ed$/.test(word) && word.length > 4) return pastBase(word);
  if (/(?:ss|sh|ch|x)es$/.test(word)) return word.slice(0, -2);
  if (word.endsWith("ies") && word.length > 4) return `${word.slice(0, -3)}y`;
  if (word.endsWith("s") && !word.endsWith("ss") && word.length > 3) return word.slice(0, -1);
  return word;
}

/** An English verb phrase as a short collection subject. */
function englishVerbPhrase(tokens: string[], named = true): string | undefined {
  let i = 0;
  while (i < tokens.length && /^(?:the|a|an|my|our|his|her|their)$/.test(tokens[i]!)) i++;
  // "Biscuit gets his flea treatment", "the baby wakes up", "the cat threw up": someone else's
  // event, named by the user, is still theirs to record.
  let someone: string | undefined;
  if (
    named &&
    tokens.length > i + 1 &&
    !DROP.en.has(tokens[i]!) &&
    !EN_NOBODY.has(tokens[i]!) &&
    !EN_STOP.has(tokens[i]!) &&
    !FUNCTION_WORDS.en.has(tokens[i]!) &&
    (/s$/.test(tokens[i + 1]!) || EN_PHRASAL[`${tokens[i + 1]} ${tokens[i + 2] ?? ""}`] !== undefined) &&
    !EN_STOP.has(tokens[i + 1]!)
  )
    someone = tokens[i++];
  while (i < tokens.length && (DROP.en.has(tokens[i]!) || EN_PREVERB.has(tokens[i]!))) i++;
  // "do I burn", "did we eat": a helper asking a question; the verb follows its subject.
  if (/^(?:do|does|did)$/.test(tokens[i] ?? "") && EN_SUBJECT_PRONOUNS.has(tokens[i + 1] ?? "")) i += 2;
  // "for squats", "after dinner": a phrase that opens with a preposition is no clause; its words name it.
  if (EN_STOP.has(tokens[i] ?? "")) {
    const rest = tokens
      .slice(i + 1)
      .filter((w) => w !== "of" && !DROP.en.has(w) && !EN_STOP.has(w) && !FUNCTION_WORDS.en.has(w) && !FILLER.has(w));
    return rest.length > 0 ? rest.slice(0, 3).join(" ") : undefined;
  }
  // "the birds I spot", "the km I put on my bike", "which way I drive to work": a noun and a
  // clause about it. The noun names it, unless it only measures or sorts what the clause does.
  const p = named && !EN_SUBJECT_PRONOUNS.has(tokens[i] ?? "") ? relativeAt(tokens, i) : -1;
  // "every Sunday I'll give you …": a day before the clause is when, and the clause says what.
  if (p > 0 && tokens.slice(i, p).every((w) => TIMES.has(w))) i = p + 1;
  else if (p > 0) {
    const head = tokens.slice(i, p);
    // A thing one looks up ("the bus", "the flight") is named by what the user does with it: "bus catching".
    if (head.some((w) => BLOCKED.has(w))) return englishVerbPhrase([...tokens.slice(p + 1), ...head], false);
    if (!head.some((w) => UNIT_WORDS.has(w) || EN_SORTS.has(w))) return head.join(" ");
    return englishVerbPhrase(tokens.slice(p + 1), false) ?? head.join(" ");
  }
  let verb = tokens[i];
  // A pronoun, a question word or a modal is no verb: "he vaciado …" is Spanish, not "he" done to
  // things. A helper verb translated from another language ("hago", "robiłem" → "do") says
  // nothing when a second noun follows: the phrase's nouns name it ("km hago con la moto" →
  // kilometres, motorcycle).
  if (!verb || EN_STOP.has(verb) || EN_NOBODY.has(verb) || EN_NO_VERB.has(verb)) return undefined;
  if (!named && FUNCTION_WORDS.en.has(verb) && tokens.slice(i + 1).some((w) => EN_STOP.has(w))) return undefined;
  // "started taking zinc", "began doing yoga": a light verb after "start" names its object like
  // its base form does (other verbs after it stay the object: "started journaling").
  const next = tokens[i + 1];
  if (EN_ASPECT.has(verb) && next !== undefined && EN_LIGHT_ING[next] !== undefined) {
    i++;
    verb = EN_LIGHT_ING[next];
  }
  // "car service", "grams of food Mochi eats": a word the glossaries know only as a noun is no
  // verb; the nouns from it name the thing (a unit and its "of" say how it is measured).
  // (A noun the glossaries lack as a verb may still be one before its object: "oil the chain",
  // "bike to work"; a noun before another noun is a compound.)
  const unit = UNIT_WORDS.has(verb) && tokens[i + 1] === "of";
  if (
    named &&
    !someone &&
    (unit || (englishNounOnly(verb) && englishNoun(tokens[i + 1] ?? "") && !DROP.en.has(tokens[i + 1]!)))
  ) {
    let k = unit ? i + 2 : i;
    const nouns: string[] = [];
    for (; k < tokens.length && nouns.length < 3; k++) {
      const w = tokens[k]!;
      if (DROP.en.has(w) || EN_STOP.has(w) || (nouns.length > 0 && !englishNoun(w))) break;
      // "cat food Biscuit eats": the noun before a verb in -s is who does it, not the thing.
      const next = tokens[k + 1] ?? "";
      if (nouns.length > 0 && /[^s]s$/.test(next) && englishVerb(next.slice(0, -1))) break;
      nouns.push(w);
    }
    if (nouns.length > 0) return nouns.join(" ");
  }
  i++;
  // The part that hurts, "back" included (not a particle here).
  if (EN_PAIN.has(verb)) {
    const hurt = tokens
      .slice(i)
      .filter((w) => !DROP.en.has(w) && !EN_STOP.has(w))
      .slice(0, 2);
    const part = hurt.length > 0 ? hurt.join(" ") : someone;
    return part ? `${part} pain` : undefined;
  }
  const phrasal = EN_PHRASAL[`${verb} ${tokens[i] ?? ""}`] ?? EN_PHRASAL[`${baseVerb(verb)} ${tokens[i] ?? ""}`];
  while (i < tokens.length && EN_PARTICLES.has(tokens[i]!)) i++;
  // "practise on the piano", "do of bread" (a partitive): the object follows.
  const to = EN_TO[baseVerb(verb)];
  while (
    i < tokens.length &&
    /^(?:of|on|with|in|at|to)$/.test(tokens[i]!) &&
    (EN_PRACTICE.has(verb) || tokens[i] === "of" || (to !== undefined && /^(?:to|with)$/.test(tokens[i]!)))
  )
    i++;
  const object: string[] = [];
  for (; i < tokens.length && object.length < 4; i++) {
    const w = tokens[i]!;
    // After an article a particle is a word of the object: "locked the back door".
    const described =
      object.length === 0 && DROP.en.has(tokens[i - 1]!) && tokens[i + 1] !== undefined && !DROP.en.has(tokens[i + 1]!);
    if (EN_STOP.has(w) || (EN_PARTICLES.has(w) && !described) || FILLER.has(w)) break;
    if (DROP.en.has(w)) {
      if (object.length > 0) break;
      continue;
    }
    object.push(w.replace(/'s$/, ""));
  }
  const base = baseVerb(verb);
  const rest = ` ${tokens.slice(i).join(" ")} `;
  const setting = Object.entries(EN_SETTING).find(([p]) => rest.startsWith(` ${p} `))?.[1];
  const name = namedVerbPhrase(verb, base, object, someone, phrasal);
  return name && setting && !EN_LIGHT.has(verb) ? `${name} ${setting}` : name;
}

function namedVerbPhrase(
  verb: string,
  base: string,
  object: string[],
  someone: string | undefined,
  phrasal: string | undefined,
): string | undefined {
  const to = EN_TO[base];
  // Eating or drinking something is that thing; with nothing named ("how often I eat out") the
  // act itself is the subject.
  // Taking or using a thing one looks up ("biorę telefon do ręki", "uso el móvil") is the act,
  // not the thing: phone pickups, phone use.
  if (EN_LIGHT.has(verb) && object.length > 0 && BLOCKED.has(object.at(-1)!) && LOOKED_UP_ACT[base])
    return `${object.join(" ")} ${LOOKED_UP_ACT[base]}`;
  if (EN_LIGHT.has(verb)) return object.length > 0 ? object.join(" ") : EN_CONSUME.has(verb) ? gerund(base) : undefined;
  if (to !== undefined && object.length > 0) return `${to} to ${object.join(" ")}`;
  const objectSingular = object.map((w, k) => (k === object.length - 1 ? singularEn(w) : w)).join(" ");
  if (EN_CHANGE.has(verb)) return object.length > 0 ? `${objectSingular} changes` : undefined;
  // Playing a game is the game ("gram w szachy" → chess); playing an instrument is practice.
  if (EN_PRACTICE.has(verb) && object.length > 0 && GAMES.has(object.join(" "))) return object.join(" ");
  if (EN_PRACTICE.has(verb)) return object.length > 0 ? `${object.join(" ")} practice` : "practice";
  const ing = phrasal ?? (object.length > 0 && EN_EVENT[base] ? EN_EVENT[base] : gerund(base));
  // "the baby wakes up", "the dog throws up": someone else's event keeps who it happens to.
  if (object.length === 0) return someone ? `${someone} ${ing}` : ing;
  return `${objectSingular} ${ing}`;
}

interface Item {
  en: string;
  pos: Gloss["pos"];
  known: boolean;
  original: string;
  /** An unknown word right after an auxiliary: a past participle the glossary does not know. */
  participle?: boolean;
}

// Auxiliaries of the perfect: the unknown word after one is a participle ("he sacado", "j'ai rempli").
const AUXILIARY: Partial<Record<Language, ReadonlySet<string>>> = {
  es: words("he has ha hemos habeis han"),
  fr: words("ai as avons avez ont suis es est sommes etes sont"),
};

// German auxiliaries and modals after the verb they carry: the unknown word before one is that
// verb ("im Garten geackert hab", "nachts raus muss").
const FINAL_AUXILIARY: Partial<Record<Language, ReadonlySet<string>>> = {
  de: words("hab habe hat haben bin bist ist sind war waren muss musst kann will soll"),
};
// Endings only a verb form has: Polish past tenses of the first and second person ("zużyliśmy",
// "zebrałem") and the masculine past ("zeżarł", "przewrócił", "kazał", "wziął"); German participles
// ("nachgetankt", "eingeschlafen"); Spanish participles and gerunds ("cerrado", "haciendo").
const VERB_FORM: Partial<Record<Language, RegExp>> = {
  pl: /(?:łem|łam|liśmy|łyśmy|łeś|łaś|[^aeiouyąęó]ł|[iyaą]ł)$/,
  de: /^(?:ge|(?:ein|aus|auf|an|ab|nach|mit|vor|weg|zu|zurück|raus|rein)ge)[a-zäöüß]{3,}(?:t|en)$/,
  es: /[a-z]{3,}(?:ado|ido|ando|iendo)$/,
};

/** Words of a phrase in English order: Romance adjectives before their noun, "N of M" as "M N", a German final verb first. */
function englishOrder(items: Item[], language: Language, verbal: boolean): Item[] {
  const out = [...items];
  if (language === "es" || language === "fr") {
    for (let i = 1; i < out.length; i++)
      if (out[i]!.pos === "a" && out[i - 1]!.pos === "n") [out[i - 1], out[i]] = [out[i]!, out[i - 1]!];
  }
  for (let i = 1; i + 1 < out.length; i++) {
    if (out[i]!.en !== "of" || out[i - 1]!.pos !== "n" || out[i + 1]!.pos !== "n") continue;
    const [n, , m] = out.splice(i - 1, 3) as [Item, Item, Item];
    out.splice(i - 1, 0, m, n);
  }
  // Polish puts the owner after its noun in the genitive: "obwodu talii" is "waist circumference".
  if (!verbal && language === "pl" && out.length === 2 && out.every((x) => x.pos === "n" && x.known)) out.reverse();
  if (verbal && language === "de") {
    const v = out.map((x) => x.pos).lastIndexOf("v");
    if (v > 0) out.unshift(...out.splice(v, 1));
  }
  return out;
}

/** A word the glossary does not know, as safe ASCII: the folded form without anything but letters, digits, hyphens. */
function transliterate(word: string, language: Language): string {
  let w = word.replace(/[^a-z0-9-]/g, "");
  // "dawki euthyroxu", "tabletki ibupromu": a Polish name that ends in a consonant and -u is in
  // the genitive (or locative); its nominative is without the -u.
  if (language === "pl" && /[^aeiouy]u$/.test(w) && w.length > 4) w = w.slice(0, -1);
  return w;
}

// Where a chore happens, not what it is: "odkurzam mieszkanie", "je passe l'aspirateur dans
// l'appartement" are vacuuming; "limpio el baño" keeps the bathroom, a part of the home.
const WHOLE_HOME = words("flat house home apartment place");

/** The items of a phrase: several-word idioms first, then single words through the glossary. */
function itemsOf(tokens: readonly Token[], language: Language, original: string): Item[] {
  // Articles, pronouns and other dropped words are left out before idioms are matched, so "me
  // como las uñas" and "como las uñas" find the same entry.
  const kept: { token: Token; word: string; gloss: Gloss | undefined }[] = [];
  for (const [n, t] of tokens.entries()) {
    const word = /^[dlmjsnc]'./.test(t.word) ? t.word.slice(2) : t.word;
    // A function word is dropped before the glossary is asked, so a stem it shares with some
    // noun ("hast" with "Hase") is never read as that noun.
    // French "pas" is the negation unless steps are counted or owned ("mes pas"); "pas mal" is "quite a lot".
    const function_ =
      FUNCTION_WORDS[language].has(word) ||
      (language === "fr" && word === "pas" && !STEPS_BEFORE.test(tokens[n - 1]?.word ?? "")) ||
      (language === "fr" && word === "mal" && tokens[n - 1]?.word === "pas");
    const g = function_ ? undefined : gloss(word, language);
    if (function_ || (g ? g.en === "" : DROP[language].has(word) || FILLER.has(word) || /^\d+$/.test(word))) {
      // "im Monat", "w tygodniu": the preposition of a dropped time word goes with it.
      const prev = kept.at(-1);
      if (prev?.gloss?.pos === "f" && tokens[n - 1] === prev.token) kept.pop();
      continue;
    }
    kept.push({ token: t, word, gloss: g });
  }
  const ws = kept.map((k) => k.word);
  const items: Item[] = [];
  for (let k = 0; k < kept.length; k++) {
    const idiom = glossPhrase(ws, k, language);
    if (idiom) {
      items.push({ en: idiom.gloss.en, pos: idiom.gloss.pos, known: true, original: ws.slice(k, k + idiom.length).join(" ") });
      k += idiom.length - 1;
      continue;
    }
    const { token, word } = kept[k]!;
    let g = kept[k]!.gloss;
    // "Heuschnupfen-Symptome", "Physio-Übungen": a hyphenated compound, in English order already.
    if (!g && word.includes("-")) {
      const parts = word.split("-").map((w) => gloss(w, language));
      if (parts.every((x) => x && x.pos === "n" && x.en !== "")) g = { en: parts.map((x) => x!.en).join(" "), pos: "n" };
    }
    if (g) items.push({ en: g.en, pos: g.pos, known: true, original: word });
    else {
      const ascii = transliterate(word, language);
      const before = tokens[tokens.indexOf(token) - 1]?.word ?? "";
      const after = tokens[tokens.indexOf(token) + 1]?.word ?? "";
      const form = original.slice(token.start, token.end).toLowerCase();
      const participle =
        (AUXILIARY[language]?.has(before.replace(/^[jt]'/, "")) ?? false) ||
        (FINAL_AUXILIARY[language]?.has(after) ?? false) ||
        (VERB_FORM[language]?.test(form) ?? false);
      if (ascii)
        items.push({
          en: ascii,
          pos: "n",
          known: false,
          original: original.slice(token.start, token.end).toLowerCase(),
          ...(participle ? { participle } : {}),
        });
    }
  }
  return items;
}

/** A phrase in another language: known words in English, unknown ones transliterated, in English order. */
function foreignPhrase(items: Item[], language: Language, verbal: boolean): string | undefined {
  // "si he sacado al perro": an act the glossary does not know, done to a thing it knows, is
  // named by the thing alone rather than by half a translation ("sacado dog").
  if (items.some((x) => x.known && x.pos === "n")) items = items.filter((x) => !x.participle);
  // "odkurzanie", "podlewanie storczyków": a verbal noun names the habit as a clause would.
  if (!verbal && items[0]?.pos === "v") verbal = true;
  // A noun phrase ends at its first preposition other than "of": "rozciąganie po bieganiu".
  // ("każde rozciąganie po bieganiu": a clause without a verb is a noun phrase too.)
  if (!verbal || !items.some((x) => x.pos === "v")) {
    const cut = items.findIndex(
      (x, k) => k > 0 && x.pos === "f" && x.en !== "of" && items.slice(0, k).some((y) => y.pos !== "f"),
    );
    if (cut > 0) items.splice(cut);
  }
  // "j'ai fait mes exos", "ich habe … gemacht": an auxiliary before the verb it carries is no verb of its own.
  const aux = items.findIndex((x, k) => x.en === "have" && items[k + 1]?.pos === "v");
  if (aux >= 0) items.splice(aux, 1);
  // "… benutzt habe", "gegessen hat": German puts the auxiliary last, after the participle it carries.
  else if (language === "de" && items.at(-1)?.en === "have" && items.at(-2)?.pos === "v") items.pop();
  const content = items.filter((x) => x.pos !== "f");
  if (content.length === 0) return undefined;
  // A leading preposition left without its noun ("w tygodniu" once the time word is dropped) links nothing.
  const ordered = englishOrder(items, language, verbal);
  while (ordered.length > 1 && ordered[0]!.pos === "f" && ordered[1]!.pos === "v") ordered.shift();
  const verb = ordered.findIndex((x) => x.pos === "v");
  if (verbal && verb >= 0) {
    const rest = ordered.filter((x, k) => k !== verb && !(x.pos === "n" && WHOLE_HOME.has(x.en)));
    const ws = [ordered[verb]!, ...rest];
    const objects = ws.slice(1).filter((x) => x.pos !== "f");
    // "kalt dusche", "ducha fría": a verb that is also a noun, with only an adjective, is "cold showers".
    if (objects.length > 0 && objects.every((x) => x.pos === "a"))
      return `${objects.map((x) => x.en).join(" ")} ${ordered[verb]!.en}s`;
    const named = englishVerbPhrase(
      ws.flatMap((x) => x.en.split(" ")),
      false,
    );
    // "auf Spanisch gelernt", "am Klavier geübt": a German verb-final clause whose only noun sits
    // in a prepositional phrase is about that noun ("spanish learning", not "learning").
    const nouns = objects.filter((x) => x.pos === "n" && x.known);
    if (named && language === "de" && !named.includes(" ") && nouns.length === 1 && objects.length === 1)
      return `${nouns[0]!.en} ${named}`;
    if (named) return named;
  }
  const nouns = ordered.filter((x) => x.pos !== "f" && x.pos !== "v");
  return (
    (nouns.length > 0 ? nouns : content)
      .slice(0, 4)
      .map((x) => x.en)
      .join(" ") || undefined
  );
}

/** Names a clause body or an unknown noun phrase; `verbal` when it is a clause (a verb comes first in English). */
export function nameOpenSubject(
  tokens: readonly Token[],
  language: Language,
  verbal: boolean,
  original: string,
): OpenName | undefined {
  // "30 burpees", "did 30 burpees": how many is said with the thing, and is not its name (a
  // noun phrase keeps a number after its head: "omega 3").
  let skip = 0;
  while (skip < tokens.length - 1 && /^\d+$/.test(tokens[skip]!.word)) skip++;
  if (verbal) {
    // "did 30 burpees", "drank 2 kombuchas": what a number counts in a clause is the thing.
    const counted = tokens.findIndex((t) => /^\d+$/.test(t.word));
    const next = counted >= 0 ? tokens[counted + 1] : undefined;
    if (next && !TIMES.has(next.word) && !UNIT_WORDS.has(next.word))
      return nameOpenSubject(tokens.slice(counted + 1), language, false, original);
  }
  let ts = skip > 0 ? tokens.slice(skip) : tokens;
  // "liter heizöl", "mg de doliprane", "kWh vom Balkonkraftwerk": a unit is how the thing is
  // measured, never its name, when anything else is said.
  // ("gram na konsoli" is "I play", a verb of its language, not grams.)
  const measured = ts.filter((t) => !UNIT_WORDS.has(t.word) || gloss(t.word, language)?.pos === "v");
  if (
    (!verbal || language !== "en") &&
    measured.length > 0 &&
    measured.length < ts.length &&
    measured.some((t) => !/^\d+$/.test(t.word))
  )
    ts = measured;
  const fields: string[] = [];
  if (!verbal) {
    // "dosis de Omeprazol" is Omeprazol, with a dose field.
    const rest = ts.filter((t) => !DOSE.has(t.word));
    if (rest.length < ts.length && rest.some((t) => !/^(?:of|de|d'|du|des|von|del)$/.test(t.word))) {
      fields.push("dose");
      ts = rest.filter((t, k) => k > 0 || !/^(?:of|de|d'|du|des|von|del)$/.test(t.word));
    }
  }
  const ws = ts.map((t) => t.word);
  let subject: string | undefined;
  let english = true;
  if (language === "en") {
    if (verbal) subject = englishVerbPhrase(ws);
    else {
      const kept = ws.filter((w) => !DROP.en.has(w) && !FILLER.has(w) && !FUNCTION_WORDS.en.has(w));
      subject = kept.length > 0 ? kept.slice(0, 4).join(" ") : undefined;
    }
  } else {
    const items = itemsOf(ts, language, original);
    subject = foreignPhrase(items, language, verbal);
    english = items.every((x) => x.known);
  }
  // "wakes up at night", "budzi się w nocy", "nachts aufwacht", "se despierta por la noche", "se
  // réveille la nuit": an act at night is its night form ("night waking", "night snacking").
  // The clause may end before its time phrase ("… el bebé | por la noche"): the words up to the
  // next punctuation are read too.
  const last = ts.at(-1);
  const tail = last ? (original.slice(last.end, last.end + 30).split(/[,.;:!?]/)[0] ?? "") : "";
  const around = ` ${ws.join(" ")} ${fold(tail)} `;
  if (
    subject &&
    verbal &&
    /ing$/.test(subject) &&
    !/\bnight/.test(subject) &&
    NIGHT[language].test(around.replace(/\s+/g, " ").replace(EACH_NIGHT, " "))
  ) {
    const parts = subject.trim().split(/\s+/);
    subject = [...parts.slice(0, -1), "night", parts.at(-1)!].join(" ");
  }
  return subject ? { subject, fields, english } : undefined;
}
