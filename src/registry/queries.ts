// Read side: list, show (versions, usage, history), versions.
import { SkillforgeError } from "../contract/index.js";
import {
  getSkill,
  getVersion,
  listActivations,
  listQuarantines,
  listSkills,
  listVersions,
  versionUsage,
} from "../storage/index.js";
import { compareSemver } from "./semver.js";
import type { ChangeBase, RegistryDeps, SkillDetail, SkillSummary, SkillVersion, VersionReview } from "./types.js";
import { indexQuarantines, toSummary, toVersion, versionRef } from "./views.js";

/** `collection.field` names of `next`'s row schemas that `before`'s do not have. */
export function fieldsAdded(before: Record<string, unknown>, next: Record<string, unknown>): string[] {
  const names = (collections: Record<string, unknown>) =>
    Object.entries(collections).flatMap(([c, schema]) => {
      const props = (schema as { properties?: unknown } | null)?.properties;
      return props && typeof props === "object" ? Object.keys(props).map((f) => `${c}.${f}`) : [];
    });
  const had = new Set(names(before));
  return names(next).filter((n) => !had.has(n));
}

export function createQueries(deps: RegistryDeps, flushUsage: () => Promise<void>) {
  const db = () => deps.storage.db;

  async function list(tenantId: string): Promise<SkillSummary[]> {
    const rows = await listSkills(db(), tenantId);
    const quarantines = indexQuarantines(await listQuarantines(db(), tenantId));
    return Promise.all(
      rows.map(async (s) =>
        toSummary(s, s.activeVersionId ? ((await getVersion(db(), tenantId, s.activeVersionId)) ?? null) : null, quarantines),
      ),
    );
  }

  async function skillOf(tenantId: string, slug: string) {
    const skill = await getSkill(db(), tenantId, slug);
    if (!skill) throw new SkillforgeError("SKILL_NOT_FOUND", `no skill ${slug}`);
    return skill;
  }

  async function versions(tenantId: string, slug: string): Promise<SkillVersion[]> {
    const skill = await skillOf(tenantId, slug);
    const quarantines = indexQuarantines(await listQuarantines(db(), tenantId, skill.id));
    return (await listVersions(db(), tenantId, skill.id)).map((v) =>
      toVersion(skill.slug, v, skill.activeVersionId, quarantines),
    );
  }

  async function show(tenantId: string, slug: string): Promise<SkillDetail> {
    await flushUsage();
    const skill = await skillOf(tenantId, slug);
    const rows = await listVersions(db(), tenantId, skill.id);
    const byId = new Map(rows.map((v) => [v.id, v.version]));
    const usage = await versionUsage(db(), tenantId, skill.id);
    const history = await listActivations(db(), tenantId, skill.id);
    const quarantines = indexQuarantines(await listQuarantines(db(), tenantId, skill.id));
    return {
      ...toSummary(skill, rows.find((v) => v.id === skill.activeVersionId) ?? null, quarantines),
      versions: rows.map((v) => toVersion(skill.slug, v, skill.activeVersionId, quarantines)),
      usage: usage.map((u) => ({ ...u, version: byId.get(u.versionId) ?? "?", lastUsedAt: u.lastUsedAt?.toISOString() ?? null })),
      history: history.map((h) => ({
        kind: h.kind,
        version: byId.get(h.versionId) ?? "?",
        previousVersion: h.previousVersionId ? (byId.get(h.previousVersionId) ?? null) : null,
        actor: h.actor,
        at: h.at.toISOString(),
      })),
    };
  }

  /** One version of one skill, with its source; undefined when the version is not that skill's. */
  async function review(tenantId: string, slug: string, versionId: string): Promise<VersionReview | undefined> {
    const skill = await getSkill(db(), tenantId, slug);
    const row = skill ? await getVersion(db(), tenantId, versionId) : undefined;
    if (!skill || !row || row.skillId !== skill.id) return undefined;
    const active =
      skill.activeVersionId && skill.activeVersionId !== row.id
        ? await getVersion(db(), tenantId, skill.activeVersionId)
        : undefined;
    const quarantines = indexQuarantines(await listQuarantines(db(), tenantId, skill.id));
    return {
      version: toVersion(skill.slug, row, skill.activeVersionId, quarantines),
      source: row.source,
      replaces: active ? versionRef(skill.slug, active) : null,
      fieldsAdded: active ? fieldsAdded(active.collections, row.collections) : [],
    };
  }

  /**
   * What a change to a skill starts from: its active version, or its newest when none is active
   * (a first version still awaiting approval). An archived skill is restored before it is changed.
   */
  async function changeBase(tenantId: string, slug: string): Promise<ChangeBase> {
    const skill = await skillOf(tenantId, slug);
    if (skill.status === "archived")
      throw new SkillforgeError("SKILL_ARCHIVED", `${slug} is archived: restore it before changing it`);
    const rows = await listVersions(db(), tenantId, skill.id);
    const row =
      rows.find((v) => v.id === skill.activeVersionId) ?? [...rows].sort((a, b) => compareSemver(b.version, a.version))[0];
    if (!row) throw new SkillforgeError("VERSION_NOT_FOUND", `${slug} has no version yet`);
    const quarantines = indexQuarantines(await listQuarantines(db(), tenantId, skill.id));
    return {
      version: toVersion(skill.slug, row, skill.activeVersionId, quarantines),
      manifest: { slug: skill.slug, name: skill.name, description: skill.description },
      source: row.source,
      skillMd: row.skillMd,
    };
  }

  return { list, show, versions, review, changeBase };
}
