/** JSON as it crosses every boundary: plain data, no functions, no prototypes. */
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type JsonObject = { [key: string]: Json };

/** A JSON Schema document (draft 2020-12 or 07); compiled with ajv wherever it is used. */
export type JsonSchema = { [key: string]: Json } | boolean;

/** One entry of a skill's `getActions()`. */
export interface ActionDescriptor {
  slug: string;
  name: string;
  description: string;
  params_schema: JsonSchema;
}

/** What every skill method receives as `ctx`. */
export interface SkillContext {
  tenantId: string;
  config: JsonObject;
  /** Current time, ISO 8601. */
  now: string;
}

export type InsightType = "info" | "warning" | "success";
export interface Insight {
  type: InsightType;
  title: string;
  message: string;
}

/** The four methods of a skill module, as the host calls them. */
export type SkillMethod = "getActions" | "executeAction" | "getData" | "getInsights";
export const SKILL_METHODS: readonly SkillMethod[] = ["getActions", "executeAction", "getData", "getInsights"];

/** `custom-<kebab-name>`; the registry slug of a generated skill. */
export const SKILL_SLUG_RE = /^custom-[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** Collection names a skill may use with `db.from(...)`. */
export const COLLECTION_RE = /^[a-z][a-z0-9_]{0,62}$/;
/** Semver as used by skill versions (`1.0.0`). */
export const SEMVER_RE = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$/;
