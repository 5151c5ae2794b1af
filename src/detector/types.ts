/** Why the detector thinks a skill is wanted. */
export type NeedKind = "request" | "pattern" | "gap";

/** A message as the assistant saw it. */
export interface Message {
  id?: string;
  text: string;
  /** ISO 8601 timestamp. */
  at?: string;
}

export interface SkillNeed {
  kind: NeedKind;
  /** What to track, normalised to a short English-or-source noun phrase ("water intake"). */
  subject: string;
  unit?: string;
  fields?: string[];
  /** 0..1 */
  confidence: number;
  /** Message ids (or quoted text when messages have no ids) supporting the need. */
  evidence: string[];
  /** ISO 639-1 code of the language the need was expressed in. */
  language: string;
}
