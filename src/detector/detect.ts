// detectNeeds: requests from every message, patterns over the window, at most one gap.
// Pure: the clock is `options.now` (or the latest message), nothing is read or written.
import { createAnalyser, reanalysed, type AnalysedMessage, type Analyser } from "./analyse.js";
import { cover, coverageCache, coversArea, coversSubject, emptyCoverage, type Coverage } from "./coverage.js";
import { fold } from "./fold.js";
import { findGap } from "./gaps.js";
import { createLexicon, type Lexicon } from "./lexicon.js";
import { DEFAULT_LIFE_AREAS } from "./life-areas.js";
import { MAX_EVIDENCE, findPatterns } from "./patterns.js";
import { createRequestParser } from "./request-parser.js";
import type { DetectOptions, LifeArea, Message, Pace, RequestParse, SkillNeed } from "./types.js";

const DAY_MS = 86_400_000;

export const DETECT_DEFAULTS = { patternDays: 3, windowDays: 14, cooldownDays: 30, gapMinMessages: 20, gapMinDays: 5 } as const;

function areaLexicon(catalogue: readonly LifeArea[]): Lexicon {
  return createLexicon(catalogue.map((a) => ({ subject: a.id, area: a.id, forms: a.vocabulary })));
}

/** Builds `detectNeeds` (and its paced twin) over a lexicon (the built-in one by default). */
export function createDetector(lexicon: Lexicon = createLexicon()) {
  const parseRequest = createRequestParser(lexicon);
  // Built once per catalogue (the built-in one, in practice), not on every call: on a server
  // answering one message at a time this set-up cost more than analysing the message.
  const perCatalogue = new WeakMap<
    readonly LifeArea[],
    { analyse: Analyser; areaOfSubject: ReadonlyMap<string, string>; installedCoverage: (names: readonly string[]) => Coverage }
  >();
  function forCatalogue(catalogue: readonly LifeArea[]) {
    let entry = perCatalogue.get(catalogue);
    if (!entry) {
      const areaOfSubject = new Map<string, string>();
      for (const a of catalogue) for (const s of a.subjects) areaOfSubject.set(s, a.id);
      entry = {
        analyse: createAnalyser(lexicon, areaLexicon(catalogue), areaOfSubject),
        areaOfSubject,
        installedCoverage: coverageCache(lexicon, catalogue),
      };
      perCatalogue.set(catalogue, entry);
    }
    return entry;
  }

  /** Everything one call needs before the first message: options read, coverage built. */
  function begin(options: DetectOptions) {
    const catalogue = options.catalogue ?? DEFAULT_LIFE_AREAS;
    const { analyse, areaOfSubject, installedCoverage } = forCatalogue(catalogue);
    const analysed: AnalysedMessage[] = [];
    // Requests in message order; a later stop for the same subject withdraws it.
    const requests = new Map<string, SkillNeed>();
    const stopped = new Set<string>();
    const memo = options.memo;
    /** The message analysed and parsed, or an earlier reading of the same text placed on it. */
    function read(message: Message): { m: AnalysedMessage; parsed: RequestParse } {
      const known = memo?.store.get(memo.scope, message.text, catalogue);
      if (known) return { m: reanalysed(known.analysed, message), parsed: known.parsed };
      const m = analyse(message);
      const parsed = parseRequest(m.message.text, m);
      memo?.store.set(memo.scope, m, parsed, catalogue);
      return { m, parsed };
    }
    /** One message: analysed for patterns and gaps, parsed as a request or a stop. */
    function step(message: Message): void {
      const { m, parsed } = read(message);
      analysed.push(m);
      if (parsed.kind === "stop") {
        const subject = parsed.subject;
        requests.delete(subject);
        stopped.add(subject);
      } else if (parsed.kind === "request") {
        const existing = requests.get(parsed.need.subject);
        if (existing) existing.evidence = [...existing.evidence, m.ref].slice(-MAX_EVIDENCE);
        else requests.set(parsed.need.subject, { ...parsed.need, evidence: [m.ref] });
        stopped.delete(parsed.need.subject);
      }
    }
    function finish(): SkillNeed[] {
      const times = analysed.map((m) => m.timeMs).filter((t) => !Number.isNaN(t));
      const latest = times.reduce((a, b) => Math.max(a, b), 0);
      const given = options.now ? Date.parse(options.now) : Number.NaN;
      // An unreadable `now` falls back to the latest message rather than silencing every window.
      const nowMs = Number.isNaN(given) ? latest : given;
      const windowDays = options.windowDays ?? DETECT_DEFAULTS.windowDays;
      const fromMs = nowMs - windowDays * DAY_MS;
      const cooldownMs = (options.cooldownDays ?? DETECT_DEFAULTS.cooldownDays) * DAY_MS;

      const installed = installedCoverage(options.installed ?? []);
      const dismissed = emptyCoverage();
      for (const d of options.dismissed ?? []) {
        const at = Date.parse(d.at);
        if (!Number.isNaN(at) && nowMs - at < cooldownMs) cover(dismissed, d.subject, lexicon, catalogue);
      }

      const patterns = findPatterns(analysed, {
        minDays: options.patternDays ?? DETECT_DEFAULTS.patternDays,
        fromMs,
        toMs: nowMs,
        skip: (subject) =>
          requests.has(subject) ||
          stopped.has(subject) ||
          coversSubject(installed, subject, catalogue) ||
          coversSubject(dismissed, subject, catalogue) ||
          dismissed.subjects.has(fold(subject)),
      });
      const claimed = new Set<string>();
      for (const s of [...stopped, ...requests.keys()]) {
        const a = areaOfSubject.get(s);
        if (a) claimed.add(a);
      }
      const gap = findGap(analysed, catalogue, {
        fromMs,
        toMs: nowMs,
        minMessages: options.gapMinMessages ?? DETECT_DEFAULTS.gapMinMessages,
        minDays: options.gapMinDays ?? DETECT_DEFAULTS.gapMinDays,
        covered: (area) => coversArea(installed, area),
        quiet: catalogue.some((a) => dismissed.areas.has(a.id)),
        claimed,
      });
      return [...requests.values(), ...patterns, ...(gap ? [gap] : [])];
    }
    return { step, finish };
  }

  function detectNeeds(messages: readonly Message[], options: DetectOptions = {}): SkillNeed[] {
    const run = begin(options);
    for (const message of messages) run.step(message);
    return run.finish();
  }

  /**
   * The same answer as `detectNeeds`, with `pace` asked after every message: when it returns a
   * promise the detector waits for it. A server hands in one that yields to its event loop every
   * few milliseconds, so a large batch never stalls other requests; the detector keeps no clock.
   */
  async function detectNeedsPaced(messages: readonly Message[], options: DetectOptions, pace: Pace): Promise<SkillNeed[]> {
    const run = begin(options);
    for (const message of messages) {
      run.step(message);
      const wait = pace();
      if (wait) await wait;
    }
    return run.finish();
  }

  return { detectNeeds, detectNeedsPaced };
}
