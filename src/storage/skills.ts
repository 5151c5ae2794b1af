import { and, asc, eq, ne } from "drizzle-orm";
import type { Db } from "./db.js";
import { skills } from "./schema/index.js";
import { isUuid } from "./uuid.js";

/** Slugs of the tenant's skills that are not archived (what the detector treats as installed). */
export async function listInstalledSlugs(db: Db, tenantId: string): Promise<string[]> {
  if (!isUuid(tenantId)) return [];
  const rows = await db
    .select({ slug: skills.slug })
    .from(skills)
    .where(and(eq(skills.tenantId, tenantId), ne(skills.status, "archived")))
    .orderBy(asc(skills.slug));
  return rows.map((r) => r.slug);
}
