// The pattern matcher: a trackable subject mentioned on enough distinct days inside the
// window becomes a suggestion with its evidence. Only the curated lexicon (and a guarded
// "I drank/ate X" reading) can produce subjects, so function words, day names and generic
// nouns never do.
import type { AnalysedMessage } from "./analyse.js";
import type { SkillNeed } from "./types.js";

/** Evidence kept per pattern: the most recent message ids. */
export const MAX_EVIDENCE = 20;

export interface PatternOptions {
  minDays: number;
  fromMs: number;
  toMs: number;
  skip(subject: string): boolean;
}

interface Tally {
  days: Set<string>;
  evidence: string[];
  /** The evidence as a set: a look-up per mention, not a scan (10,000 messages on one subject). */
  refs: Set<string>;
  languages: Map<string, number>;
  area?: string;
  open: boolean;
}

function majority(languages: Map<string, number>): string {
  let best = "en";
  let count = 0;
  for (const [lang, n] of languages)
    if (n > count) {
      best = lang;
      count = n;
    }
  return best;
}

export function findPatterns(messages: readonly AnalysedMessage[], options: PatternOptions): SkillNeed[] {
  const tallies = new Map<string, Tally>();
  for (const m of messages) {
    if (m.day === undefined || m.timeMs < options.fromMs || m.timeMs > options.toMs) continue;
    for (const mention of m.mentions) {
      const tally = tallies.get(mention.subject) ?? {
        days: new Set<string>(),
        evidence: [],
        refs: new Set<string>(),
        languages: new Map<string, number>(),
        open: mention.open,
      };
      if (mention.area) tally.area = mention.area;
      tally.days.add(m.day);
      if (!tally.refs.has(m.ref)) {
        tally.refs.add(m.ref);
        tally.evidence.push(m.ref);
      }
      tally.languages.set(m.language, (tally.languages.get(m.language) ?? 0) + 1);
      tallies.set(mention.subject, tally);
    }
  }
  const needs: SkillNeed[] = [];
  for (const [subject, tally] of tallies) {
    if (tally.days.size < options.minDays || options.skip(subject)) continue;
    const base = tally.open ? 0.45 : 0.55;
    const confidence = Math.min(0.85, base + 0.05 * (tally.days.size - options.minDays + 1));
    const evidence = tally.evidence.slice(-MAX_EVIDENCE);
    const need: SkillNeed = {
      kind: "pattern",
      subject,
      confidence: Math.round(confidence * 100) / 100,
      evidence,
      language: majority(tally.languages),
    };
    if (tally.area) need.area = tally.area;
    needs.push(need);
  }
  // Most-evidenced first; ties by subject so the order is deterministic.
  return needs.sort(
    (a, b) => b.confidence - a.confidence || b.evidence.length - a.evidence.length || (a.subject < b.subject ? -1 : 1),
  );
}
