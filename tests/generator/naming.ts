// How the request sets judge a collection name: every word of an expected English subject appears
// in it, plural-insensitive ("water" in water_entries, "blood pressure" in blood_pressure_entries).
export const words = (s: string): string[] =>
  s
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean)
    .map((w) => w.replace(/(?:es|s)$/, ""));

/** Every word of one of the accepted namings appears in the collection name. */
export function namesSubject(collection: string, ...subjects: string[]): boolean {
  const have = new Set(words(collection));
  return subjects.some((s) => words(s).every((w) => have.has(w)));
}
