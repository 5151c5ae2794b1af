// Storage rows → the registry's plain data (ISO strings, tags, no source).
import { normalizeCapabilities, riskOf } from "../contract/index.js";
import type { SkillRow, SkillVersionRow } from "../storage/index.js";
import { versionTag } from "./semver.js";
import type { SkillSummary, SkillVersion } from "./types.js";

export function toVersion(slug: string, row: SkillVersionRow, activeVersionId: string | null): SkillVersion {
  const capabilities = normalizeCapabilities(row.capabilities);
  return {
    id: row.id,
    skillId: row.skillId,
    slug,
    version: row.version,
    tag: versionTag(slug, row.version),
    sourceSha256: row.sha256,
    capabilities,
    risk: riskOf(capabilities),
    configSchema: row.configSchema,
    collections: row.collections,
    status: row.status,
    generator: row.generator,
    // What a caller may do: the actions the audit captured from this exact source.
    actions: (row.auditReport?.actions ?? []).map((a) => ({
      slug: a.slug,
      name: a.name,
      description: a.description,
      params_schema: a.params_schema,
    })),
    audit: row.auditReport
      ? { ok: row.auditReport.ok, risk: row.auditReport.risk, findings: row.auditReport.findings ?? [] }
      : null,
    trial: row.trialReport ?? null,
    active: row.id === activeVersionId,
    createdAt: row.createdAt.toISOString(),
  };
}

export function toSummary(skill: SkillRow, active: Pick<SkillVersionRow, "id" | "version"> | null): SkillSummary {
  return {
    id: skill.id,
    slug: skill.slug,
    name: skill.name,
    description: skill.description,
    status: skill.status,
    activeVersion: active ? { id: active.id, version: active.version, tag: versionTag(skill.slug, active.version) } : null,
    config: skill.config,
    lastUsedAt: skill.lastUsedAt?.toISOString() ?? null,
    createdAt: skill.createdAt.toISOString(),
    updatedAt: skill.updatedAt.toISOString(),
  };
}

export const versionRef = (slug: string, row: Pick<SkillVersionRow, "id" | "version">) => ({
  id: row.id,
  version: row.version,
  tag: versionTag(slug, row.version),
});
