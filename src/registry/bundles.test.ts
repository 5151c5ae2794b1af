import { mkdtempSync } from "node:fs";
import { readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createRegistryHarness, waterSkill, type RegistryHarness } from "../../tests/support/registry.js";
import { testDatabases } from "../../tests/support/storage.js";
import { SkillforgeError } from "../contract/index.js";
import { createTenant, type Storage } from "../storage/index.js";
import { readBundle, skillMdProblems, writeBundle } from "./index.js";

const SLUG = "custom-water-tracker";
const [pglite] = testDatabases();

describe("export and import of Agent Skills folders", () => {
  let storage: Storage;
  let cleanup: () => Promise<void>;
  let h: RegistryHarness;
  const dir = mkdtempSync(join(tmpdir(), "skillforge-bundle-"));

  beforeAll(async () => {
    ({ storage, cleanup } = await pglite!.open());
    h = createRegistryHarness(storage);
  });
  afterAll(async () => {
    await h?.close();
    await cleanup?.();
  });

  it("exports a version whose SKILL.md follows the Agent Skills rules, and imports it as a new pending version with the same sha256", async () => {
    const a = (await createTenant(storage.db, { name: "A" }, "test")).id;
    const b = (await createTenant(storage.db, { name: "B" }, "test")).id;
    const v = await h.register(a, waterSkill("one"));
    await h.approveAndActivate(a, v.id);
    const bundle = await h.registry.exportVersion({ tenantId: a, slug: SLUG });
    expect(Object.keys(bundle.files).sort()).toEqual(["SKILL.md", "manifest.json", "scripts/skill.ts"]);
    expect(skillMdProblems(bundle.files["SKILL.md"]!, SLUG)).toEqual([]);
    expect(bundle.files["SKILL.md"]).toMatch(
      /^---\nname: "custom-water-tracker"\ndescription: "Counts the water you drink"\nmetadata:\n/,
    );
    expect(JSON.parse(bundle.files["manifest.json"]!)).toMatchObject({
      sha256: v.sourceSha256,
      tag: `${SLUG}@v1.0.0`,
      capabilities: v.capabilities,
    });

    for (const target of [dir, join(dir, "out", "water.tar.gz")]) {
      const written = await writeBundle(bundle, target);
      const read = await readBundle(written === dir ? join(dir, SLUG) : written);
      expect(read).toEqual(bundle);
      const imported = await h.registry.importBundle({ tenantId: b, bundle: read, actor: "test" });
      expect(imported).toMatchObject({
        sourceSha256: v.sourceSha256,
        status: "awaiting_approval",
        generator: { provider: "import", importedFrom: `${SLUG}@v1.0.0` },
      });
    }
    expect((await h.registry.versions(b, SLUG)).map((x) => x.version)).toEqual(["1.0.1", "1.0.0"]);
  });

  it("refuses a bundle whose source was edited after export, or whose SKILL.md breaks the rules", async () => {
    const a = (await createTenant(storage.db, { name: "C" }, "test")).id;
    const v = await h.register(a, waterSkill("one"));
    const bundle = await h.registry.exportVersion({ tenantId: a, slug: SLUG, version: v.version });
    const edited = {
      ...bundle,
      files: { ...bundle.files, "scripts/skill.ts": bundle.files["scripts/skill.ts"]!.replace("one", "two") },
    };
    await expect(h.registry.importBundle({ tenantId: a, bundle: edited, actor: "test" })).rejects.toMatchObject({
      code: "BUNDLE_INVALID",
    });
    const badMd = {
      ...bundle,
      files: {
        ...bundle.files,
        "SKILL.md": bundle.files["SKILL.md"]!.replace('name: "custom-water-tracker"', 'name: "Water Tracker"'),
      },
    };
    await expect(h.registry.importBundle({ tenantId: a, bundle: badMd, actor: "test" })).rejects.toBeInstanceOf(SkillforgeError);
    expect(skillMdProblems("---\nname: x\ndescription: y\nauthor: z\n---\n")).toEqual(["unexpected frontmatter field author"]);
    expect(skillMdProblems("# no frontmatter")).toHaveLength(1);
    const bogus = join(dir, "bogus.tar.gz");
    await writeFile(bogus, "not a tarball");
    await expect(readBundle(bogus)).rejects.toMatchObject({ code: "BUNDLE_INVALID" });
    expect((await readFile(join(dir, SLUG, "SKILL.md"), "utf8")).startsWith("---\n")).toBe(true);
  });
});
