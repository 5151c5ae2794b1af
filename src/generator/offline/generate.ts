// The offline generator: no network, deterministic (same need and request, same bytes). One
// parametrised template: need → plan (shape, fields, unit, goal) → constants → the fixed skill body.
import type { JsonObject } from "../../contract/index.js";
import type { SkillNeed } from "../../detector/index.js";
import type { GenerationRequest, SkillDraft, SkillGenerator } from "../types.js";
import { namesFor, recordName } from "./naming.js";
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
  const draft: SkillDraft = {
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
    },
  };
  return { draft, plan };
}

export function createOfflineGenerator(): SkillGenerator {
  return {
    name: "offline",
    model: "template",
    async generate(request: GenerationRequest) {
      return { ok: true, draft: offlineDraft(request.need, request.request ?? "").draft };
    },
  };
}
