// A migrated, empty embedded database, dumped once when the project is built. A new data folder,
// and every in-memory database, starts from it instead of running PostgreSQL's initdb and every
// migration: that took 5–6 s on a 2-core machine, almost all of a first start. The dump holds no
// tenant, key or secret (those are created after it is loaded), and it is used only while its
// fingerprint (the PGlite version and every migration file) matches: otherwise the database is
// created the slow way, with the same result.
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { migrationsFolder, projectRoot } from "./project-root.js";

export const templateFile = (): string => join(projectRoot(), "dist", "pglite-template.tar.gz");
const fingerprintFile = (): string => `${templateFile()}.fingerprint`;

// PGlite's exports do not include its package.json: find it above the entry point.
function pgliteVersion(): string {
  let dir = dirname(createRequire(import.meta.url).resolve("@electric-sql/pglite"));
  for (let i = 0; i < 4; i++, dir = dirname(dir)) {
    const file = join(dir, "package.json");
    if (!existsSync(file)) continue;
    const pkg = JSON.parse(readFileSync(file, "utf8")) as { name?: string; version?: string };
    if (pkg.name === "@electric-sql/pglite" && pkg.version) return pkg.version;
  }
  throw new Error("@electric-sql/pglite's package.json not found");
}

/** The PGlite version and the bytes of every migration file: a template built from other ones is stale. */
export function templateFingerprint(): string {
  const hash = createHash("sha256").update(`pglite ${pgliteVersion()}\n`);
  const walk = (dir: string, rel: string): void => {
    for (const e of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const path = join(dir, e.name);
      if (e.isDirectory()) walk(path, `${rel}${e.name}/`);
      else hash.update(`${rel}${e.name}\n`).update(readFileSync(path));
    }
  };
  walk(migrationsFolder(), "");
  return hash.digest("hex");
}

/** The template as PGlite's `loadDataDir` takes it, or undefined when there is none or it is stale. */
export function loadTemplate(): Blob | undefined {
  try {
    if (!existsSync(templateFile()) || readFileSync(fingerprintFile(), "utf8").trim() !== templateFingerprint()) return undefined;
    return new Blob([readFileSync(templateFile())]);
  } catch {
    return undefined;
  }
}

/**
 * Builds the template unless a current one exists; returns whether it built one. The files are
 * written beside their final names and renamed, so a reader never sees half a dump.
 */
export async function buildTemplate(force = false): Promise<boolean> {
  const fingerprint = templateFingerprint();
  if (!force && loadTemplate() !== undefined) return false;
  const { PGlite } = await import("@electric-sql/pglite");
  const { drizzle } = await import("drizzle-orm/pglite");
  const { migrate } = await import("drizzle-orm/pglite/migrator");
  const client = new PGlite();
  try {
    await client.waitReady;
    await migrate(drizzle(client), { migrationsFolder: migrationsFolder() });
    const dump = Buffer.from(await (await client.dumpDataDir("gzip")).arrayBuffer());
    writeFileSync(`${templateFile()}.tmp`, dump);
    renameSync(`${templateFile()}.tmp`, templateFile());
    writeFileSync(`${fingerprintFile()}.tmp`, `${fingerprint}\n`);
    renameSync(`${fingerprintFile()}.tmp`, fingerprintFile());
    return true;
  } finally {
    await client.close();
  }
}
