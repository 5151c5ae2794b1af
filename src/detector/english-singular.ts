// English singular nouns, for a name built of parts: a modifier is singular in English ("tomato
// plants", not "tomatoes plants"), and a collection subject keeps one form of its last word.

/** A plural English noun made singular ("bedsheets" → "bedsheet", "lenses" → "lens", "berries" → "berry"). */
export function singularEn(word: string): string {
  if (/^(?:clothes|news|series|species|means|glasses|scissors|trousers)$/.test(word)) return word;
  if (word.length > 4 && word.endsWith("ies")) return `${word.slice(0, -3)}y`;
  // "tomatoes", "potatoes", "mangoes" (but "shoes", "toes").
  if (word.length > 5 && word.endsWith("oes")) return word.slice(0, -2);
  if (word.length > 4 && /(?:ss|x|ch|sh|ns|zz)es$/.test(word)) return word.slice(0, -2);
  if (word.length > 3 && word.endsWith("s") && !/(?:ss|us|is)$/.test(word)) return word.slice(0, -1);
  return word;
}
