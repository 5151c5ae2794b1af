// Export a version as an Agent Skills folder (SKILL.md, the source, manifest.json) and import such
// a folder as a new version: through the audit and the trial like any generated version, ending
// `awaiting_approval`. The files are plain data here; writing them to disk or a .tar.gz is
// bundle-files.ts.
import { SkillforgeError, type JsonSchema } from "../contract/index.js";
import { findVersion, getSkill, getVersion, listVersions } from "../storage/index.js";
import { sha256 } from "./register.js";
import { compareSemver, parseVersionArg, versionTag } from "./semver.js";
import { parseSkillMd, renderSkillMd, skillMdProblems } from "./skill-md.js";
import type { NewVersionInput, RegistryDeps, SkillBundle, SkillVersion } from "./types.js";

export const MANIFEST_FILE = "manifest.json";
export const SKILL_MD_FILE = "SKILL.md";
const SOURCE_RE = /^scripts\/skill\.(ts|js)$/;

interface BundleManifest {
  slug: string;
  name: string;
  description: string;
  version: string;
  tag: string;
  sha256: string;
  source: string;
  capabilities: string[];
  configSchema: JsonSchema;
  collections: Record<string, JsonSchema>;
}

const invalid = (detail: string) => new SkillforgeError("BUNDLE_INVALID", detail);

export function createBundles(deps: RegistryDeps, registerVersion: (input: NewVersionInput) => Promise<SkillVersion>) {
  async function exportVersion(input: { tenantId: string; slug: string; version?: string }): Promise<SkillBundle> {
    const db = deps.storage.db;
    const skill = await getSkill(db, input.tenantId, input.slug);
    if (!skill) throw new SkillforgeError("SKILL_NOT_FOUND", `no skill ${input.slug}`);
    let row;
    if (input.version !== undefined) {
      const wanted = parseVersionArg(input.version);
      if (!wanted) throw new SkillforgeError("VALIDATION_FAILED", `${JSON.stringify(input.version)} is not a version like 1.2.0`);
      row = await findVersion(db, input.tenantId, skill.id, wanted);
    } else {
      row = skill.activeVersionId
        ? await getVersion(db, input.tenantId, skill.activeVersionId)
        : (await listVersions(db, input.tenantId, skill.id)).sort((a, b) => compareSemver(b.version, a.version))[0];
    }
    if (!row) throw new SkillforgeError("VERSION_NOT_FOUND", `${input.slug} has no version ${input.version ?? "yet"}`);
    // Skills are audited and run as TypeScript (a superset of the JavaScript they may be written in).
    const sourcePath = "scripts/skill.ts";
    const tag = versionTag(skill.slug, row.version);
    const manifest: BundleManifest = {
      slug: skill.slug,
      name: skill.name,
      description: skill.description,
      version: row.version,
      tag,
      sha256: row.sha256,
      source: sourcePath,
      capabilities: row.capabilities,
      configSchema: row.configSchema,
      collections: row.collections,
    };
    const description = (skill.description || skill.name || skill.slug).slice(0, 1024);
    const skillMd = renderSkillMd(
      { name: skill.slug, description, metadata: { version: row.version, tag, sha256: row.sha256 } },
      row.skillMd.trim() ? row.skillMd : `# ${skill.name}\n\n${description}\n`,
    );
    const problems = skillMdProblems(skillMd, skill.slug);
    if (problems.length > 0) throw invalid(`the exported SKILL.md would be invalid: ${problems.join("; ")}`);
    return {
      name: skill.slug,
      files: { [SKILL_MD_FILE]: skillMd, [MANIFEST_FILE]: `${JSON.stringify(manifest, null, 2)}\n`, [sourcePath]: row.source },
    };
  }

  /** A bundle → a new pending version: checked, audited, trialled, registered `awaiting_approval`. */
  async function importBundle(input: { tenantId: string; bundle: SkillBundle; actor: string }): Promise<SkillVersion> {
    if (!deps.audit || !deps.trial)
      throw new Error("the registry was built without audit and trial functions; imports need both");
    const { files } = input.bundle;
    const skillMd = files[SKILL_MD_FILE];
    if (skillMd === undefined) throw invalid("no SKILL.md");
    const problems = skillMdProblems(skillMd, input.bundle.name);
    if (problems.length > 0) throw invalid(`SKILL.md: ${problems.join("; ")}`);
    let manifest: BundleManifest;
    try {
      manifest = JSON.parse(files[MANIFEST_FILE] ?? "") as BundleManifest;
    } catch {
      throw invalid("manifest.json is missing or not JSON");
    }
    if (
      typeof manifest !== "object" ||
      manifest === null ||
      typeof manifest.source !== "string" ||
      !SOURCE_RE.test(manifest.source)
    ) {
      throw invalid("manifest.json must name its source as scripts/skill.ts or scripts/skill.js");
    }
    const source = files[manifest.source];
    if (source === undefined) throw invalid(`no ${manifest.source}`);
    // The hash binds the manifest to the code: an edited source is a different skill.
    if (manifest.sha256 !== sha256(source)) throw invalid("the source does not match the manifest's sha256");
    const parsed = parseSkillMd(skillMd) as { frontmatter: Record<string, unknown> };
    const slug = String(parsed.frontmatter.name);
    const audit = await deps.audit({ source, language: manifest.source.endsWith(".js") ? "js" : "ts" });
    const trial = audit.ok
      ? await deps.trial({
          source,
          capabilities: audit.capabilities,
          tenantId: input.tenantId,
          ...(audit.actions ? { actions: audit.actions } : {}),
        })
      : { ok: false, steps: [], peakHeapBytes: 0 };
    return registerVersion({
      tenantId: input.tenantId,
      actor: input.actor,
      source,
      audit,
      trial,
      manifest: {
        slug,
        name: typeof manifest.name === "string" ? manifest.name : slug,
        description: String(parsed.frontmatter.description),
      },
      configSchema: manifest.configSchema ?? true,
      collections: manifest.collections ?? {},
      skillMd,
      generator: { provider: "import", importedFrom: typeof manifest.tag === "string" ? manifest.tag : null },
    });
  }

  return { exportVersion, importBundle };
}
