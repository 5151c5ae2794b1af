// Usage of skills: invocation rows written in batches off the hot path, per-version figures, and
// the idle-skill sweep. The sweep is the one system-wide query here (it runs for every tenant).
import { and, asc, eq, gt, ne, sql } from "drizzle-orm";
import type { Db } from "./db.js";
import { appendAudit } from "./audit-log.js";
import { advisoryKey } from "./locks.js";
import { invocations, skills } from "./schema/index.js";

export interface NewInvocation {
  id?: string;
  tenantId: string;
  skillId: string;
  versionId: string;
  method: string;
  action: string | null;
  ok: boolean;
  errorCode: string | null;
  ms: number;
  at: Date;
}

// PostgreSQL text cannot hold U+0000; one such name must not cost the whole batch its rows.
const textOf = (s: string) => s.replace(/\u0000/g, "\ufffd");

/** One insert for the batch, then each skill's `last_used_at` moved forward (never back). */
export async function insertInvocations(db: Db, rows: NewInvocation[]): Promise<void> {
  if (rows.length === 0) return;
  // One parameter for the whole batch: the query builder's 200-row VALUES list (1,800 bound
  // parameters) cost more CPU than the calls it records. `json_to_recordset` types each column.
  const batch = rows.map((r) => ({
    id: r.id ?? null,
    tenant_id: r.tenantId,
    skill_id: r.skillId,
    version_id: r.versionId,
    method: textOf(r.method),
    action: r.action === null ? null : textOf(r.action),
    ok: r.ok,
    error_code: r.errorCode === null ? null : textOf(r.errorCode),
    ms: Math.max(0, Math.round(r.ms)),
    at: r.at.toISOString(),
  }));
  await db.execute(sql`
    insert into ${invocations} (id, tenant_id, skill_id, version_id, method, action, ok, error_code, ms, at)
    select coalesce(id, gen_random_uuid()), tenant_id, skill_id, version_id, method, action, ok, error_code, ms, at
    from json_to_recordset(${JSON.stringify(batch)}::json)
      as r(id uuid, tenant_id uuid, skill_id uuid, version_id uuid, method text, action text,
           ok boolean, error_code text, ms integer, at timestamptz)`);
  const latest = new Map<string, { tenantId: string; at: Date }>();
  for (const r of rows) {
    const seen = latest.get(r.skillId);
    if (!seen || seen.at < r.at) latest.set(r.skillId, { tenantId: r.tenantId, at: r.at });
  }
  for (const [skillId, { tenantId, at }] of latest) {
    await db
      .update(skills)
      .set({ lastUsedAt: sql`greatest(${skills.lastUsedAt}, ${at.toISOString()}::timestamptz)` })
      .where(and(eq(skills.tenantId, tenantId), eq(skills.id, skillId)));
  }
}

export interface VersionUsage {
  versionId: string;
  calls: number;
  errors: number;
  p50Ms: number | null;
  p95Ms: number | null;
  lastUsedAt: Date | null;
}

export async function versionUsage(db: Db, tenantId: string, skillId: string): Promise<VersionUsage[]> {
  const rows = await db
    .select({
      versionId: invocations.versionId,
      calls: sql<number>`count(*)::int`,
      errors: sql<number>`(count(*) filter (where not ${invocations.ok}))::int`,
      p50Ms: sql<number | null>`percentile_cont(0.5) within group (order by ${invocations.ms})`,
      p95Ms: sql<number | null>`percentile_cont(0.95) within group (order by ${invocations.ms})`,
      lastUsedAt: sql<string | null>`max(${invocations.at})`,
    })
    .from(invocations)
    .where(and(eq(invocations.tenantId, tenantId), eq(invocations.skillId, skillId)))
    .groupBy(invocations.versionId);
  return rows.map((r) => ({
    versionId: r.versionId,
    calls: Number(r.calls),
    errors: Number(r.errors),
    p50Ms: r.p50Ms === null ? null : Number(r.p50Ms),
    p95Ms: r.p95Ms === null ? null : Number(r.p95Ms),
    lastUsedAt: r.lastUsedAt === null ? null : new Date(r.lastUsedAt),
  }));
}

/** Skills of every tenant not archived and unused (or never used) since `before`. */
export async function listIdleSkills(
  db: Db,
  before: Date,
  limit: number,
  afterId?: string,
  tenantId?: string,
): Promise<Array<{ id: string; tenantId: string; slug: string }>> {
  return db
    .select({ id: skills.id, tenantId: skills.tenantId, slug: skills.slug })
    .from(skills)
    .where(
      and(
        ne(skills.status, "archived"),
        sql`coalesce(${skills.lastUsedAt}, ${skills.createdAt}) < ${before.toISOString()}::timestamptz`,
        afterId === undefined ? undefined : gt(skills.id, afterId),
        tenantId === undefined ? undefined : eq(skills.tenantId, tenantId),
      ),
    )
    .orderBy(asc(skills.id))
    .limit(limit);
}

/**
 * Archives one idle skill, once across instances: the transaction-scoped advisory lock on the
 * skill makes a concurrent sweep skip it, and the re-checked condition makes a late one a no-op.
 * Call inside a transaction. Returns whether this call archived it.
 */
export async function archiveIfIdle(
  db: Db,
  skill: { id: string; tenantId: string },
  before: Date,
  actor: string,
  now: Date,
): Promise<boolean> {
  const key = advisoryKey(`skill:${skill.id}`).toString();
  const lock = await db.execute(sql`select pg_try_advisory_xact_lock(${key}::bigint) as ok`);
  const rows = (Array.isArray(lock) ? lock : (lock as { rows: unknown[] }).rows) as Array<{ ok: boolean }>;
  if (!rows[0]?.ok) return false;
  const archived = await db
    .update(skills)
    .set({ status: "archived", updatedAt: now })
    .where(
      and(
        eq(skills.id, skill.id),
        eq(skills.tenantId, skill.tenantId),
        ne(skills.status, "archived"),
        sql`coalesce(${skills.lastUsedAt}, ${skills.createdAt}) < ${before.toISOString()}::timestamptz`,
      ),
    )
    .returning({ id: skills.id, slug: skills.slug });
  if (archived.length === 0) return false;
  await appendAudit(db, {
    tenantId: skill.tenantId,
    actor,
    action: "skill.archive",
    target: skill.id,
    detail: { slug: archived[0]!.slug, reason: "idle", idleSince: before.toISOString() },
  });
  return true;
}
