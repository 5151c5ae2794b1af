// One pass over a message for the pattern and gap detectors: folded words, language, day,
// and the subjects and life areas it mentions.
import { consumedThings } from "./consumption.js";
import { contextMentions, otherSenses } from "./context-mentions.js";
import { fold, tokenize, type Token } from "./fold.js";
import { detectLanguage } from "./language.js";
import type { Lexicon } from "./lexicon.js";
import type { Language, Message } from "./types.js";

export interface Mention {
  subject: string;
  area?: string;
  /** Found by the open-vocabulary path rather than the lexicon. */
  open: boolean;
}

export interface AnalysedMessage {
  message: Message;
  /** The message id, or its quoted text when it has none. */
  ref: string;
  /** UTC calendar day (YYYY-MM-DD), when the message has a time. */
  day?: string;
  timeMs: number;
  language: Language;
  /** The text folded and tokenised, for the request parser. */
  folded: string;
  tokens: Token[];
  mentions: Mention[];
  /** Life areas the message touches, through subjects or area vocabulary. */
  areas: Set<string>;
}

export interface Analyser {
  (message: Message): AnalysedMessage;
}

export function createAnalyser(lexicon: Lexicon, areaLexicon: Lexicon, areaOfSubject: ReadonlyMap<string, string>): Analyser {
  return function analyse(message) {
    const folded = fold(message.text);
    const tokens = tokenize(folded);
    const language = detectLanguage(message.text, tokens);
    const mentions: Mention[] = [];
    // "my nose won't stop running": the word, not the activity.
    const seen = new Set<string>(otherSenses(folded));
    const areas = new Set<string>();
    for (const hit of lexicon.scan(tokens, false, 0, tokens.length, false, language)) {
      const area = areaOfSubject.get(hit.trackable.subject);
      if (area) areas.add(area);
    }
    // German compounds name their last part: "Kaffeefleck" is a stain, "Kaffeekonsum" coffee.
    for (const hit of lexicon.scan(tokens, true, 0, tokens.length, language === "de", language)) {
      if (seen.has(hit.trackable.subject)) continue;
      seen.add(hit.trackable.subject);
      mentions.push({
        subject: hit.trackable.subject,
        area: areaOfSubject.get(hit.trackable.subject) ?? hit.trackable.area,
        open: false,
      });
    }
    for (const subject of contextMentions(folded)) {
      if (seen.has(subject)) continue;
      seen.add(subject);
      const area = areaOfSubject.get(subject);
      if (area) areas.add(area);
      mentions.push(area ? { subject, area, open: false } : { subject, open: false });
    }
    for (const thing of consumedThings(tokens, message.text)) {
      if (seen.has(thing) || lexicon.lookup(fold(thing))) continue;
      seen.add(thing);
      mentions.push({ subject: thing, open: true });
    }
    for (const hit of areaLexicon.scan(tokens, false)) areas.add(hit.trackable.area);
    return placed({ language, folded, tokens, mentions, areas }, message);
  };
}

/** What the analysis reads from the text alone; the same for every message with that text. */
type TextReading = Pick<AnalysedMessage, "language" | "folded" | "tokens" | "mentions" | "areas">;

function placed(reading: TextReading, message: Message): AnalysedMessage {
  const timeMs = message.at ? Date.parse(message.at) : Number.NaN;
  const analysed: AnalysedMessage = {
    message,
    ref: message.id ?? `"${message.text.slice(0, 80)}"`,
    timeMs,
    language: reading.language,
    folded: reading.folded,
    tokens: reading.tokens,
    mentions: reading.mentions,
    areas: reading.areas,
  };
  if (!Number.isNaN(timeMs)) analysed.day = new Date(timeMs).toISOString().slice(0, 10);
  return analysed;
}

/** An earlier analysis of the same text, for `message` (its id, time and day). Shares the reading: read-only. */
export function reanalysed(earlier: AnalysedMessage, message: Message): AnalysedMessage {
  return placed(earlier, message);
}
