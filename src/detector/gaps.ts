// The gap detector: over a window of real activity, the first life area in the catalogue that
// the user never mentions and no skill covers becomes one low-confidence suggestion. It stays
// silent while any gap suggestion is within its dismissal cooldown, so it never nags.
import type { AnalysedMessage } from "./analyse.js";
import type { LifeArea, SkillNeed } from "./types.js";

export interface GapOptions {
  fromMs: number;
  toMs: number;
  minMessages: number;
  minDays: number;
  /** Areas a skill already covers. */
  covered(area: string): boolean;
  /** True while a gap suggestion was recently dismissed. */
  quiet: boolean;
  /** Areas named by an explicit stop or a pending request in this batch. */
  claimed: ReadonlySet<string>;
}

function majority(messages: readonly AnalysedMessage[]): string {
  const counts = new Map<string, number>();
  for (const m of messages) counts.set(m.language, (counts.get(m.language) ?? 0) + 1);
  let best = "en";
  let n = 0;
  for (const [lang, c] of counts)
    if (c > n) {
      best = lang;
      n = c;
    }
  return best;
}

export function findGap(
  messages: readonly AnalysedMessage[],
  catalogue: readonly LifeArea[],
  options: GapOptions,
): SkillNeed | undefined {
  if (options.quiet) return undefined;
  const inWindow = messages.filter((m) => m.day !== undefined && m.timeMs >= options.fromMs && m.timeMs <= options.toMs);
  const days = new Set(inWindow.map((m) => m.day));
  if (inWindow.length < options.minMessages || days.size < options.minDays) return undefined;
  const mentioned = new Set<string>();
  for (const m of messages) for (const a of m.areas) mentioned.add(a);
  const area = catalogue.find((a) => !mentioned.has(a.id) && !options.covered(a.id) && !options.claimed.has(a.id));
  if (!area) return undefined;
  return {
    kind: "gap",
    subject: area.id,
    area: area.id,
    confidence: 0.3,
    evidence: [`${inWindow.length} messages over ${days.size} days without a mention of ${area.id}`],
    language: majority(inWindow),
  };
}
