// The JSON Schemas of an offline skill, written from its plan: each action's params, the config
// (goal, direction, unit, time zone) and the one collection's rows.
import type { JsonObject } from "../../contract/index.js";
import { fieldSchema } from "./fields.js";
import type { Plan } from "./plan.js";

export function logParamsSchema(plan: Plan): JsonObject {
  const properties: JsonObject = {};
  for (const f of plan.fields) properties[f.name] = fieldSchema(f);
  properties.at = { type: "string", format: "date-time", description: "When it happened (default: now)" };
  return {
    type: "object",
    additionalProperties: false,
    required: plan.fields.filter((f) => f.required).map((f) => f.name),
    properties,
  };
}

export const LIST_PARAMS: JsonObject = {
  type: "object",
  additionalProperties: false,
  properties: {
    days: { type: "integer", minimum: 1, maximum: 366, description: "How many days back (default 7)" },
    limit: { type: "integer", minimum: 1, maximum: 200, description: "At most this many entries (default 50)" },
  },
};

export const UNDO_PARAMS: JsonObject = { type: "object", additionalProperties: false, properties: {} };

export function configSchema(plan: Plan): JsonObject {
  const goalMeaning =
    plan.aggregate === "average"
      ? "daily average"
      : plan.aggregate === "done"
        ? "days done per week"
        : plan.aggregate === "entries"
          ? "entries per day"
          : "daily total";
  const properties: JsonObject = {
    goal: {
      type: "number",
      exclusiveMinimum: 0,
      description: `Goal as a ${goalMeaning}${plan.unit ? ` (${plan.unit})` : ""}`,
      ...(plan.goal !== null ? { default: plan.goal } : {}),
    },
    goal_direction: {
      type: "string",
      enum: ["at_least", "at_most"],
      default: plan.direction,
      description: "at_least: reach the goal; at_most: stay under it",
    },
    utc_offset_minutes: {
      type: "integer",
      minimum: -720,
      maximum: 840,
      default: 0,
      description: "Your time zone's offset from UTC, for day boundaries",
    },
  };
  if (plan.primary !== null)
    properties.unit = {
      type: "string",
      minLength: 1,
      maxLength: 16,
      ...(plan.unit ? { default: plan.unit } : {}),
      description: "Unit shown with amounts",
    };
  return { $schema: "http://json-schema.org/draft-07/schema#", type: "object", additionalProperties: false, properties };
}

export function rowSchema(plan: Plan): JsonObject {
  const properties: JsonObject = {};
  for (const f of plan.fields) properties[f.name] = fieldSchema(f);
  Object.assign(properties, {
    logged_at: { type: "string", format: "date-time" },
    day: { type: "string", pattern: "^\\d{4}-\\d{2}-\\d{2}$" },
    unit: { type: "string", maxLength: 16 },
    deleted: { type: "boolean" },
    deleted_at: { type: "string", format: "date-time" },
  });
  return { $schema: "http://json-schema.org/draft-07/schema#", type: "object", required: ["logged_at", "day"], properties };
}
