// Storage rows → the registry's plain data (ISO strings, tags, no source).
import { descriptorsOf, normalizeCapabilities, riskOf, versionActions } from "../contract/index.js";
import type { SkillRow, SkillVersionRow, VersionQuarantineRow } from "../storage/index.js";
import { versionTag } from "./semver.js";
import type { Quarantine, SkillSummary, SkillVersion } from "./types.js";

/** Quarantines by version id. */
export type QuarantineIndex = ReadonlyMap<string, VersionQuarantineRow>;
const NONE: QuarantineIndex = new Map();

export const indexQuarantines = (rows: VersionQuarantineRow[]): QuarantineIndex => new Map(rows.map((q) => [q.versionId, q]));

function quarantineOf(versionId: string | null | undefined, index: QuarantineIndex): Quarantine | null {
  const q = versionId ? index.get(versionId) : undefined;
  return q ? { code: q.code, reason: q.reason, failures: q.failures, at: q.at.toISOString() } : null;
}

export function toVersion(
  slug: string,
  row: SkillVersionRow,
  activeVersionId: string | null,
  quarantines: QuarantineIndex = NONE,
): SkillVersion {
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
    // What a caller may do: the actions the audit read from this exact source, or the trial captured.
    actions: descriptorsOf(versionActions(row.auditReport, row.trialReport) ?? []),
    audit: row.auditReport
      ? { ok: row.auditReport.ok, risk: row.auditReport.risk, findings: row.auditReport.findings ?? [] }
      : null,
    trial: row.trialReport ?? null,
    quarantine: quarantineOf(row.id, quarantines),
    active: row.id === activeVersionId,
    createdAt: row.createdAt.toISOString(),
  };
}

export function toSummary(
  skill: SkillRow,
  active: Pick<SkillVersionRow, "id" | "version"> | null,
  quarantines: QuarantineIndex = NONE,
): SkillSummary {
  return {
    id: skill.id,
    slug: skill.slug,
    name: skill.name,
    description: skill.description,
    status: skill.status,
    activeVersion: active ? { id: active.id, version: active.version, tag: versionTag(skill.slug, active.version) } : null,
    quarantine: quarantineOf(active?.id, quarantines),
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
