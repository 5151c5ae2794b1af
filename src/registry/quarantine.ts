// Quarantine: a version that runs away (timeout, memory, crash) on N calls in a row stops being
// callable until its owner re-enables it. A runaway costs a worker process on every call, so one
// tenant's always-failing version would otherwise keep the shared pool busy replacing workers.
//
// The hot path stays cheap: the streak is counted in memory (one Map operation per call) and the
// database is written only when the state changes. Counts are per process: with several instances
// a version is quarantined once any one of them sees N runaways in a row.
import { SkillforgeError } from "../contract/index.js";
import {
  appendAudit,
  deleteQuarantine,
  findVersion,
  getVersion,
  insertQuarantine,
  lockSkill,
  lockSkillById,
  notifySkillChange,
  withTransaction,
} from "../storage/index.js";
import { parseVersionArg, versionTag } from "./semver.js";
import type { SwitchHooks } from "./switch.js";
import type { RegistryDeps } from "./types.js";

/** Outcomes that say the version ran away, not that it answered with an error. */
const RUNAWAY_CODES: ReadonlySet<string> = new Set(["SANDBOX_TIMEOUT", "SANDBOX_MEMORY", "SANDBOX_CRASHED"]);
export const DEFAULT_QUARANTINE_AFTER = 5;
/** Streaks kept at once; a version with a streak is one failing right now, so this is generous. */
const MAX_STREAKS = 10_000;

export interface CallSeen {
  tenantId: string;
  skillId: string;
  slug: string;
  versionId: string;
  version: string;
  ok: boolean;
  code: string | null;
  message: string | null;
}

export function createQuarantine(deps: RegistryDeps, hooks: SwitchHooks) {
  const after = deps.options?.quarantineAfter ?? DEFAULT_QUARANTINE_AFTER;
  if (!Number.isInteger(after) || after < 1) throw new RangeError("quarantineAfter must be a whole number ≥ 1");
  const streaks = new Map<string, number>();

  /** Quarantines the version: one transaction with its audit row and the cross-instance notice. */
  async function quarantine(seen: CallSeen, failures: number): Promise<void> {
    const reason = `${failures} calls in a row failed with ${seen.code}${seen.message ? ` (last: ${seen.message.slice(0, 200)})` : ""}`;
    const inserted = await withTransaction(deps.storage.db, async (tx) => {
      const skill = await lockSkillById(tx, seen.tenantId, seen.skillId);
      if (!skill) return false;
      const at = deps.clock.now();
      const row = {
        versionId: seen.versionId,
        tenantId: seen.tenantId,
        skillId: seen.skillId,
        code: seen.code!,
        reason,
        failures,
        at,
      };
      if (!(await insertQuarantine(tx, row))) return false;
      await appendAudit(tx, {
        tenantId: seen.tenantId,
        actor: "system",
        action: "skill.quarantine",
        target: seen.skillId,
        detail: { slug: seen.slug, version: seen.version, code: seen.code, failures, reason },
      });
      await notifySkillChange(tx, hooks.channel, JSON.stringify({ tenantId: seen.tenantId, slug: seen.slug }));
      return true;
    });
    if (inserted) {
      hooks.changed(seen.tenantId, seen.slug);
      deps.logger.warn("skill version quarantined", {
        tenantId: seen.tenantId,
        tag: versionTag(seen.slug, seen.version),
        reason,
      });
    }
  }

  /**
   * Called after every call. Resolves at once unless this call made the streak reach the
   * threshold; then it resolves once the quarantine is committed, so the next call is refused.
   */
  async function observe(seen: CallSeen): Promise<void> {
    if (seen.ok || seen.code === null || !RUNAWAY_CODES.has(seen.code)) {
      streaks.delete(seen.versionId);
      return;
    }
    const failures = (streaks.get(seen.versionId) ?? 0) + 1;
    if (failures < after) {
      if (!streaks.has(seen.versionId) && streaks.size >= MAX_STREAKS) streaks.delete(streaks.keys().next().value!);
      streaks.set(seen.versionId, failures);
      return;
    }
    streaks.delete(seen.versionId);
    try {
      await quarantine(seen, failures);
    } catch (err) {
      // The call's own outcome stands; the next runaways try again.
      deps.logger.error("quarantine not recorded", {
        versionId: seen.versionId,
        error: err instanceof Error ? err.message : String(err),
      });
    }
  }

  /** Makes a quarantined version callable again: the active one, or `version` (e.g. "1.2.0"). */
  async function reenable(input: {
    tenantId: string;
    slug: string;
    version?: string;
    actor: string;
  }): Promise<{ slug: string; version: string; tag: string; changed: boolean }> {
    const wanted = input.version === undefined ? undefined : parseVersionArg(input.version);
    if (wanted === null)
      throw new SkillforgeError("VALIDATION_FAILED", `${JSON.stringify(input.version)} is not a version like 1.2.0`);
    const result = await withTransaction(deps.storage.db, async (tx) => {
      const skill = await lockSkill(tx, input.tenantId, input.slug);
      if (!skill) throw new SkillforgeError("SKILL_NOT_FOUND", `no skill ${input.slug}`);
      const target =
        wanted !== undefined
          ? await findVersion(tx, input.tenantId, skill.id, wanted)
          : skill.activeVersionId
            ? await getVersion(tx, input.tenantId, skill.activeVersionId)
            : undefined;
      if (!target) {
        if (wanted !== undefined) throw new SkillforgeError("VERSION_NOT_FOUND", `${input.slug} has no version ${wanted}`);
        throw new SkillforgeError("SKILL_INACTIVE", `${input.slug} has no active version; name the version to re-enable`);
      }
      const lifted = await deleteQuarantine(tx, input.tenantId, target.id);
      const out = { slug: skill.slug, version: target.version, tag: versionTag(skill.slug, target.version), changed: !!lifted };
      if (!lifted) return { out, versionId: target.id };
      await appendAudit(tx, {
        tenantId: input.tenantId,
        actor: input.actor,
        action: "skill.reenable",
        target: skill.id,
        detail: { slug: skill.slug, version: target.version, code: lifted.code, reason: lifted.reason },
      });
      await notifySkillChange(tx, hooks.channel, JSON.stringify({ tenantId: input.tenantId, slug: skill.slug }));
      return { out, versionId: target.id };
    });
    streaks.delete(result.versionId);
    if (result.out.changed) hooks.changed(input.tenantId, result.out.slug);
    return result.out;
  }

  return { observe, reenable };
}
