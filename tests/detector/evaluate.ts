// Scores the request parser and detectNeeds on a labelled set: precision, recall, subject
// accuracy per language, and conversations whose needs are exactly the expected subjects.
// Subjects match leniently: folded, hyphens as spaces, each word singular ("migraines" =
// "migraine", "berries" = "berry"), word order ignored ("bedsheet changing" = "changing
// bedsheets"). Nothing else is forgiven: "physio" is not "physiotherapy".
import type { DetectOptions, Message, RequestParse, SkillNeed } from "../../src/detector/index.js";

export interface LabelledMessage {
  id: string;
  lang: string;
  text: string;
  request: boolean;
  subject: string | null;
  /** Other namings a fair judge accepts. */
  alt?: string[];
  fields?: string[];
}
export interface LabelledConversation {
  id: string;
  lang: string;
  messages: { text: string; at: string }[];
  expect: { subject: string; alt?: string[] }[];
}
export interface LabelledSet {
  messages: LabelledMessage[];
  conversations: LabelledConversation[];
}

export interface Tally {
  tp: number;
  fp: number;
  fn: number;
  tn: number;
  subjectOk: number;
  fieldsOk: number;
  fieldsAsked: number;
  fieldsExtra: number;
}
export interface Miss {
  id: string;
  lang: string;
  kind: "missed" | "false" | "subject" | "fields";
  text: string;
  got: string;
  want: string;
}
export interface Report {
  byLanguage: Map<string, Tally>;
  total: Tally;
  misses: Miss[];
  conversations: { id: string; lang: string; ok: boolean; got: string[]; want: string[] }[];
}

const fold = (s: string): string =>
  s
    .toLowerCase()
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/ł/g, "l");

function singular(word: string): string {
  if (word.length > 4 && word.endsWith("ies")) return `${word.slice(0, -3)}y`;
  // "lenses" → "lens" → "len" and "lens" → "len": both sides end the same.
  let w = word.length > 4 && /(?:s|x|ch|sh)es$/.test(word) ? word.slice(0, -2) : word;
  if (w.length > 3 && w.endsWith("s") && !w.endsWith("ss")) w = w.slice(0, -1);
  return w;
}

/** The words of a subject as compared: folded, singular, sorted. */
export function subjectKey(subject: string): string {
  return fold(subject).replace(/[-_/]/g, " ").split(/\s+/).filter(Boolean).map(singular).sort().join(" ");
}

export const sameSubject = (a: string, b: string): boolean => subjectKey(a) === subjectKey(b);

const empty = (): Tally => ({ tp: 0, fp: 0, fn: 0, tn: 0, subjectOk: 0, fieldsOk: 0, fieldsAsked: 0, fieldsExtra: 0 });

export function scoreSet(
  set: LabelledSet,
  parse: (text: string) => RequestParse,
  detect: (m: Message[], o?: DetectOptions) => SkillNeed[],
): Report {
  const byLanguage = new Map<string, Tally>();
  const total = empty();
  const misses: Miss[] = [];
  for (const m of set.messages) {
    const t = byLanguage.get(m.lang) ?? empty();
    byLanguage.set(m.lang, t);
    const parsed = parse(m.text);
    const got = parsed.kind === "request" ? parsed.need : undefined;
    const bump = (k: keyof Tally): void => {
      t[k]++;
      total[k]++;
    };
    if (m.request && got) {
      bump("tp");
      if (m.subject && [m.subject, ...(m.alt ?? [])].some((s) => sameSubject(got.subject, s))) bump("subjectOk");
      else misses.push({ id: m.id, lang: m.lang, kind: "subject", text: m.text, got: got.subject, want: m.subject ?? "" });
      // A field the label does not ask for (a scale counts as rating or severity).
      const asked = new Set([...(m.fields ?? []), "rating", "severity"]);
      if ((got.fields ?? []).some((f) => !asked.has(f))) bump("fieldsExtra");
      if (m.fields && m.fields.length > 0) {
        bump("fieldsAsked");
        const have = new Set(got.fields ?? []);
        if (got.scale) have.add("rating").add("severity");
        if (m.fields.every((f) => have.has(f))) bump("fieldsOk");
        else
          misses.push({
            id: m.id,
            lang: m.lang,
            kind: "fields",
            text: m.text,
            got: (got.fields ?? []).join(","),
            want: m.fields.join(","),
          });
      }
    } else if (m.request) {
      bump("fn");
      misses.push({
        id: m.id,
        lang: m.lang,
        kind: "missed",
        text: m.text,
        got: parsed.kind === "none" ? parsed.reason : parsed.kind,
        want: m.subject ?? "",
      });
    } else if (got) {
      bump("fp");
      misses.push({ id: m.id, lang: m.lang, kind: "false", text: m.text, got: got.subject, want: "" });
    } else bump("tn");
  }
  const conversations = set.conversations.map((c) => {
    const messages = c.messages.map((m, i) => ({ id: `${c.id}-${i}`, text: m.text, at: m.at }));
    const got = detect(messages)
      .filter((n) => n.kind !== "gap")
      .map((n) => n.subject);
    const want = c.expect.map((e) => e.subject);
    const names = c.expect.map((e) => [e.subject, ...(e.alt ?? [])]);
    const fits = (g: string, n: string[]) => n.some((w) => sameSubject(g, w));
    const ok = names.every((n) => got.some((g) => fits(g, n))) && got.every((g) => names.some((n) => fits(g, n)));
    return { id: c.id, lang: c.lang, ok, got, want };
  });
  return { byLanguage, total, misses, conversations };
}

export const precision = (t: Tally): number => (t.tp + t.fp === 0 ? 1 : t.tp / (t.tp + t.fp));
export const recall = (t: Tally): number => (t.tp + t.fn === 0 ? 1 : t.tp / (t.tp + t.fn));
/** Right subjects among the requests found. */
export const subjectAccuracy = (t: Tally): number => (t.tp === 0 ? 1 : t.subjectOk / t.tp);
