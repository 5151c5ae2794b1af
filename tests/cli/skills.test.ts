import { existsSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { main } from "../../src/api/cli/main.js";
import type { CliIo } from "../../src/api/cli/types.js";
import { ensureDemoTenant } from "../../src/api/demo-tenant.js";
import { openStorage } from "../../src/storage/index.js";
import { tempDir } from "../support/cli.js";
import { createRegistryHarness, waterSkill } from "../support/registry.js";

const SLUG = "custom-water-tracker";
const dataDir = tempDir();

async function cli(...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = {
    out: (t) => out.push(t),
    err: (t) => err.push(t),
    readStdin: async () => "",
    env: { SKILLFORGE_DATA_DIR: dataDir, SKILLFORGE_LOG_LEVEL: "error" },
    cwd: dataDir,
  };
  const code = await main(args, io);
  return { code, out: out.join("\n"), err: err.join("\n") };
}

describe("skillforge skills, run, data, insights, archive-sweep", () => {
  beforeAll(async () => {
    const storage = await openStorage({ dataDir });
    try {
      const demo = await ensureDemoTenant(storage.db);
      const h = createRegistryHarness(storage);
      try {
        const v1 = await h.register(demo!.tenantId, waterSkill("one"));
        const v2 = await h.register(demo!.tenantId, waterSkill("two"));
        await h.approveAndActivate(demo!.tenantId, v1.id);
        await h.approveAndActivate(demo!.tenantId, v2.id);
      } finally {
        await h.close();
      }
    } finally {
      await storage.close();
    }
  });

  it("lists, shows and lists versions of the demo tenant's skills by default", async () => {
    const list = await cli("skills", "list", "--json");
    expect(list.code).toBe(0);
    expect(JSON.parse(list.out).skills).toEqual([
      expect.objectContaining({ slug: SLUG, activeVersion: expect.objectContaining({ tag: `${SLUG}@v1.0.1` }) }),
    ]);
    expect((await cli("skills", "versions", SLUG)).out).toMatch(/^\* custom-water-tracker@v1\.0\.1\s+approved/);
    const missing = await cli("skills", "show", "custom-nothing");
    expect(missing).toMatchObject({ code: 1 });
    expect(missing.err).toContain("SKILL_NOT_FOUND");
    expect((await cli("skills", "frobnicate")).code).toBe(2);
    expect((await cli("skills", "list", "--tenant", "nope")).code).toBe(2);
  });

  it("runs an action and reads data on the active version, then rolls back", async () => {
    const run = await cli("run", SLUG, "log_water", "--params", '{"amount_ml": 400}', "--json");
    expect(run.code).toBe(0);
    expect(JSON.parse(run.out)).toMatchObject({ ok: true, tag: `${SLUG}@v1.0.1`, value: { marker: "two" } });
    expect((await cli("run", SLUG, "log_water", "--params", "{bad")).code).toBe(2);
    const refused = await cli("run", SLUG, "log_water", "--params", '{"amount_ml": -5}');
    expect(refused.code).toBe(1);
    expect(refused.err).toMatch(/SANDBOX_BAD_PARAMS/);
    const back = await cli("skills", "rollback", SLUG);
    expect(back).toMatchObject({ code: 0, out: `${SLUG}: ${SLUG}@v1.0.1 → ${SLUG}@v1.0.0` });
    const data = await cli("data", SLUG, "--json");
    expect(JSON.parse(data.out)).toMatchObject({ tag: `${SLUG}@v1.0.0`, value: { today_ml: expect.any(Number), marker: "one" } });
    expect((await cli("insights", SLUG)).code).toBe(0);
  });

  it("archives, refuses calls while archived, restores, exports, and sweeps", async () => {
    expect((await cli("skills", "archive", SLUG)).out).toBe(`${SLUG}: archived`);
    const archived = await cli("data", SLUG);
    expect(archived.code).toBe(1);
    expect(archived.err).toContain("SKILL_ARCHIVED");
    expect((await cli("skills", "restore", SLUG)).out).toBe(`${SLUG}: active`);
    const exported = await cli("skills", "export", `${SLUG}@1.0.0`, "out/water.tar.gz");
    expect(exported.code).toBe(0);
    expect(existsSync(join(dataDir, "out", "water.tar.gz"))).toBe(true);
    expect(await cli("archive-sweep", "--json")).toMatchObject({ code: 0, out: JSON.stringify({ archived: [], skipped: 0 }) });
    expect((await cli("archive-sweep", "--idle-days", "0")).code).toBe(2);
  });
});
