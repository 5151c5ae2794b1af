// A degree asked of a noun phrase: "how itchy my eczema is", "how crispy my air fryer fries come
// out", "wie schlimm mein Heuschnupfen heute ist". What is rated is the noun phrase; the
// adjective is the scale's sense, and the verb linking the two is no act to name. Tables on
// folded text (lowercase, no diacritics).
import { singularEn } from "./english-singular.js";
import type { Language } from "./types.js";

// "how itchy", "how crispy", "how full": any word after "how" but those asking an amount (how
// much, many, often, long, far), an answer (how do, how is) or a clause (how I, how the).
const NOT_DEGREE =
  "much|many|often|long|far|old|come|do|does|did|is|are|was|were|can|could|would|should|will|to|about|i|we|you|it|the|my|a|an";

/** The lead-in of a degree question, per language; the first group is the degree word. */
export const DEGREE_LEAD: Partial<Record<Language, RegExp>> = {
  en: new RegExp(String.raw`^how (?!(?:${NOT_DEGREE})\b)([a-z]+)\b`),
  de: /^wie (gut|schlecht|sehr|stark|schlimm)\b/,
};

// The noun phrase a degree is asked of, up to the verb that links it to the degree (English), or
// up to the copula that ends the clause (German). Never the user: "how tired I am" is a feeling.
const DEGREE_OF: Partial<Record<Language, RegExp>> = {
  en: /^((?!(?:i|we|you|he|she|they|it|i'm)\b)(?:[a-z'-]+ ){0,4}?[a-z'-]+) (?:is|are|was|were|feels?|felt|looks?|looked|gets?|got|comes? out|came out|turns? out|turned out|tastes?|tasted|smells?|smelled|sounds?|seems?|seemed|goes|went)\b/,
  de: /^((?!(?:ich|wir|du|er|sie|es)\b)(?:[a-z'-]+ ){0,4}?[a-z'-]+) (?:ist|sind|war|waren|wird|werden|wurde|wurden)\b/,
};

/** How long the noun phrase a degree is asked of is, at the start of `text` (after the lead-in). */
export function degreeObject(text: string, language: Language): number | undefined {
  return DEGREE_OF[language]?.exec(text)?.[1]?.length;
}

const PAINFUL = /\b(?:bad|badly|sore|stiff|painful|achy|tender|schlimm|stark|weh)\b/;
const BODY_PARTS = new Set(
  "back neck knee knees shoulder shoulders hip hips wrist wrists ankle ankles elbow elbows head stomach belly jaw foot feet leg legs arm arms throat chest tooth teeth hand hands finger fingers toe toes heel heels shin shins joint joints".split(
    " ",
  ),
);

/** "how bad my lower back feels", "wie schlimm mein Knie ist": a body part rated for how bad it is is rated for its pain. */
export function ratedSubject(subject: string, lead: string): string {
  const part = subject.split(" ").at(-1) ?? "";
  return PAINFUL.test(lead) && BODY_PARTS.has(part) ? `${subject.replace(/\w+$/, singularEn)} pain` : subject;
}
