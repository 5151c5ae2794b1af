// The registry's skills and versions. Every function takes the tenant: there is no unscoped path
// to a skill, a version or its source. Transactions are the caller's (`withTransaction`): the
// registry composes these calls so a switch, its history row and its audit row commit together.
import { and, asc, eq, sql } from "drizzle-orm";
import type { Capability, JsonObject, JsonSchema, SkillStatus, VersionStatus } from "../contract/index.js";
import type { AuditReport, TrialReport } from "../contract/index.js";
import type { Db } from "./db.js";
import {
  skills,
  skillVersions,
  versionQuarantines,
  type GeneratorInfo,
  type SkillRow,
  type SkillVersionRow,
  type VersionQuarantineRow,
} from "./schema/index.js";
import { isUuid } from "./uuid.js";

export type { GeneratorInfo, SkillRow, SkillVersionRow } from "./schema/index.js";

export interface NewSkillVersion {
  tenantId: string;
  skillId: string;
  version: string;
  source: string;
  sha256: string;
  manifest: JsonObject;
  configSchema: JsonSchema;
  collections: Record<string, JsonSchema>;
  skillMd: string;
  auditReport: AuditReport;
  trialReport: TrialReport;
  capabilities: Capability[];
  generator: GeneratorInfo;
  status: VersionStatus;
  createdAt?: Date;
}

export async function getSkill(db: Db, tenantId: string, slug: string): Promise<SkillRow | undefined> {
  if (!isUuid(tenantId)) return undefined;
  const [row] = await db
    .select()
    .from(skills)
    .where(and(eq(skills.tenantId, tenantId), eq(skills.slug, slug)));
  return row;
}

/** The skill row locked for the rest of the transaction: switches on one skill run one at a time. */
export async function lockSkill(db: Db, tenantId: string, slug: string): Promise<SkillRow | undefined> {
  if (!isUuid(tenantId)) return undefined;
  const [row] = await db
    .select()
    .from(skills)
    .where(and(eq(skills.tenantId, tenantId), eq(skills.slug, slug)))
    .for("update");
  return row;
}

export async function lockSkillById(db: Db, tenantId: string, skillId: string): Promise<SkillRow | undefined> {
  if (!isUuid(tenantId) || !isUuid(skillId)) return undefined;
  const [row] = await db
    .select()
    .from(skills)
    .where(and(eq(skills.tenantId, tenantId), eq(skills.id, skillId)))
    .for("update");
  return row;
}

export function listSkills(db: Db, tenantId: string): Promise<SkillRow[]> {
  if (!isUuid(tenantId)) return Promise.resolve([]);
  return db.select().from(skills).where(eq(skills.tenantId, tenantId)).orderBy(asc(skills.slug));
}

/** Creates the skill on its first version (idempotent under a race: the unique slug decides). */
export async function ensureSkill(
  db: Db,
  input: { tenantId: string; slug: string; name: string; description: string; createdAt?: Date },
): Promise<SkillRow> {
  await db
    .insert(skills)
    .values({ ...input, updatedAt: input.createdAt })
    .onConflictDoNothing({ target: [skills.tenantId, skills.slug] });
  const row = await lockSkill(db, input.tenantId, input.slug);
  if (!row) throw new Error("skill row vanished after insert");
  return row;
}

export async function insertVersion(db: Db, input: NewSkillVersion): Promise<SkillVersionRow> {
  const [row] = await db.insert(skillVersions).values(input).returning();
  return row!;
}

export async function getVersion(db: Db, tenantId: string, versionId: string): Promise<SkillVersionRow | undefined> {
  if (!isUuid(tenantId) || !isUuid(versionId)) return undefined;
  const [row] = await db
    .select()
    .from(skillVersions)
    .where(and(eq(skillVersions.tenantId, tenantId), eq(skillVersions.id, versionId)));
  return row;
}

export async function findVersion(
  db: Db,
  tenantId: string,
  skillId: string,
  version: string,
): Promise<SkillVersionRow | undefined> {
  const [row] = await db
    .select()
    .from(skillVersions)
    .where(and(eq(skillVersions.tenantId, tenantId), eq(skillVersions.skillId, skillId), eq(skillVersions.version, version)));
  return row;
}

/** Every version of one skill, highest semver first. */
export function listVersions(db: Db, tenantId: string, skillId: string): Promise<SkillVersionRow[]> {
  return db
    .select()
    .from(skillVersions)
    .where(and(eq(skillVersions.tenantId, tenantId), eq(skillVersions.skillId, skillId)))
    .orderBy(sql`string_to_array(${skillVersions.version}, '.')::int[] desc`);
}

export async function setVersionStatus(db: Db, tenantId: string, versionId: string, status: VersionStatus): Promise<void> {
  await db
    .update(skillVersions)
    .set({ status })
    .where(and(eq(skillVersions.tenantId, tenantId), eq(skillVersions.id, versionId)));
}

/** Moves the skill's pointer and status together (one statement: never one without the other). */
export async function setSkillState(
  db: Db,
  tenantId: string,
  skillId: string,
  state: { status: SkillStatus; activeVersionId?: string | null },
  now: Date,
): Promise<void> {
  await db
    .update(skills)
    .set({ ...state, updatedAt: now })
    .where(and(eq(skills.tenantId, tenantId), eq(skills.id, skillId)));
}

export async function setSkillConfig(db: Db, tenantId: string, skillId: string, config: JsonObject, now: Date): Promise<void> {
  await db
    .update(skills)
    .set({ config, updatedAt: now })
    .where(and(eq(skills.tenantId, tenantId), eq(skills.id, skillId)));
}

export async function deleteSkillRow(db: Db, tenantId: string, skillId: string): Promise<boolean> {
  const rows = await db
    .delete(skills)
    .where(and(eq(skills.tenantId, tenantId), eq(skills.id, skillId)))
    .returning({ id: skills.id });
  return rows.length > 0;
}

/**
 * The skill, its active version and that version's quarantine (if any) in one round trip: what a
 * call resolves on a cache miss.
 */
export async function resolveActive(
  db: Db,
  tenantId: string,
  slug: string,
): Promise<{ skill: SkillRow; version: SkillVersionRow | null; quarantine: VersionQuarantineRow | null } | undefined> {
  if (!isUuid(tenantId)) return undefined;
  const [row] = await db
    .select({ skill: skills, version: skillVersions, quarantine: versionQuarantines })
    .from(skills)
    .leftJoin(skillVersions, and(eq(skillVersions.id, skills.activeVersionId), eq(skillVersions.tenantId, skills.tenantId)))
    .leftJoin(versionQuarantines, eq(versionQuarantines.versionId, skillVersions.id))
    .where(and(eq(skills.tenantId, tenantId), eq(skills.slug, slug)));
  return row;
}

/** Tells other instances a skill changed; delivered at commit, dropped on rollback. */
export async function notifySkillChange(db: Db, channel: string, payload: string): Promise<void> {
  await db.execute(sql`select pg_notify(${channel}, ${payload})`);
}
