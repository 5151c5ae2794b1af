// Text folding for matching: lowercase, diacritics removed, one output character per input
// UTF-16 unit, so an index found in the folded text is also an index into the original.
const SPECIAL: Record<string, string> = {
  ł: "l",
  Ł: "l",
  ß: "s",
  œ: "o",
  Œ: "o",
  æ: "a",
  ø: "o",
  "’": "'",
  "‘": "'",
  ʼ: "'",
  "´": "'",
  "–": "-",
  "—": "-",
};
const cache = new Map<number, string>();

function foldUnit(ch: string): string {
  const code = ch.charCodeAt(0);
  const hit = cache.get(code);
  if (hit !== undefined) return hit;
  let out = SPECIAL[ch];
  if (out === undefined) {
    const base = ch
      .toLowerCase()
      .normalize("NFD")
      .replace(/[\u0300-\u036f]/g, "");
    out = base.length === 1 ? base : ch.toLowerCase().length === 1 ? ch.toLowerCase() : ch;
  }
  cache.set(code, out);
  return out;
}

/** Lowercase, diacritic-free copy of `text` with the same length. */
export function fold(text: string): string {
  let ascii = true;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c > 127) {
      ascii = false;
      break;
    }
  }
  if (ascii) return text.toLowerCase();
  let out = "";
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    out += c < 128 ? text[i]!.toLowerCase() : foldUnit(text[i]!);
  }
  return out;
}

export interface Token {
  word: string;
  start: number;
  end: number;
}

const WORD_RE = /[a-z0-9]+(?:[-'][a-z0-9]+)*/g;

/** Words of a folded text with their positions; apostrophes and hyphens stay inside a word. */
export function tokenize(folded: string, from = 0, to = folded.length): Token[] {
  const tokens: Token[] = [];
  WORD_RE.lastIndex = from;
  for (let m = WORD_RE.exec(folded); m !== null && m.index < to; m = WORD_RE.exec(folded)) {
    const end = Math.min(m.index + m[0].length, to);
    tokens.push({ word: folded.slice(m.index, end), start: m.index, end });
  }
  return tokens;
}
