// Calling a skill: resolve the tenant's active version (cached), then run it in the sandbox with
// exactly that version's approved capabilities, the action's approved params_schema, and the
// skill's config. Everything the call needs is taken from one resolved snapshot before it starts,
// so a rollback landing mid-call cannot mix two versions in one call.
import { SkillforgeError } from "../contract/index.js";
import type { createResolveCache } from "./resolve-cache.js";
import type { createQuarantine } from "./quarantine.js";
import type { UsageRecorder } from "./usage.js";
import type { CallRequest, CallResult, RegistryDeps } from "./types.js";

export function createCall(
  deps: RegistryDeps,
  cache: ReturnType<typeof createResolveCache>,
  usage: UsageRecorder,
  quarantine: ReturnType<typeof createQuarantine>,
) {
  return async function call(req: CallRequest): Promise<CallResult> {
    const resolved = await cache.get(req.tenantId, req.slug);
    if (!resolved) throw new SkillforgeError("SKILL_NOT_FOUND", `no skill ${req.slug}`);
    if (resolved.status === "archived")
      throw new SkillforgeError("SKILL_ARCHIVED", `${req.slug} is archived; restore it to call it again`);
    const version = resolved.version;
    if (!version) throw new SkillforgeError("SKILL_INACTIVE", `${req.slug} has no active version yet`);
    if (version.quarantine !== null) {
      throw new SkillforgeError(
        "SKILL_QUARANTINED",
        `${version.tag} is quarantined since ${version.quarantine.at}: ${version.quarantine.reason}; re-enable it (POST /v1/skills/${req.slug}/reenable) or roll back`,
      );
    }
    if (version.configProblem !== null) {
      throw new SkillforgeError(
        "SKILL_CONFIG_INVALID",
        `${version.tag}: ${version.configProblem}; update the config (PATCH /v1/skills/${req.slug})`,
      );
    }
    let paramsSchema;
    if (req.method === "executeAction") {
      if (!req.action) throw new SkillforgeError("VALIDATION_FAILED", "an action call names its action");
      // Only the version's approved actions can be called, and their params are validated against
      // the approved schema: the host never asks getActions() at call time.
      if (!version.actions) {
        throw new SkillforgeError(
          "ACTION_NOT_FOUND",
          `${version.tag} has no actions read by its audit or captured by its trial: none can be called`,
        );
      }
      paramsSchema = version.actions.get(req.action);
      if (paramsSchema === undefined) {
        throw new SkillforgeError(
          "ACTION_NOT_FOUND",
          `${version.tag} has no action ${JSON.stringify(req.action)}; it has ${[...version.actions.keys()].join(", ") || "none"}`,
        );
      }
    }
    req.onResolved?.();
    const sandbox = await deps.sandbox();
    const outcome = await sandbox.call({
      versionId: version.id,
      source: version.source,
      capabilities: version.capabilities,
      scope: { tenantId: resolved.tenantId, skillId: resolved.skillId },
      ctx: { tenantId: resolved.tenantId, config: resolved.config, now: deps.clock.now().toISOString() },
      method: req.method,
      ...(req.method === "executeAction" ? { action: req.action, params: req.params ?? {}, paramsSchema } : {}),
    });
    usage.record({
      id: deps.ids.uuid(),
      tenantId: resolved.tenantId,
      skillId: resolved.skillId,
      versionId: version.id,
      method: req.method,
      action: req.action ?? null,
      ok: outcome.ok,
      errorCode: outcome.ok ? null : outcome.code,
      ms: outcome.ms,
      at: deps.clock.now(),
    });
    await quarantine.observe({
      tenantId: resolved.tenantId,
      skillId: resolved.skillId,
      slug: resolved.slug,
      versionId: version.id,
      version: version.version,
      ok: outcome.ok,
      code: outcome.ok ? null : outcome.code,
      message: outcome.ok ? null : outcome.message,
    });
    const on = { versionId: version.id, version: version.version, tag: version.tag, ms: outcome.ms };
    return outcome.ok
      ? { ...on, ok: true, value: outcome.value }
      : { ...on, ok: false, code: outcome.code, message: outcome.message };
  };
}
