// The fields table: which fields a tracker of each shape stores, with their bounds. A field is
// plain data; params schemas, row schemas and the runtime's FIELDS constant are all built from it.
import type { JsonObject } from "../../contract/index.js";

export const SHAPES = ["quantity", "count", "scale", "multi", "category_amount", "text", "duration", "yesno"] as const;
export type Shape = (typeof SHAPES)[number];

export interface FieldDef {
  name: string;
  kind: "number" | "integer" | "text" | "boolean";
  /** English words for the user (params descriptions, SKILL.md). */
  description: string;
  required: boolean;
  min?: number;
  /** A number must be above this (amounts: > 0). */
  above?: number;
  max?: number;
  maxLength?: number;
  unit?: string;
}

/** Known numeric fields of multi-value readings, with plausible bounds. */
const NUMERIC: Readonly<Record<string, Omit<FieldDef, "name" | "required">>> = {
  systolic: { kind: "integer", description: "Systolic (upper) pressure", min: 40, max: 300, unit: "mmHg" },
  diastolic: { kind: "integer", description: "Diastolic (lower) pressure", min: 20, max: 200, unit: "mmHg" },
  pulse: { kind: "integer", description: "Pulse, beats per minute", min: 20, max: 250, unit: "bpm" },
  before_meal: { kind: "number", description: "Reading before the meal", above: 0, max: 1000 },
  after_meal: { kind: "number", description: "Reading after the meal", above: 0, max: 1000 },
  fasting: { kind: "number", description: "Fasting reading", above: 0, max: 1000 },
  protein: { kind: "number", description: "Protein", min: 0, max: 2000, unit: "g" },
  carbs: { kind: "number", description: "Carbohydrates", min: 0, max: 2000, unit: "g" },
  fat: { kind: "number", description: "Fat", min: 0, max: 2000, unit: "g" },
  waist: { kind: "number", description: "Waist", above: 0, max: 500, unit: "cm" },
  hips: { kind: "number", description: "Hips", above: 0, max: 500, unit: "cm" },
  chest: { kind: "number", description: "Chest", above: 0, max: 500, unit: "cm" },
  calories: { kind: "number", description: "Calories", min: 0, max: 20000, unit: "kcal" },
  hours: { kind: "number", description: "Hours", above: 0, max: 24, unit: "h" },
  minutes: { kind: "number", description: "Minutes", above: 0, max: 1440, unit: "min" },
  amount: { kind: "number", description: "Amount", above: 0, max: 1_000_000 },
  temperature: { kind: "number", description: "Temperature", min: -50, max: 60 },
};

/** Fields that name a group of entries (category + amount). */
export const GROUP_FIELDS: ReadonlySet<string> = new Set([
  "category",
  "meal",
  "client",
  "project",
  "type",
  "source",
  "place",
  "activity",
]);

/** Optional free-text companions a request may ask for. */
const TEXT_EXTRAS: Readonly<Record<string, string>> = {
  notes: "A short note",
  trigger: "What triggered it",
  dose: "The dose taken",
  location: "Where it happened",
  time_of_day: "Time of day (morning, afternoon, evening, night)",
  // Asked as a question: "who takes out the trash", "what kind of workout".
  person: "Who it was",
  kind: "Which kind it was",
};

/** Largest sensible single entry per unit. */
const MAX_BY_UNIT: Readonly<Record<string, number>> = {
  ml: 10_000,
  l: 1_000,
  km: 1_000,
  m: 100_000,
  kg: 1_000,
  g: 10_000,
  mg: 100_000,
  kcal: 20_000,
  h: 24,
  min: 1_440,
  steps: 200_000,
};

export const isNumericField = (name: string): boolean => Object.hasOwn(NUMERIC, name);
export const isTextExtra = (name: string): boolean => Object.hasOwn(TEXT_EXTRAS, name);

export function numericField(name: string, unit?: string): FieldDef {
  const known = Object.hasOwn(NUMERIC, name) ? NUMERIC[name]! : NUMERIC.amount!;
  const field: FieldDef = { name, required: true, ...known };
  // A field's own unit (mmHg, bpm) wins over the reading's.
  if (!field.unit && unit) field.unit = unit;
  return field;
}

export function quantityField(name: string, description: string, unit: string): FieldDef {
  return {
    name,
    kind: "number",
    description: unit ? `${description} (${unit})` : description,
    required: true,
    above: 0,
    max: MAX_BY_UNIT[unit.toLowerCase()] ?? 1_000_000,
    ...(unit ? { unit } : {}),
  };
}

export function textExtra(name: string): FieldDef {
  return { name, kind: "text", description: TEXT_EXTRAS[name] ?? "A short note", required: false, maxLength: 1000 };
}

/** JSON Schema of one field, as it appears in params and row schemas. */
export function fieldSchema(f: FieldDef): JsonObject {
  const s: JsonObject = { description: f.description };
  if (f.kind === "text") Object.assign(s, { type: "string", minLength: f.required ? 1 : 0, maxLength: f.maxLength ?? 1000 });
  else if (f.kind === "boolean") s.type = "boolean";
  else {
    s.type = f.kind;
    if (f.min !== undefined) s.minimum = f.min;
    if (f.above !== undefined) s.exclusiveMinimum = f.above;
    if (f.max !== undefined) s.maximum = f.max;
  }
  return s;
}
