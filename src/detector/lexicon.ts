// Finds trackable subjects in folded text: exact words and phrases through one map, stems
// through a map keyed by their first four letters, so a scan costs a few lookups per word.
import { tokenize, type Token } from "./fold.js";
import { STEPS_BEFORE } from "./subject-words.js";
import { TRACKABLES, type Trackable } from "./trackables.js";

export interface SubjectHit {
  trackable: Trackable;
  /** Matched through a form that counts only inside requests. */
  requestOnly: boolean;
  /** Index of the first and one past the last token of the match. */
  first: number;
  last: number;
  start: number;
  end: number;
}

export interface Lexicon {
  /** Every hit in `tokens`, in order; `mentionsOnly` drops forms that count only in requests. */
  scan(
    tokens: readonly Token[],
    mentionsOnly: boolean,
    from?: number,
    to?: number,
    compounds?: boolean,
    language?: string,
  ): SubjectHit[];
  /** The trackable a word or phrase names (folded), if any. */
  lookup(phrase: string): Trackable | undefined;
}

const COMPOUND_TAIL = /(?:konsum|verbrauch|zufuhr|menge|werte?|tagebuch|tracker|protokoll|zahler|kontrolle|zeit|buch|liste)$/;

interface Entry {
  trackable: Trackable;
  requestOnly: boolean;
  /** A form that means the trackable only in one language ("en:pain": French "pain" is bread). */
  language?: string;
}

// A German compound names its head, its last part: "Kaffeemaschine" is a machine, not coffee.
// A known first part names the whole only when the rest is an inflection or a generic head
// ("Kaffeekonsum", "Laufrunden", "Blutdruckwerte").
const GENERIC_TAIL =
  /^(?:e?s|e?n|e|er|ern|chen|[a-z]{0,3}?(?:ubung(?:en|s?zeit(?:en)?)?|attacken|anfalle?|portionen|konsum|verbrauch|zufuhr|mengen?|werte?|tagebuch|tracker|protokoll|zahler|kontrolle|zeit(?:en)?|buch|liste|qualitat|dauer|touren?|ausflug|ausfluge|fahrten?|rhythmus|phasen?|runden?|stunden?|einheiten?|trainings?|kilometer|strecken?|zyklus|spiegel|pausen?|daten|bilanz|messung(?:en)?|journal|log|sessions?|einnahmen?|tabletten?|kapseln?))$/;

export function createLexicon(trackables: readonly Trackable[] = TRACKABLES): Lexicon {
  const exact = new Map<string, Entry>();
  const stems = new Map<string, { stem: string; entry: Entry }[]>();
  // First words of multi-word forms: only these make a phrase lookup worth building.
  const phraseStarts = new Set<string>();
  for (const trackable of trackables) {
    for (const raw of trackable.forms) {
      const requestOnly = raw.startsWith("~");
      const tagged = /^(\w\w):(.*)$/.exec(requestOnly ? raw.slice(1) : raw);
      const form = tagged ? tagged[2]! : requestOnly ? raw.slice(1) : raw;
      const entry: Entry = tagged ? { trackable, requestOnly, language: tagged[1]! } : { trackable, requestOnly };
      if (form.endsWith("*")) {
        const stem = form.slice(0, -1);
        const key = stem.slice(0, 4);
        const list = stems.get(key) ?? [];
        list.push({ stem, entry });
        stems.set(key, list);
      } else if (!exact.has(form)) {
        exact.set(form, entry);
        if (form.includes(" ")) phraseStarts.add(form.slice(0, form.indexOf(" ")));
      }
    }
  }

  // Set per scan: the text's language, and whether German compounds are read head-final (in
  // requests and mentions alike: a "Kaffeemaschine" on four days is no coffee habit).
  let language: string | undefined;
  let headFinal = false;
  const fits = (entry: Entry | undefined): Entry | undefined =>
    entry && (!entry.language || !language || entry.language === language) ? entry : undefined;

  function word(w: string): Entry | undefined {
    const hit = fits(exact.get(w));
    if (hit) return hit;
    if (w.length < 4) return undefined;
    const list = stems.get(w.slice(0, 4));
    if (!list) return undefined;
    for (const { stem, entry } of list) {
      if (!w.startsWith(stem) || !fits(entry)) continue;
      if (headFinal && w.length - stem.length >= 5 && !GENERIC_TAIL.test(w.slice(stem.length))) continue;
      return entry;
    }
    return undefined;
  }

  function single(w: string): Entry | undefined {
    const hit = word(w);
    if (hit) return hit;
    // German compounds: "Bierkonsum", "Zuckerverbrauch", "Stimmungstagebuch" name their first part.
    const compound = COMPOUND_TAIL.exec(w);
    if (compound && compound.index >= 3) {
      const head = w.slice(0, compound.index);
      const inner = word(head) ?? (head.endsWith("s") ? word(head.slice(0, -1)) : undefined);
      if (inner) return inner;
    }
    const apostrophe = w.indexOf("'");
    if (apostrophe < 0) return undefined;
    // Elisions ("d'eau", "l'alcool") and possessives ("coffee's").
    return word(w.slice(apostrophe + 1)) ?? word(w.slice(0, apostrophe));
  }

  // German compounds are head-final: "Joggingrunden", "Yogastunden", "Laufeinheiten" are about
  // their first part. A known word at the start of a long unknown word names it (requests only).
  function compound(w: string): Entry | undefined {
    if (w.length < 8 || w.includes("'")) return undefined;
    for (let cut = w.length - 4; cut >= 4; cut--) {
      const head = w.slice(0, cut);
      const hit = fits(exact.get(head) ?? (head.endsWith("s") || head.endsWith("n") ? exact.get(head.slice(0, -1)) : undefined));
      if (hit && GENERIC_TAIL.test(w.slice(cut))) return hit;
    }
    return undefined;
  }

  return {
    scan(tokens, mentionsOnly, from = 0, to = tokens.length, compounds = false, lang) {
      language = lang;
      headFinal = compounds;
      const hits: SubjectHit[] = [];
      for (let i = from; i < to; i++) {
        let found: Entry | undefined;
        let span = 1;
        const phrase = phraseStarts.has(tokens[i]!.word);
        if (phrase && i + 2 < to) {
          found = fits(exact.get(`${tokens[i]!.word} ${tokens[i + 1]!.word} ${tokens[i + 2]!.word}`));
          span = 3;
        }
        if (phrase && !found && i + 1 < to) {
          found = fits(exact.get(`${tokens[i]!.word} ${tokens[i + 1]!.word}`));
          span = 2;
        }
        if (!found) {
          found = single(tokens[i]!.word);
          span = 1;
        }
        if (!found && compounds && !mentionsOnly) {
          const inner = compound(tokens[i]!.word);
          if (inner) found = { trackable: inner.trackable, requestOnly: true };
        }
        if (!found || (mentionsOnly && found.requestOnly)) continue;
        // French "pas" is steps only when counted or owned ("mes pas", "nombre de pas", "8000
        // pas"); otherwise it is the negation ("pas de grignotage", "pas mal de").
        if (span === 1 && tokens[i]!.word === "pas" && !STEPS_BEFORE.test(tokens[i - 1]?.word ?? "")) continue;
        const last = i + span;
        hits.push({
          trackable: found.trackable,
          requestOnly: found.requestOnly,
          first: i,
          last,
          start: tokens[i]!.start,
          end: tokens[last - 1]!.end,
        });
        i = last - 1;
      }
      return hits;
    },
    lookup(phrase) {
      const tokens = tokenize(phrase);
      if (tokens.length === 0) return undefined;
      const joined = tokens.map((t) => t.word).join(" ");
      return exact.get(joined)?.trackable ?? (tokens.length === 1 ? single(joined)?.trackable : undefined);
    },
  };
}
