// What the user already has or has turned down: installed skills ("custom-water-tracker",
// "coffee") cover subjects and areas; dismissed suggestions stay quiet for a cooldown.
import type { Lexicon } from "./lexicon.js";
import type { LifeArea } from "./types.js";

export interface Coverage {
  /** Canonical subjects (or lowercased phrases) an installed skill or a dismissal covers. */
  subjects: Set<string>;
  /** Areas named outright ("custom-sleep-journal" names sleep, "hydration-log" hydration). */
  areas: Set<string>;
  /** Areas touched by a covered subject: enough to silence a gap, not a pattern. */
  touched: Set<string>;
}

// Slug words that say "a tracker", not what is tracked.
const TOOL_WORDS = new Set([
  "custom",
  "tracker",
  "tracking",
  "track",
  "log",
  "logger",
  "logs",
  "journal",
  "diary",
  "counter",
  "monitor",
  "skill",
  "app",
  "habit",
  "habits",
  "daily",
  "my",
  "v1",
  "v2",
]);
const AREA_ALIASES: Record<string, string> = {
  fitness: "exercise",
  sport: "exercise",
  sports: "exercise",
  workout: "exercise",
  finance: "finances",
  money: "finances",
  spending: "finances",
  food: "nutrition",
  meds: "medication",
  medicine: "medication",
  hydrate: "hydration",
  emotions: "mood",
  mental: "mood",
};

export function emptyCoverage(): Coverage {
  return { subjects: new Set(), areas: new Set(), touched: new Set() };
}

/** Adds one installed slug, subject or dismissed suggestion to `coverage`. */
export function cover(coverage: Coverage, name: string, lexicon: Lexicon, catalogue: readonly LifeArea[]): void {
  const lowered = name.toLowerCase().trim();
  const plain = lowered
    .replace(/^custom-/, "")
    .replace(/[-_]+/g, " ")
    .trim();
  const words = plain.split(/\s+/).filter((w) => w && !TOOL_WORDS.has(w));
  coverage.subjects.add(plain);
  coverage.subjects.add(words.join(" "));
  const areaIds = new Set(catalogue.map((a) => a.id));
  const candidates = [words.join(" "), ...words, ...words.slice(1).map((w, i) => `${words[i]} ${w}`)];
  for (const candidate of candidates) {
    const area = AREA_ALIASES[candidate] ?? candidate;
    if (areaIds.has(area)) coverage.areas.add(area);
    const hit = lexicon.lookup(candidate);
    if (!hit) continue;
    coverage.subjects.add(hit.subject);
    for (const a of catalogue) if (a.subjects.includes(hit.subject)) coverage.touched.add(a.id);
  }
}

export function coversSubject(coverage: Coverage, subject: string, catalogue: readonly LifeArea[]): boolean {
  if (coverage.subjects.has(subject)) return true;
  return catalogue.some((a) => coverage.areas.has(a.id) && a.subjects.includes(subject));
}

export function coversArea(coverage: Coverage, area: string): boolean {
  return coverage.areas.has(area) || coverage.touched.has(area);
}

/** Installed lists kept per catalogue: a server sends a tenant's same skills with every request. */
const MAX_LISTS = 1_000;

/**
 * `cover` over a whole installed list, built once per distinct list (most recently used kept).
 * The coverage handed out is shared: read it, never add to it.
 */
export function coverageCache(lexicon: Lexicon, catalogue: readonly LifeArea[]): (names: readonly string[]) => Coverage {
  const lists = new Map<string, Coverage>();
  return function installedCoverage(names) {
    if (names.length === 0) return emptyCoverage();
    const key = JSON.stringify(names);
    let coverage = lists.get(key);
    if (coverage) lists.delete(key);
    else {
      coverage = emptyCoverage();
      for (const name of names) cover(coverage, name, lexicon, catalogue);
      if (lists.size >= MAX_LISTS) lists.delete(lists.keys().next().value!);
    }
    lists.set(key, coverage);
    return coverage;
  };
}
