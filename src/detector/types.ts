import type { DetectMemo } from "./memo.js";

/** Why the detector thinks a skill is wanted. */
export type NeedKind = "request" | "pattern" | "gap";

/** The languages the request parser and the vocabularies know. */
export type Language = "en" | "pl" | "de" | "es" | "fr";

/** A message as the assistant saw it. */
export interface Message {
  id?: string;
  text: string;
  /** ISO 8601 timestamp. */
  at?: string;
}

/** A rating scale named in a request ("on a scale of 1 to 10"). */
export interface Scale {
  min: number;
  max: number;
}

export interface SkillNeed {
  kind: NeedKind;
  /**
   * What to track. Known trackables are named by one lowercase English noun phrase whatever the
   * language ("water", "coffee", "blood pressure"); anything else keeps the user's own words,
   * lowercased ("guitar practice", "ćwiczenia oddechowe"). Gaps are named by their life area.
   */
  subject: string;
  /** The user's own words for the subject, lowercased, when they differ from `subject`. */
  phrase?: string;
  /** Canonical unit ("km", "ml", "kg", "min", "1-10" for a rating scale). */
  unit?: string;
  /** Canonical English field names ("systolic", "diastolic", "category", "notes"). */
  fields?: string[];
  scale?: Scale;
  /** The life area the subject belongs to, when known ("hydration", "sleep", …). */
  area?: string;
  /** 0..1 */
  confidence: number;
  /** Message ids (or quoted text when messages have no ids) supporting the need. */
  evidence: string[];
  /** ISO 639-1 code of the language the need was expressed in. */
  language: string;
}

/** What the request parser makes of one message. */
export type RequestParse =
  | { kind: "request"; need: SkillNeed }
  | { kind: "stop"; subject: string; language: Language }
  | { kind: "none"; reason: NoneReason };

/** Why a message is not a request; a closed set so callers and tests can branch on it. */
export type NoneReason = "no-intent" | "other-sense" | "negated" | "question" | "no-request-frame" | "no-subject";

/** A life area the gap detector knows about: its name, what covers it, and how people speak of it. */
export interface LifeArea {
  id: string;
  /** Trackable subjects that belong to the area (canonical names). */
  subjects: string[];
  /** Extra words (folded: lowercase, no diacritics) that count as mentioning the area; `stem*` matches a prefix. */
  vocabulary: string[];
}

export interface DetectOptions {
  /** Skill slugs ("custom-water-tracker") or subjects ("coffee") already covered. */
  installed?: string[];
  /** Suggestions the user turned down, and when. */
  dismissed?: { subject: string; at: string }[];
  /** The present, ISO 8601; defaults to the latest message time. */
  now?: string;
  /** Distinct days a subject must be mentioned on to become a pattern (default 3). */
  patternDays?: number;
  /** How far back patterns and gaps look, in days (default 14). */
  windowDays?: number;
  /** How long a dismissed suggestion stays quiet, in days (default 30). */
  cooldownDays?: number;
  /** Messages of real activity needed before a gap is suggested (default 20). */
  gapMinMessages?: number;
  /** Distinct days of real activity needed before a gap is suggested (default 5). */
  gapMinDays?: number;
  /** Life areas for the gap detector (default: the built-in catalogue). */
  catalogue?: LifeArea[];
  /**
   * Keeps what each message's text gave (`createDetectMemo`) and reuses it when `scope` sends the
   * same text again; the answer is the same either way. For servers, scoped by tenant.
   */
  memo?: { store: DetectMemo; scope: string };
}

export type ParseMessagesResult = { ok: true; messages: Message[] } | { ok: false; error: string };

/** Asked between messages by the paced functions: a promise to wait for, or nothing to go on. */
export type Pace = () => Promise<void> | undefined;
