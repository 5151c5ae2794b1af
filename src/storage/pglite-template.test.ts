import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { openStorage, type Storage } from "./index.js";
import { loadTemplate, templateFingerprint } from "./pglite-template.js";

// Everything a migration creates, as the catalog sees it: a database started from the template
// must be the one initdb plus every migration gives.
const CATALOG = `
  select 'column' as kind, table_name || '.' || column_name || ' ' || data_type || ' ' || is_nullable || ' ' || coalesce(column_default, '') as what
    from information_schema.columns where table_schema in ('public', 'drizzle')
  union all select 'index', indexdef from pg_indexes where schemaname in ('public', 'drizzle')
  union all select 'constraint', conrelid::regclass || ' ' || pg_get_constraintdef(oid) from pg_constraint where connamespace = 'public'::regnamespace
  union all select 'trigger', tgrelid::regclass || ' ' || tgname from pg_trigger where not tgisinternal
  union all select 'function', proname || ' ' || md5(prosrc) from pg_proc where pronamespace = 'public'::regnamespace
  union all select 'migration', hash from drizzle.__drizzle_migrations
  order by 1, 2`;

const catalog = async (s: Storage): Promise<string[]> => {
  const { sql } = await import("drizzle-orm");
  const rows = (await s.db.execute(sql.raw(CATALOG))) as unknown as { rows: { kind: string; what: string }[] };
  return rows.rows.map((r) => `${r.kind} ${r.what}`);
};

describe("the embedded database template", () => {
  const dirs: string[] = [];
  const folder = (): string => {
    const d = mkdtempSync(join(tmpdir(), "skillforge-template-"));
    dirs.push(d);
    return d;
  };
  afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

  it("is built by npm run build and current for these migrations", () => {
    expect(templateFingerprint()).toMatch(/^[0-9a-f]{64}$/);
    expect(loadTemplate(), "dist/pglite-template.tar.gz missing or stale: run npm run build").toBeInstanceOf(Blob);
  });

  it("gives a new data folder exactly the schema initdb and every migration give", { timeout: 120_000 }, async () => {
    const fromTemplate = await openStorage({ dataDir: folder() });
    const slow = await openStorage({ dataDir: folder(), template: false });
    try {
      const a = await catalog(fromTemplate);
      expect(a.filter((x) => x.startsWith("migration")).length).toBeGreaterThan(5);
      expect(a).toEqual(await catalog(slow));
    } finally {
      await fromTemplate.close();
      await slow.close();
    }
  });

  it("is not loaded over an existing database: its rows stay", { timeout: 120_000 }, async () => {
    const dataDir = folder();
    const first = await openStorage({ dataDir });
    const { sql } = await import("drizzle-orm");
    await first.db.execute(sql`insert into tenants (name) values ('kept')`);
    await first.close();
    const again = await openStorage({ dataDir });
    try {
      const rows = (await again.db.execute(sql`select name from tenants`)) as unknown as { rows: { name: string }[] };
      expect(rows.rows.map((r) => r.name)).toEqual(["kept"]);
    } finally {
      await again.close();
    }
  });

  it("falls back to initdb when the template is damaged, and the database works", { timeout: 120_000 }, async () => {
    const dataDir = folder();
    const s = await openStorage({ dataDir, template: new Blob([Buffer.from("not a tar archive")]) });
    try {
      expect((await catalog(s)).filter((x) => x.startsWith("migration")).length).toBeGreaterThan(5);
    } finally {
      await s.close();
    }
  });
});
