// The in-process cache of each skill's active version. A hit is one Map lookup; a miss is one
// query, shared by every concurrent caller. An entry is dropped when this process changes the
// skill (after commit) or another instance says so (NOTIFY), so a resolved entry is never newer
// than the database and at most one notice behind it.
import {
  type ActionDescriptor,
  type Capability,
  type JsonObject,
  type JsonSchema,
  type SkillStatus,
  normalizeCapabilities,
  versionActions,
} from "../contract/index.js";
import { compileSchema } from "../json-schema/index.js";
import { resolveActive, type Storage } from "../storage/index.js";
import { versionTag } from "./semver.js";

export interface ResolvedVersion {
  id: string;
  version: string;
  tag: string;
  source: string;
  capabilities: readonly Capability[];
  /**
   * Approved `params_schema` per action: the audit's reading or the trial's capture
   * (`versionActions`); null for a version stored with neither, which has no callable action.
   */
  actions: ReadonlyMap<string, JsonSchema> | null;
  /** Why the skill's config does not fit this version's config schema, or null. */
  configProblem: string | null;
  /** Why this version is quarantined (not callable until re-enabled), or null. */
  quarantine: { code: string; reason: string; at: string } | null;
}

export interface Resolved {
  tenantId: string;
  skillId: string;
  slug: string;
  status: SkillStatus;
  config: JsonObject;
  version: ResolvedVersion | null;
}

const MAX_ENTRIES = 10_000;

function actionsOf(list: ActionDescriptor[] | null): Map<string, JsonSchema> | null {
  return list ? new Map(list.map((a) => [a.slug, a.params_schema])) : null;
}

export function createResolveCache(storage: Storage) {
  const entries = new Map<string, Promise<Resolved | undefined>>();
  const key = (tenantId: string, slug: string) => `${tenantId}\u0000${slug}`;

  async function load(tenantId: string, slug: string): Promise<Resolved | undefined> {
    const row = await resolveActive(storage.db, tenantId, slug);
    if (!row) return undefined;
    const { skill, version, quarantine } = row;
    let resolved: ResolvedVersion | null = null;
    if (version) {
      const compiled = compileSchema(version.configSchema);
      resolved = {
        id: version.id,
        version: version.version,
        tag: versionTag(skill.slug, version.version),
        source: version.source,
        capabilities: Object.freeze(normalizeCapabilities(version.capabilities)),
        actions: actionsOf(versionActions(version.auditReport, version.trialReport)),
        configProblem: "error" in compiled ? compiled.error : compiled.check(skill.config),
        quarantine: quarantine ? { code: quarantine.code, reason: quarantine.reason, at: quarantine.at.toISOString() } : null,
      };
    }
    return { tenantId, skillId: skill.id, slug: skill.slug, status: skill.status, config: skill.config, version: resolved };
  }

  return {
    get(tenantId: string, slug: string): Promise<Resolved | undefined> {
      const k = key(tenantId, slug);
      let hit = entries.get(k);
      if (!hit) {
        if (entries.size >= MAX_ENTRIES) entries.delete(entries.keys().next().value!);
        hit = load(tenantId, slug);
        entries.set(k, hit);
        // A failed lookup (database away) is not remembered.
        hit.catch(() => {
          if (entries.get(k) === hit) entries.delete(k);
        });
      }
      return hit;
    },
    invalidate(tenantId: string, slug: string): void {
      entries.delete(key(tenantId, slug));
    },
    clear(): void {
      entries.clear();
    },
  };
}
