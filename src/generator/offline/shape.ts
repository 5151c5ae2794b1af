// Shape inference: which kind of tracker a need asks for. A table of named strategies tried in
// order; the first that answers decides. Each reads the need (unit, fields, scale from the
// detector), the generator's subject defaults and cue words in the request text.
import type { SkillNeed } from "../../detector/index.js";
import {
  CATEGORY_CUE,
  CONTAINER_CUE,
  PER_GROUP_CUE,
  COUNT_CUE,
  DURATION_CUE,
  NUMERIC_FIELD_CUES,
  TEXT_CUE,
  TIME_UNITS,
  YESNO_CUE,
} from "./cues.js";
import { GROUP_FIELDS, isNumericField, type Shape } from "./fields.js";
import type { SubjectDefaults } from "./subjects.js";

export interface ShapeInput {
  need: SkillNeed;
  /** The request, folded (lowercase, no diacritics); empty when there is none. */
  text: string;
  known: SubjectDefaults | undefined;
  /** Unit from the need or the text, canonical ("ml", "h"), or undefined. */
  unit: string | undefined;
  scale: { min: number; max: number } | undefined;
}

export interface ShapeStrategy {
  name: string;
  decide(input: ShapeInput): Shape | null;
}

const SCALE_RE = /(?:^|[^\d])([01])\s*(?:-|–|\/|to|do|bis|al|a|à)\s*(3|4|5|7|10|100)(?!\d)/;

/** A rating scale named in the text ("1-10", "od 1 do 5", "von 0 bis 10", "del 1 al 5", "de 1 à 10"). */
export function scaleInText(text: string): { min: number; max: number } | undefined {
  const m = SCALE_RE.exec(text);
  return m ? { min: Number(m[1]), max: Number(m[2]) } : undefined;
}

/** Numeric fields the need names or the text mentions, in a stable order. */
export function numericFieldsOf(input: Pick<ShapeInput, "need" | "text">): string[] {
  const fromNeed = (input.need.fields ?? []).filter(isNumericField);
  const fromText = NUMERIC_FIELD_CUES.filter((c) => c.cue.test(input.text)).map((c) => c.field);
  return [...new Set([...fromNeed, ...fromText])];
}

const measured = (s: Shape | undefined) => s === "quantity" || s === "duration";

export const SHAPE_STRATEGIES: readonly ShapeStrategy[] = [
  { name: "rating-scale", decide: (i) => (i.scale ? "scale" : null) },
  { name: "several-numbers", decide: (i) => (numericFieldsOf(i).length >= 2 ? "multi" : null) },
  { name: "known-reading", decide: (i) => (i.known?.shape === "multi" ? "multi" : null) },
  {
    name: "grouped-amounts",
    decide: (i) =>
      (i.need.fields ?? []).some((f) => GROUP_FIELDS.has(f)) || CATEGORY_CUE.test(i.text) ? "category_amount" : null,
  },
  {
    name: "per-meal-calories",
    decide: (i) =>
      i.need.subject === "calories" && /\bmeal|posil|mahlzeit|comida|repas/.test(i.text) ? "category_amount" : null,
  },
  { name: "per-client-or-project", decide: (i) => (PER_GROUP_CUE.test(i.text) ? "category_amount" : null) },
  { name: "time-unit", decide: (i) => (i.unit !== undefined && TIME_UNITS.has(i.unit) ? "duration" : null) },
  { name: "how-long", decide: (i) => (DURATION_CUE.test(i.text) ? "duration" : null) },
  // "ile wody", "how many glasses": counting words say count unless the subject is measured in a unit.
  {
    name: "how-many",
    decide: (i) =>
      COUNT_CUE.test(i.text) && (!measured(i.known?.shape) || CONTAINER_CUE.test(i.text)) && !i.unit ? "count" : null,
  },
  { name: "whether", decide: (i) => (YESNO_CUE.test(i.text) ? "yesno" : null) },
  { name: "journal", decide: (i) => (TEXT_CUE.test(i.text) ? "text" : null) },
  { name: "known-subject", decide: (i) => i.known?.shape ?? null },
  { name: "unit-given", decide: (i) => (i.unit !== undefined ? "quantity" : null) },
  { name: "fallback-count", decide: () => "count" },
];

export function inferShape(input: ShapeInput): { shape: Shape; strategy: string } {
  for (const s of SHAPE_STRATEGIES) {
    const shape = s.decide(input);
    if (shape) return { shape, strategy: s.name };
  }
  return { shape: "count", strategy: "fallback-count" };
}
