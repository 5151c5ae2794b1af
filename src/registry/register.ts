// Registering a version: only a version whose audit passed and whose trial passed is stored, with
// the capabilities the audit extracted, the next semver, status `awaiting_approval`, and its
// audit row, in one transaction.
import { createHash } from "node:crypto";
import { SKILL_SLUG_RE, SkillforgeError, normalizeCapabilities, sameActions, versionActions } from "../contract/index.js";
import { schemaProblem } from "../json-schema/index.js";
import { appendAudit, ensureSkill, insertVersion, listVersions, withTransaction } from "../storage/index.js";
import { compareSemver, nextVersion, type Bump } from "./semver.js";
import type { NewVersionInput, RegistryDeps, SkillVersion } from "./types.js";
import { toVersion } from "./views.js";

export const sha256 = (text: string): string => createHash("sha256").update(text, "utf8").digest("hex");

/** Why this version may not be stored, or null. */
export function refusalOf(input: NewVersionInput): string | null {
  if (!input.audit.ok) {
    const first = input.audit.findings[0];
    return `the audit blocked it (${input.audit.findings.length} finding(s)${first ? `, first: ${first.rule} at ${first.line}:${first.column}` : ""})`;
  }
  if (!input.trial.ok) {
    const failed = input.trial.steps.find((s) => !s.ok);
    return `the trial failed${failed ? ` at ${failed.method}${failed.action ? ` ${failed.action}` : ""}: ${failed.error ?? "failed"}` : ""}`;
  }
  const actions = actionsRefusalOf(input);
  if (actions) return actions;
  if (!SKILL_SLUG_RE.test(input.manifest.slug)) return `slug ${JSON.stringify(input.manifest.slug)} is not custom-<kebab-name>`;
  if (input.audit.slug !== undefined && input.audit.slug !== input.manifest.slug) {
    return `the code's slug ${JSON.stringify(input.audit.slug)} differs from the manifest's ${JSON.stringify(input.manifest.slug)}`;
  }
  const configProblem = schemaProblem(input.configSchema);
  if (configProblem) return `config schema: ${configProblem}`;
  for (const [name, schema] of Object.entries(input.collections)) {
    const problem = schemaProblem(schema);
    if (problem) return `collection ${name} schema: ${problem}`;
  }
  return null;
}

/**
 * A version's actions are the audit's reading or the trial's capture (`versionActions`): one of
 * them must exist, and when both do they must agree (the trial checks this; a report pair that
 * disagrees did not come from one trial of this audit).
 */
function actionsRefusalOf(input: NewVersionInput): string | null {
  const { audit, trial } = input;
  if (versionActions(audit, trial) === null)
    return "its actions were neither read by the audit nor captured by the trial: there is nothing to show for approval";
  if (audit.actions && trial.actions && !sameActions(audit.actions, trial.actions))
    return "the trial captured other actions than the audit read from the source";
  return null;
}

/** `changed` runs after commit: a cached "no such skill" must not outlive the skill's first version. */
export function createRegisterVersion(deps: RegistryDeps, changed: (tenantId: string, slug: string) => void = () => {}) {
  return async function registerVersion(input: NewVersionInput): Promise<SkillVersion & { bump: Bump }> {
    const refusal = refusalOf(input);
    if (refusal) throw new SkillforgeError("VERSION_REFUSED", refusal);
    const capabilities = normalizeCapabilities(input.audit.capabilities);
    const created = await withTransaction(deps.storage.db, async (tx) => {
      const { slug, name, description } = input.manifest;
      // The skill row is locked from here: two versions registered at once get consecutive numbers.
      const now = deps.clock.now();
      const skill = await ensureSkill(tx, { tenantId: input.tenantId, slug, name, description, createdAt: now });
      const latest = (await listVersions(tx, input.tenantId, skill.id)).sort((a, b) => compareSemver(b.version, a.version))[0];
      const { version, bump } = nextVersion(latest, { capabilities, collections: input.collections });
      const row = await insertVersion(tx, {
        tenantId: input.tenantId,
        skillId: skill.id,
        version,
        source: input.source,
        sha256: sha256(input.source),
        manifest: { slug, name, description },
        configSchema: input.configSchema,
        collections: input.collections,
        skillMd: input.skillMd,
        auditReport: input.audit,
        trialReport: input.trial,
        capabilities,
        generator: input.generator,
        status: "awaiting_approval",
        createdAt: now,
      });
      await deps.faultPoint?.("register:after-version");
      await appendAudit(tx, {
        tenantId: input.tenantId,
        actor: input.actor,
        action: "skill.version.register",
        target: row.id,
        detail: { slug, version, bump, sha256: row.sha256, capabilities },
      });
      return { ...toVersion(slug, row, skill.activeVersionId), bump };
    });
    changed(input.tenantId, created.slug);
    return created;
  };
}
