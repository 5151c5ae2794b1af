// A random string that a JSON Schema `pattern` matches, for trial params. It reads the regular
// expression itself (literals, classes, escapes, groups, alternation, quantifiers) and never runs
// it: the pattern comes from the skill, and running it in the service would let a backtracking
// pattern freeze the event loop. What it cannot read (back-references, lookarounds, Unicode
// property classes) gives `undefined`, and the trial says so instead of guessing. Bounded: the
// pattern's length, the nesting depth and the string's length are all capped.

type Rand = (n: number) => number;
const MAX_PATTERN = 512;
const MAX_DEPTH = 16;
const MAX_OUTPUT = 256;
/** Extra repetitions beyond a quantifier's minimum when it has no (or a large) maximum. */
const SPREAD = 3;

const range = (from: string, to: string) =>
  Array.from({ length: to.charCodeAt(0) - from.charCodeAt(0) + 1 }, (_, i) => String.fromCharCode(from.charCodeAt(0) + i));
const DIGITS = range("0", "9");
const WORD = [...range("a", "z"), ...range("A", "Z"), ...DIGITS, "_"];
const SPACE = [" "];
const PRINTABLE = range(" ", "~");
const CLASS_ESCAPES: Record<string, string[]> = {
  d: DIGITS,
  w: WORD,
  s: SPACE,
  D: PRINTABLE.filter((c) => !DIGITS.includes(c)),
  W: PRINTABLE.filter((c) => !WORD.includes(c)),
  S: PRINTABLE.filter((c) => c !== " "),
};
const LITERAL_ESCAPES: Record<string, string> = { n: "\n", t: "\t", r: "\r", f: "\f", v: "\v", "0": "\0" };

class Unsupported extends Error {}

/** A random string containing a match of `pattern`, or undefined when the pattern is beyond this reader. */
export function samplePattern(pattern: string, rand: Rand): string | undefined {
  if (pattern.length > MAX_PATTERN) return undefined;
  let i = 0;
  let out = "";
  const pick = <T>(xs: readonly T[]): T => xs[rand(xs.length)]!;
  const emit = (s: string) => {
    out += s;
    if (out.length > MAX_OUTPUT) throw new Unsupported("too long");
  };

  // Each reader returns a function that appends one random match, so quantifiers can repeat it.
  const alternation = (depth: number): (() => void) => {
    if (depth > MAX_DEPTH) throw new Unsupported("too deep");
    const branches = [sequence(depth)];
    while (pattern[i] === "|") {
      i++;
      branches.push(sequence(depth));
    }
    return () => pick(branches)();
  };
  const sequence = (depth: number): (() => void) => {
    const parts: Array<() => void> = [];
    while (i < pattern.length && pattern[i] !== "|" && pattern[i] !== ")") {
      const atom = readAtom(depth);
      parts.push(quantified(atom));
    }
    return () => parts.forEach((p) => p());
  };
  const quantified = (atom: () => void): (() => void) => {
    let min = 1,
      max = 1;
    const c = pattern[i];
    if (c === "*" || c === "+" || c === "?") {
      i++;
      [min, max] = c === "*" ? [0, SPREAD] : c === "+" ? [1, 1 + SPREAD] : [0, 1];
    } else if (c === "{") {
      const m = /^\{(\d{1,3})(,(\d{0,3}))?\}/.exec(pattern.slice(i));
      if (m) {
        i += m[0].length;
        min = Number(m[1]);
        max = m[2] === undefined ? min : m[3] === "" ? min + SPREAD : Math.min(Number(m[3]), min + SPREAD);
        if (max < min) throw new Unsupported("bad quantifier");
      }
    }
    if (pattern[i] === "?" && (min !== 1 || max !== 1)) i++; // lazy: same language
    if (min === 1 && max === 1) return atom;
    return () => {
      const n = min + rand(max - min + 1);
      for (let k = 0; k < n; k++) atom();
    };
  };
  const readAtom = (depth: number): (() => void) => {
    const c = pattern[i++]!;
    if (c === "^" || c === "$") return () => {};
    if (c === ".") return () => emit(pick(WORD));
    if (c === "[") return readClass();
    if (c === "(") {
      if (pattern[i] === "?") {
        if (pattern[i + 1] !== ":") throw new Unsupported("lookaround or named group");
        i += 2;
      }
      const inner = alternation(depth + 1);
      if (pattern[i++] !== ")") throw new Unsupported("unbalanced group");
      return inner;
    }
    if (c === "\\") return readEscape();
    if ("*+?{}|)".includes(c) && c !== "}") throw new Unsupported("stray quantifier");
    return () => emit(c);
  };
  const readEscape = (): (() => void) => {
    const e = pattern[i++];
    if (e === undefined) throw new Unsupported("trailing backslash");
    const set = CLASS_ESCAPES[e];
    if (set) return () => emit(pick(set));
    if (/[1-9kpPbBuxc]/.test(e)) throw new Unsupported("back-reference, property or word boundary");
    const literal = LITERAL_ESCAPES[e] ?? e;
    return () => emit(literal);
  };
  const readClass = (): (() => void) => {
    const negated = pattern[i] === "^";
    if (negated) i++;
    const members = new Set<string>();
    let first = true;
    while (i < pattern.length && (pattern[i] !== "]" || first)) {
      first = false;
      let c = pattern[i++]!;
      if (c === "\\") {
        const e = pattern[i++] ?? "";
        const set = CLASS_ESCAPES[e];
        if (set) {
          set.forEach((x) => members.add(x));
          continue;
        }
        if (/[1-9kpPuxc]/.test(e)) throw new Unsupported("escape in class");
        c = LITERAL_ESCAPES[e] ?? (e === "b" ? "\b" : e);
      }
      if (pattern[i] === "-" && pattern[i + 1] !== undefined && pattern[i + 1] !== "]") {
        const to = pattern[i + 1] === "\\" ? undefined : pattern[i + 1]!;
        if (to === undefined || to < c) throw new Unsupported("class range");
        i += 2;
        if (to.charCodeAt(0) - c.charCodeAt(0) > 0xffff) throw new Unsupported("class range");
        range(c, to).forEach((x) => members.add(x));
      } else members.add(c);
    }
    if (pattern[i++] !== "]") throw new Unsupported("unclosed class");
    const choices = negated ? PRINTABLE.filter((x) => !members.has(x)) : [...members];
    if (choices.length === 0) throw new Unsupported("empty class");
    return () => emit(pick(choices));
  };

  try {
    const whole = alternation(0);
    if (i !== pattern.length) return undefined;
    whole();
    return out;
  } catch (err) {
    if (err instanceof Unsupported) return undefined;
    throw err;
  }
}
