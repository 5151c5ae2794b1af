// Archive, restore, delete and config: each one transaction with its audit row and the notice that
// makes other instances drop their cached resolution.
import { SkillforgeError, type Json, type JsonObject } from "../contract/index.js";
import { compileSchema } from "../json-schema/index.js";
import {
  appendAudit,
  createRecordStore,
  deleteSkillRow,
  getVersion,
  listVersions,
  lockSkill,
  notifySkillChange,
  setSkillConfig,
  setSkillState,
  withTransaction,
  type Db,
  type SkillRow,
} from "../storage/index.js";
import type { SwitchHooks } from "./switch.js";
import type { RegistryDeps, SkillStatus } from "./types.js";

export function createLifecycle(deps: RegistryDeps, hooks: SwitchHooks) {
  const fault = async (name: string) => deps.faultPoint?.(name);

  async function locked<T>(tenantId: string, slug: string, fn: (tx: Db, skill: SkillRow) => Promise<T>): Promise<T> {
    const result = await withTransaction(deps.storage.db, async (tx) => {
      const skill = await lockSkill(tx, tenantId, slug);
      if (!skill) throw new SkillforgeError("SKILL_NOT_FOUND", `no skill ${slug}`);
      const value = await fn(tx, skill);
      await notifySkillChange(tx, hooks.channel, JSON.stringify({ tenantId, slug }));
      return value;
    });
    hooks.changed(tenantId, slug);
    return result;
  }

  async function setStatus(tx: Db, skill: SkillRow, status: SkillStatus, action: string, actor: string, detail: JsonObject = {}) {
    await setSkillState(tx, skill.tenantId, skill.id, { status }, deps.clock.now());
    await fault(`${action}:after-status`);
    await appendAudit(tx, {
      tenantId: skill.tenantId,
      actor,
      action: `skill.${action}`,
      target: skill.id,
      detail: { slug: skill.slug, from: skill.status, ...detail },
    });
  }

  /** Not callable until restored; the active version is kept, so restore brings it back as it was. */
  function archive(input: {
    tenantId: string;
    slug: string;
    actor: string;
  }): Promise<{ slug: string; status: SkillStatus; changed: boolean }> {
    return locked(input.tenantId, input.slug, async (tx, skill) => {
      if (skill.status === "archived") return { slug: skill.slug, status: skill.status, changed: false };
      await setStatus(tx, skill, "archived", "archive", input.actor, { reason: "requested" });
      return { slug: skill.slug, status: "archived" as const, changed: true };
    });
  }

  function restore(input: {
    tenantId: string;
    slug: string;
    actor: string;
  }): Promise<{ slug: string; status: SkillStatus; changed: boolean }> {
    return locked(input.tenantId, input.slug, async (tx, skill) => {
      if (skill.status !== "archived") return { slug: skill.slug, status: skill.status, changed: false };
      const status = skill.activeVersionId ? "active" : "inactive";
      await setStatus(tx, skill, status, "restore", input.actor);
      return { slug: skill.slug, status, changed: true };
    });
  }

  /** Removes the skill, its versions, usage and every data row of it in this tenant. */
  function remove(input: { tenantId: string; slug: string; actor: string }): Promise<{ slug: string; deletedRecords: number }> {
    return locked(input.tenantId, input.slug, async (tx, skill) => {
      const deletedRecords = await createRecordStore(tx).dropSkillData({ tenantId: skill.tenantId, skillId: skill.id });
      await fault("delete:after-records");
      await deleteSkillRow(tx, skill.tenantId, skill.id);
      await appendAudit(tx, {
        tenantId: skill.tenantId,
        actor: input.actor,
        action: "skill.delete",
        target: skill.id,
        detail: { slug: skill.slug, deletedRecords },
      });
      return { slug: skill.slug, deletedRecords };
    });
  }

  /** The skill's config, checked against the active version's config schema (or the newest one's). */
  function setConfig(input: {
    tenantId: string;
    slug: string;
    config: Json;
    actor: string;
  }): Promise<{ slug: string; config: JsonObject }> {
    return locked(input.tenantId, input.slug, async (tx, skill) => {
      const version = skill.activeVersionId
        ? await getVersion(tx, skill.tenantId, skill.activeVersionId)
        : (await listVersions(tx, skill.tenantId, skill.id))[0];
      if (!version) throw new SkillforgeError("SKILL_INACTIVE", `${skill.slug} has no version to check a config against`);
      if (input.config === null || typeof input.config !== "object" || Array.isArray(input.config)) {
        throw new SkillforgeError("VALIDATION_FAILED", "config must be a JSON object");
      }
      const compiled = compileSchema(version.configSchema);
      const reason = "error" in compiled ? compiled.error : compiled.check(input.config);
      if (reason !== null)
        throw new SkillforgeError(
          "VALIDATION_FAILED",
          `config refused by ${skill.slug}@v${version.version}'s config schema: ${reason}`,
        );
      await setSkillConfig(tx, skill.tenantId, skill.id, input.config, deps.clock.now());
      await appendAudit(tx, {
        tenantId: skill.tenantId,
        actor: input.actor,
        action: "skill.config",
        target: skill.id,
        detail: { slug: skill.slug, version: version.version },
      });
      return { slug: skill.slug, config: input.config };
    });
  }

  return { archive, restore, remove, setConfig };
}
