// What the generator knows about common subjects: the shape a tracker for it usually has, its
// unit, which way a goal points and a sensible default goal. Keys are the detector's canonical
// English subjects. Data only; the request text can still override the shape (see shape.ts).
import type { Shape } from "./fields.js";

export interface SubjectDefaults {
  shape: Shape;
  unit?: string;
  /** Measurements (weight, blood sugar) are averaged per day, not added up. */
  measurement?: boolean;
  direction?: "at_least" | "at_most";
  goal?: number;
  fields?: string[];
  scale?: { min: number; max: number };
}

const LESS = { direction: "at_most" } as const;

export const SUBJECTS: Readonly<Record<string, SubjectDefaults>> = {
  water: { shape: "quantity", unit: "ml", goal: 2000 },
  coffee: { shape: "count", goal: 3, ...LESS },
  caffeine: { shape: "quantity", unit: "mg", goal: 400, ...LESS },
  tea: { shape: "count" },
  alcohol: { shape: "count", ...LESS },
  beer: { shape: "count", ...LESS },
  wine: { shape: "count", ...LESS },
  sodas: { shape: "count", ...LESS },
  soda: { shape: "count", ...LESS },
  sweets: { shape: "count", ...LESS },
  snacks: { shape: "count", ...LESS },
  cigarettes: { shape: "count", goal: 5, ...LESS },
  diapers: { shape: "count" },
  "push-ups": { shape: "count", goal: 50 },
  steps: { shape: "count", goal: 10000 },
  running: { shape: "quantity", unit: "km" },
  cycling: { shape: "quantity", unit: "km" },
  walking: { shape: "quantity", unit: "km" },
  swimming: { shape: "quantity", unit: "m" },
  workouts: { shape: "duration", unit: "min", goal: 30 },
  yoga: { shape: "duration", unit: "min", goal: 20 },
  weight: { shape: "quantity", unit: "kg", measurement: true },
  temperature: { shape: "quantity", unit: "°C", measurement: true },
  "heart rate": { shape: "quantity", unit: "bpm", measurement: true },
  protein: { shape: "quantity", unit: "g", goal: 100 },
  sugar: { shape: "quantity", unit: "g", goal: 25, ...LESS },
  calories: { shape: "quantity", unit: "kcal", goal: 2000, ...LESS },
  fuel: { shape: "quantity", unit: "l" },
  sleep: { shape: "duration", unit: "h", goal: 8 },
  meditation: { shape: "duration", unit: "min", goal: 10 },
  reading: { shape: "duration", unit: "min", goal: 20 },
  studying: { shape: "duration", unit: "h" },
  "screen time": { shape: "duration", unit: "min", goal: 120, ...LESS },
  "work hours": { shape: "duration", unit: "h", goal: 8, ...LESS },
  "guitar practice": { shape: "duration", unit: "min", goal: 30 },
  "piano practice": { shape: "duration", unit: "min", goal: 30 },
  mood: { shape: "scale", scale: { min: 1, max: 10 } },
  energy: { shape: "scale", scale: { min: 1, max: 10 } },
  stress: { shape: "scale", scale: { min: 1, max: 10 }, ...LESS },
  pain: { shape: "scale", scale: { min: 0, max: 10 }, ...LESS },
  headaches: { shape: "scale", scale: { min: 0, max: 10 }, ...LESS },
  migraines: { shape: "scale", scale: { min: 0, max: 10 }, ...LESS },
  insomnia: { shape: "yesno", ...LESS },
  naps: { shape: "duration", unit: "min" },
  "blood pressure": { shape: "multi", unit: "mmHg", measurement: true, fields: ["systolic", "diastolic", "pulse"] },
  "blood sugar": { shape: "multi", unit: "mg/dL", measurement: true, fields: ["before_meal", "after_meal"] },
  expenses: { shape: "category_amount", fields: ["category", "amount"], ...LESS },
  spending: { shape: "category_amount", fields: ["category", "amount"], ...LESS },
  budget: { shape: "category_amount", fields: ["category", "amount"], ...LESS },
  income: { shape: "category_amount", fields: ["source", "amount"] },
  savings: { shape: "quantity" },
  gratitude: { shape: "text" },
  dreams: { shape: "text" },
  food: { shape: "text" },
  diet: { shape: "text" },
  symptoms: { shape: "text" },
  allergies: { shape: "text" },
  habits: { shape: "yesno" },
  medication: { shape: "yesno" },
  vitamins: { shape: "yesno" },
  period: { shape: "yesno" },
  "plant watering": { shape: "yesno" },
  plants: { shape: "yesno" },
  flossing: { shape: "yesno" },
};

/**
 * The defaults for a subject, else for its head when the head is a measure, a scale or money:
 * "grocery spending" is spending, "knee pain" is pain, "resting heart rate" is heart rate. An
 * activity head says less ("page reading" counts pages, not minutes), so it is not borrowed.
 */
export function subjectDefaults(subject: string): SubjectDefaults | undefined {
  if (Object.hasOwn(SUBJECTS, subject)) return SUBJECTS[subject];
  const words = subject.split(" ");
  for (let i = 1; i < words.length; i++) {
    const key = words.slice(i).join(" ");
    const head = Object.hasOwn(SUBJECTS, key) ? SUBJECTS[key] : undefined;
    if (head && (head.measurement || head.shape === "scale" || head.shape === "category_amount")) return head;
  }
  return undefined;
}
