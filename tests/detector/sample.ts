// One labelled message of the request-parser table, and the three ways to write one.
// `subject` is the canonical subject a human would give; unit and fields only where stated.
export interface Sample {
  text: string;
  kind: "request" | "stop" | "none";
  subject?: string;
  unit?: string;
  fields?: string[];
}

/** A request for `subject` (with unit or fields when the message states them). */
export const r = (text: string, subject: string, extra: Partial<Sample> = {}): Sample => ({
  text,
  kind: "request",
  subject,
  ...extra,
});
/** A stop intent ("stop tracking my weight"). */
export const s = (text: string, subject: string): Sample => ({ text, kind: "stop", subject });
/** Not a request: a lookalike, a negation, a question. */
export const n = (text: string): Sample => ({ text, kind: "none" });
