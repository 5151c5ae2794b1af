// The offline generator: no network, deterministic (same need and request, same bytes). One
// parametrised template: need → plan (shape, fields, unit, goal) → constants → the fixed skill body.
import type { JsonObject } from "../../contract/index.js";
import type { SkillNeed } from "../../detector/index.js";
import type { GenerationOutcome, GenerationRequest, OfflineTemplate, SkillDraft, SkillGenerator } from "../types.js";
import { amendPlan, readAmendment, type English } from "./amend.js";
import { SHAPES } from "./fields.js";
import { humanLabel, namesFor, recordName, type Names } from "./naming.js";
import { phrasesFor } from "./phrases.js";
import { planFor, type Plan } from "./plan.js";
import { renderSource } from "./runtime.js";
import { configSchema, LIST_PARAMS, logParamsSchema, rowSchema, UNDO_PARAMS } from "./schemas.js";
import { descriptionFor, skillMarkdown } from "./skill-md.js";

/** Bumped whenever the template's output changes. */
export const OFFLINE_TEMPLATE_VERSION = "offline-2";

function actionsFor(plan: Plan, label: string): JsonObject[] {
  return [
    { slug: "log_entry", name: `Log ${label}`, description: `Record one ${label} entry`, params_schema: logParamsSchema(plan) },
    {
      slug: "list_entries",
      name: `List ${label} entries`,
      description: `Show recent ${label} entries, newest first`,
      params_schema: LIST_PARAMS,
    },
    {
      slug: "undo_last_entry",
      name: `Undo last ${label} entry`,
      description: `Remove the most recent ${label} entry`,
      params_schema: UNDO_PARAMS,
    },
  ];
}

export function offlineDraft(need: SkillNeed, request = ""): { draft: SkillDraft; plan: Plan } {
  const plan = planFor(need, request);
  const names = namesFor(recordName(need.subject, request, plan.shape === "text"));
  return { draft: renderDraft(plan, names), plan };
}

/** The draft of a plan under fixed names; the plan and names are kept in `meta` for the next change. */
function renderDraft(plan: Plan, names: Names): SkillDraft {
  const source = renderSource({
    slug: names.slug,
    collection: names.collection,
    actions: actionsFor(plan, names.label),
    fields: plan.fields.map((f) => ({ name: f.name, kind: f.kind })),
    primary: plan.primary,
    group: plan.group,
    defaults: plan.defaults,
    aggregate: plan.aggregate,
    unit: plan.unit,
    goal: plan.goal,
    direction: plan.direction,
    phrases: phrasesFor(plan, names.label),
  });
  return {
    source,
    language: "js",
    manifest: { slug: names.slug, name: `${names.label} tracker`, description: descriptionFor(plan, names.label) },
    config_schema: configSchema(plan),
    collections: { [names.collection]: rowSchema(plan) },
    skill_md: skillMarkdown(plan, names),
    meta: {
      provider: "offline",
      model: "template",
      promptVersion: OFFLINE_TEMPLATE_VERSION,
      usage: { inputTokens: 0, outputTokens: 0 },
      attempts: 1,
      template: { names, plan },
    },
  };
}

const NAME = /^[a-z][a-z0-9_]{0,63}$/;
const AGGREGATES = new Set(["sum", "average", "entries", "done"]);
const KINDS = new Set(["number", "integer", "text", "boolean"]);

/**
 * The plan and names a stored version was written from, checked before they are used again (they
 * come back from the database): anything unexpected means "not a version this template wrote".
 */
function templateOf(current: SkillDraft): OfflineTemplate | undefined {
  const t = current.meta.provider === "offline" ? current.meta.template : undefined;
  if (!t || typeof t !== "object" || !t.plan || !t.names) return undefined;
  const { plan, names } = t;
  const fieldsOk =
    Array.isArray(plan.fields) &&
    plan.fields.length > 0 &&
    plan.fields.every(
      (f) => f && typeof f === "object" && NAME.test(f.name) && KINDS.has(f.kind) && typeof f.description === "string",
    );
  // The names must be the ones this template derives (namesFor), for the version's own slug.
  const namesOk =
    typeof names.base === "string" &&
    NAME.test(names.base) &&
    names.slug === current.manifest.slug &&
    names.slug === `custom-${names.base.replace(/_/g, "-")}-tracker` &&
    names.skillName === names.slug.slice("custom-".length) &&
    names.collection === `${names.base}_entries` &&
    Object.hasOwn(current.collections, names.collection) &&
    typeof names.label === "string" &&
    humanLabel(names.label) === names.label;
  const planOk =
    (SHAPES as readonly string[]).includes(plan.shape) && AGGREGATES.has(plan.aggregate) && typeof plan.unit === "string";
  return fieldsOk && namesOk && planOk ? t : undefined;
}

/**
 * The next version of a skill this template wrote: the same slug, collection and fields, plus the
 * fields the request asks for (all optional, so stored rows and existing calls stay valid).
 */
export function amendDraft(current: SkillDraft, request: string, options: OfflineOptions = {}): GenerationOutcome {
  const template = templateOf(current);
  if (!template) {
    const by = current.meta.provider === "offline" ? "an older template" : `${current.meta.provider} (${current.meta.model})`;
    return {
      ok: false,
      code: "GENERATOR_CANNOT_CHANGE",
      message: `${current.manifest.slug} was written by ${by}; the offline generator changes only skills it wrote itself: configure an LLM provider to change this one`,
    };
  }
  const english = options.fieldWords?.(request);
  const read = readAmendment(request, template.plan.fields, template.names.base, english);
  if (!read.ok) return { ok: false, code: "GENERATOR_NO_CHANGE", message: read.message };
  return { ok: true, draft: renderDraft(amendPlan(template.plan, read.fields), template.names) };
}

export interface OfflineOptions {
  /**
   * English for the words of a change request in another language (the detector's glossary, passed
   * in by the composition root): "el autor" → `author`. Without it, words are transliterated.
   */
  fieldWords?: (request: string) => English;
}

export function createOfflineGenerator(options: OfflineOptions = {}): SkillGenerator {
  return {
    name: "offline",
    model: "template",
    async generate(request: GenerationRequest) {
      if (request.current) return amendDraft(request.current, request.request ?? "", options);
      return { ok: true, draft: offlineDraft(request.need, request.request ?? "").draft };
    },
  };
}
