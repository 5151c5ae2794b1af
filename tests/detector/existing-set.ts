// The labelled tables written while the detector was built, as one LabelledSet (stops and
// lookalikes are not requests), so the evaluation script scores them like a blind set.
import { detectLanguage } from "../../src/detector/language.js";
import { tokenize, fold } from "../../src/detector/fold.js";
import type { LabelledSet } from "./evaluate.js";
import { ALL_SAMPLES } from "./request-samples.js";
import { MORE_SAMPLES } from "./request-samples-more.js";
import { THIRD_SAMPLES } from "./request-samples-third.js";
import { FOURTH_SAMPLES } from "./request-samples-fourth.js";
import { FIFTH_SAMPLES } from "./request-samples-fifth.js";
import { SIXTH_SAMPLES } from "./request-samples-sixth.js";
import { SEVENTH_SAMPLES } from "./request-samples-seventh.js";
import { EIGHTH_SAMPLES } from "./request-samples-eighth.js";
import { NINTH_SAMPLES } from "./request-samples-ninth.js";
import { TENTH_SAMPLES } from "./request-samples-tenth.js";
import { ELEVENTH_SAMPLES } from "./request-samples-eleventh.js";

export const EXISTING_SAMPLES = [
  ...ALL_SAMPLES,
  ...MORE_SAMPLES,
  ...THIRD_SAMPLES,
  ...FOURTH_SAMPLES,
  ...FIFTH_SAMPLES,
  ...SIXTH_SAMPLES,
  ...SEVENTH_SAMPLES,
  ...EIGHTH_SAMPLES,
  ...NINTH_SAMPLES,
  ...TENTH_SAMPLES,
  ...ELEVENTH_SAMPLES,
];

export function existingSet(): LabelledSet {
  return {
    messages: EXISTING_SAMPLES.map((s, i) => ({
      id: `t${i}`,
      lang: detectLanguage(s.text, tokenize(fold(s.text))),
      text: s.text,
      request: s.kind === "request",
      subject: s.kind === "request" ? (s.subject ?? null) : null,
      fields: s.fields ?? [],
    })),
    conversations: [],
  };
}
