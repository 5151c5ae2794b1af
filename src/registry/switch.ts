// Switching a skill's active version: activation (after a completed, bound approval) and rollback
// (to an earlier approved version, no new approval). One transaction each: the pointer, the
// version's status, the history row, the audit row and the cross-instance notice commit together,
// so a crash anywhere leaves the old version active or the new one, never neither.
import { SkillforgeError } from "../contract/index.js";
import {
  appendAudit,
  findVersion,
  getVersion,
  lastActivation,
  lockApprovals,
  lockSkill,
  lockSkillById,
  notifySkillChange,
  recordActivation,
  setSkillState,
  setVersionStatus,
  withTransaction,
  type Db,
  type SkillRow,
  type SkillVersionRow,
} from "../storage/index.js";
import { requireBoundApproval } from "./approval-binding.js";
import { differingCollections, parseVersionArg } from "./semver.js";
import type { RegistryDeps, SwitchResult } from "./types.js";
import { versionRef } from "./views.js";

export interface SwitchHooks {
  /** After commit: drop this process's cached resolution. */
  changed(tenantId: string, slug: string): void;
  channel: string;
}

export function createSwitches(deps: RegistryDeps, hooks: SwitchHooks) {
  const fault = async (name: string) => deps.faultPoint?.(name);

  async function switchTo(
    tx: Db,
    skill: SkillRow,
    target: SkillVersionRow,
    kind: "activate" | "rollback",
    actor: string,
  ): Promise<SwitchResult> {
    const now = deps.clock.now();
    const current = skill.activeVersionId ? await getVersion(tx, skill.tenantId, skill.activeVersionId) : undefined;
    if (target.status !== "approved") {
      await setVersionStatus(tx, skill.tenantId, target.id, "approved");
      await fault(`${kind}:after-version-status`);
    }
    await setSkillState(tx, skill.tenantId, skill.id, { status: "active", activeVersionId: target.id }, now);
    await fault(`${kind}:after-pointer`);
    await recordActivation(tx, {
      tenantId: skill.tenantId,
      skillId: skill.id,
      versionId: target.id,
      previousVersionId: current?.id ?? null,
      kind,
      actor,
      at: now,
    });
    await fault(`${kind}:after-history`);
    const collectionsDiffer = current ? differingCollections(current, target) : [];
    await appendAudit(tx, {
      tenantId: skill.tenantId,
      actor,
      action: `skill.${kind}`,
      target: skill.id,
      detail: {
        slug: skill.slug,
        from: current?.version ?? null,
        to: target.version,
        sha256: target.sha256,
        collectionsDiffer,
        wasArchived: skill.status === "archived",
      },
    });
    await fault(`${kind}:after-audit`);
    await notifySkillChange(tx, hooks.channel, JSON.stringify({ tenantId: skill.tenantId, slug: skill.slug }));
    return {
      slug: skill.slug,
      from: current ? versionRef(skill.slug, current) : null,
      to: versionRef(skill.slug, target),
      collectionsDiffer,
    };
  }

  /** Makes an approved version active. Called by the approval gateway when an approval completes. */
  async function activate(input: { tenantId: string; versionId: string; actor: string }): Promise<SwitchResult> {
    const result = await withTransaction(deps.storage.db, async (tx) => {
      const known = await getVersion(tx, input.tenantId, input.versionId);
      if (!known) throw new SkillforgeError("VERSION_NOT_FOUND", `no version ${input.versionId} in this tenant`);
      const skill = await lockSkillById(tx, input.tenantId, known.skillId);
      if (!skill) throw new SkillforgeError("SKILL_NOT_FOUND", "the version's skill is gone");
      // Re-read under the skill lock, and lock the approvals: nothing can change between this
      // check and the switch below.
      const version = (await getVersion(tx, input.tenantId, input.versionId))!;
      requireBoundApproval(version, await lockApprovals(tx, input.tenantId, version.id));
      if (skill.activeVersionId === version.id && skill.status === "active") {
        return {
          slug: skill.slug,
          from: versionRef(skill.slug, version),
          to: versionRef(skill.slug, version),
          collectionsDiffer: [],
        };
      }
      return switchTo(tx, skill, version, "activate", input.actor);
    });
    hooks.changed(input.tenantId, result.slug);
    return result;
  }

  /** Back to the previous active version (default) or to any approved `to`, at once. */
  async function rollback(input: { tenantId: string; slug: string; to?: string; actor: string }): Promise<SwitchResult> {
    const wanted = input.to === undefined ? undefined : parseVersionArg(input.to);
    if (wanted === null)
      throw new SkillforgeError("VALIDATION_FAILED", `--to: ${JSON.stringify(input.to)} is not a version like 1.2.0`);
    const result = await withTransaction(deps.storage.db, async (tx) => {
      const skill = await lockSkill(tx, input.tenantId, input.slug);
      if (!skill) throw new SkillforgeError("SKILL_NOT_FOUND", `no skill ${input.slug}`);
      if (skill.status === "archived") throw new SkillforgeError("SKILL_ARCHIVED", `${input.slug} is archived; restore it first`);
      if (!skill.activeVersionId)
        throw new SkillforgeError("SKILL_INACTIVE", `${input.slug} has no active version to roll back from`);
      let target: SkillVersionRow | undefined;
      if (wanted !== undefined) {
        target = await findVersion(tx, input.tenantId, skill.id, wanted);
        if (!target) throw new SkillforgeError("VERSION_NOT_FOUND", `${input.slug} has no version ${wanted}`);
      } else {
        const last = await lastActivation(tx, input.tenantId, skill.id);
        target = last?.previousVersionId ? await getVersion(tx, input.tenantId, last.previousVersionId) : undefined;
        if (!target) throw new SkillforgeError("ROLLBACK_NO_TARGET", `${input.slug} has had no other active version`);
      }
      // Only a version that was approved (and so once activated with a bound approval) qualifies.
      if (target.status !== "approved")
        throw new SkillforgeError("VERSION_NOT_APPROVED", `version ${target.version} is ${target.status}`);
      if (target.id === skill.activeVersionId)
        throw new SkillforgeError("ROLLBACK_NO_TARGET", `version ${target.version} is already active`);
      return switchTo(tx, skill, target, "rollback", input.actor);
    });
    hooks.changed(input.tenantId, result.slug);
    return result;
  }

  return { activate, rollback };
}
