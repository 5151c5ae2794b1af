// From a need (and the request text) to a plan: shape, fields, unit, goal. Pure data; the code,
// schemas and SKILL.md are all written from the plan.
import type { SkillNeed } from "../../detector/index.js";
import { CURRENCY_CUES, EXTRA_CUES, GROUP_CUES, LESS_CUE, TIME_UNITS, UNIT_CUES } from "./cues.js";
import { GROUP_FIELDS, isTextExtra, numericField, quantityField, textExtra, type FieldDef, type Shape } from "./fields.js";
import { fold } from "./naming.js";
import { inferShape, numericFieldsOf, scaleInText } from "./shape.js";
import { subjectDefaults } from "./subjects.js";

export interface Plan {
  shape: Shape;
  /** The strategy that chose the shape (reports and tests). */
  strategy: string;
  unit: string;
  fields: FieldDef[];
  primary: string | null;
  group: string | null;
  aggregate: "sum" | "average" | "entries" | "done";
  direction: "at_least" | "at_most";
  goal: number | null;
  scale?: { min: number; max: number };
  /** Defaults for optional fields (count 1, done true). */
  defaults: Record<string, number | boolean>;
}

/** Canonical spelling of units the detector or a user may write differently. */
const UNIT_ALIASES: Readonly<Record<string, string>> = {
  hours: "h",
  hour: "h",
  minutes: "min",
  minute: "min",
  liters: "l",
  litres: "l",
  "mg/dl": "mg/dL",
  eur: "EUR",
  usd: "USD",
  pln: "PLN",
  gbp: "GBP",
};
const SAFE_UNIT = /^[\p{L}\p{N}°%/.$€£ -]{1,16}$/u;

function canonicalUnit(raw: string | undefined): string | undefined {
  if (!raw) return undefined;
  const unit = UNIT_ALIASES[raw.toLowerCase()] ?? raw;
  return SAFE_UNIT.test(unit) && !/^\d+-\d+$/.test(unit) ? unit : undefined;
}

function unitOf(need: SkillNeed, text: string, known: ReturnType<typeof subjectDefaults>): string | undefined {
  return canonicalUnit(need.unit) ?? UNIT_CUES.find((c) => c.cue.test(text))?.unit ?? known?.unit;
}

function extrasOf(need: SkillNeed, text: string): FieldDef[] {
  const names = new Set((need.fields ?? []).filter(isTextExtra));
  for (const c of EXTRA_CUES) if (c.cue.test(text)) names.add(c.field);
  names.add("notes");
  return [...names].map(textExtra);
}

export function planFor(need: SkillNeed, request = ""): Plan {
  const text = fold(request);
  const known = subjectDefaults(need.subject);
  const scale = need.scale ?? scaleInText(text) ?? (known?.shape === "scale" ? known.scale : undefined);
  const textUnit = canonicalUnit(need.unit) ?? UNIT_CUES.find((c) => c.cue.test(text))?.unit;
  const { shape, strategy } = inferShape({ need, text, known, unit: textUnit, scale: need.scale ?? scaleInText(text) });
  const sameShape = known?.shape === shape;
  const direction = LESS_CUE.test(text) ? "at_most" : (known?.direction ?? "at_least");
  // A default goal only fits the shape and direction it was written for.
  const goal = sameShape && known?.goal !== undefined && direction === (known.direction ?? "at_least") ? known.goal : null;
  const extras = extrasOf(need, text);
  const base = { strategy, direction, goal, defaults: {} } as const;

  switch (shape) {
    case "scale": {
      const s = scale ?? { min: 1, max: 10 };
      const rating: FieldDef = {
        name: "rating",
        kind: "integer",
        description: `Rating from ${s.min} to ${s.max}`,
        required: true,
        min: s.min,
        max: s.max,
      };
      return {
        ...base,
        shape,
        unit: "",
        scale: s,
        fields: [rating, ...extras],
        primary: "rating",
        group: null,
        aggregate: "average",
        defaults: {},
      };
    }
    case "multi": {
      const names = numericFieldsOf({ need, text });
      const chosen = names.length >= 2 ? names : (known?.fields ?? names);
      const unit = unitOf(need, text, known) ?? "";
      const fields = chosen.map((n) => numericField(n, unit || undefined));
      return {
        ...base,
        shape,
        unit,
        fields: [...fields, ...extras],
        primary: chosen[0] ?? null,
        group: null,
        aggregate: "average",
        defaults: {},
      };
    }
    case "category_amount": {
      const group =
        (need.fields ?? []).find((f) => GROUP_FIELDS.has(f)) ?? GROUP_CUES.find((c) => c.cue.test(text))?.field ?? "category";
      const currency = canonicalUnit(need.unit) ?? CURRENCY_CUES.find((c) => c.cue.test(text))?.unit;
      const unit = currency ?? textUnit ?? (need.subject === "calories" ? "kcal" : "");
      const amountName = unit === "kcal" ? "calories" : unit === "h" ? "hours" : "amount";
      const groupField: FieldDef = {
        name: group,
        kind: "text",
        description: `The ${group.replace(/_/g, " ")}`,
        required: true,
        maxLength: 60,
      };
      return {
        ...base,
        shape,
        unit,
        fields: [groupField, quantityField(amountName, "Amount", unit), ...extras],
        primary: amountName,
        group,
        aggregate: "sum",
        direction: LESS_CUE.test(text) ? "at_most" : (known?.direction ?? "at_most"),
        defaults: {},
      };
    }
    case "duration": {
      const unit =
        textUnit && TIME_UNITS.has(textUnit) ? textUnit : known?.unit && TIME_UNITS.has(known.unit) ? known.unit : "min";
      const name = unit === "h" ? "hours" : "minutes";
      return {
        ...base,
        shape,
        unit,
        fields: [quantityField(name, "Duration", unit), ...extras],
        primary: name,
        group: null,
        aggregate: "sum",
        defaults: {},
      };
    }
    case "quantity": {
      const unit = unitOf(need, text, known) ?? "";
      return {
        ...base,
        shape,
        unit,
        fields: [quantityField("amount", "Amount", unit), ...extras],
        primary: "amount",
        group: null,
        aggregate: known?.measurement ? "average" : "sum",
        defaults: {},
      };
    }
    case "count": {
      const count: FieldDef = {
        name: "count",
        kind: "integer",
        description: "How many (default 1)",
        required: false,
        min: 1,
        max: 1000,
      };
      return {
        ...base,
        shape,
        unit: "",
        fields: [count, ...extras],
        primary: "count",
        group: null,
        aggregate: "sum",
        defaults: { count: 1 },
      };
    }
    case "yesno": {
      const done: FieldDef = { name: "done", kind: "boolean", description: "Done (default yes)", required: false };
      return {
        ...base,
        shape,
        unit: "",
        fields: [done, ...extras],
        primary: null,
        group: null,
        aggregate: "done",
        goal: null,
        defaults: { done: true },
      };
    }
    case "text": {
      const entry: FieldDef = { name: "text", kind: "text", description: "What to write down", required: true, maxLength: 4000 };
      return {
        ...base,
        shape,
        unit: "",
        fields: [entry, ...extras.filter((f) => f.name !== "notes")],
        primary: null,
        group: null,
        aggregate: "entries",
        goal: null,
        defaults: {},
      };
    }
  }
}
