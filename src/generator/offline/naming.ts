// Names derived from a subject in any language: a safe ASCII snake_case base for collections and
// slugs (`water` → `water_entries`, `custom-water-tracker`) and a human label. The subject is user
// text: only [a-z0-9_] survives into names, and the label only ever reaches code as a literal.

/** Letters NFD does not decompose. */
const SPECIAL: Readonly<Record<string, string>> = { ł: "l", ß: "ss", ø: "o", æ: "ae", œ: "oe", đ: "d", ð: "d", þ: "th", ı: "i" };

/** Lowercase, diacritics removed, special letters transliterated. */
export function fold(text: string): string {
  return text
    .toLowerCase()
    .normalize("NFD")
    .replace(/\p{M}+/gu, "")
    .replace(/[łßøæœđðþı]/g, (c) => SPECIAL[c] ?? c);
}

const MAX_BASE = 40;
export const FALLBACK_BASE = "tracker";
/** Words that say nothing about the subject. */
const FILLER = new Set(["my", "the", "a", "an", "of", "entries", "entry", "tracker", "log"]);

/** `[a-z][a-z0-9_]*`, at most 40 characters, or the generic fallback. */
export function safeBase(subject: string): string {
  const words = fold(subject)
    .split(/[^a-z0-9]+/)
    .filter((w) => w && !FILLER.has(w));
  let base = "";
  for (const w of words) {
    const next = base ? `${base}_${w}` : w;
    if (next.length > MAX_BASE) break;
    base = next;
  }
  if (!/^[a-z]/.test(base)) base = base ? `t_${base}`.slice(0, MAX_BASE).replace(/_+$/, "") : "";
  return base || FALLBACK_BASE;
}

/** A short, printable label: control and format characters removed, whitespace collapsed. */
export function humanLabel(subject: string): string {
  const clean = subject
    .replace(/[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/gu, " ")
    .replace(/\s+/g, " ")
    .trim()
    .slice(0, 60)
    .trim();
  return clean || "entries";
}

export interface Names {
  base: string;
  collection: string;
  slug: string;
  /** The Agent Skills `name`: the slug without `custom-`. */
  skillName: string;
  label: string;
}

export function namesFor(subject: string): Names {
  const base = safeBase(subject);
  const kebab = base.replace(/_/g, "-");
  return {
    base,
    collection: `${base}_entries`,
    slug: `custom-${kebab}-tracker`,
    skillName: `${kebab}-tracker`,
    label: humanLabel(subject),
  };
}

/**
 * What a user calls a written record, in any language (folded text), and its English name. A
 * journal of dreams is a "dream journal", notes on training are "training notes": the record
 * word belongs in the name of a text record, as the user would say it.
 */
const RECORD_WORDS: readonly [english: string, said: RegExp][] = [
  ["journal", /\b(?:journal|diary|diaries|tagebuch\w*|\w+tagebuch\w*|dziennik\w*|pamietnik\w*|dzienniczek\w*|diario)\b/],
  ["notes", /\b(?:notes|notatki|notatek|notizen|notas|apuntes)\b/],
];

// A request that opens with its record word asks for that record whatever is written in it:
// "notes on every wine I taste", "notatki z rozmów z klientami".
const OPENING = 24;
const RECORD_NAMES = new Set(["journal", "diary", "notes", "note", "log"]);

/**
 * The subject a collection is named by: the need's, with the record word the user called a
 * written record by ("gratitude" → "gratitude journal", "wine" → "wine notes").
 */
export function recordName(subject: string, request: string, textRecord: boolean): string {
  const text = fold(request);
  const said = RECORD_WORDS.map(([english, re]) => ({ english, at: re.exec(text)?.index })).find((r) => r.at !== undefined);
  if (!said || (!textRecord && said.at! > OPENING)) return subject;
  if (
    fold(subject)
      .split(/[^a-z]+/)
      .some((w) => RECORD_NAMES.has(w))
  )
    return subject;
  return `${subject} ${said.english}`;
}
