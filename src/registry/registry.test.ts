import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testDatabases } from "../../tests/support/storage.js";
import { createRegistryHarness, waterSkill, type RegistryHarness } from "../../tests/support/registry.js";
import { SkillforgeError } from "../contract/index.js";
import { createTenant, type Storage } from "../storage/index.js";
import { writeApproval } from "../storage/approval-fixtures.js";

const SLUG = "custom-water-tracker";

async function codeOf(p: Promise<unknown>): Promise<string> {
  try {
    await p;
    return "ok";
  } catch (err) {
    if (err instanceof SkillforgeError) return err.code;
    throw err;
  }
}

for (const database of testDatabases()) {
  describe(`registry on ${database.name}`, () => {
    let storage: Storage;
    let cleanup: () => Promise<void>;
    let h: RegistryHarness;
    const tenant = async (name: string) => (await createTenant(storage.db, { name }, "test")).id;

    beforeAll(async () => {
      ({ storage, cleanup } = await database.open());
      h = createRegistryHarness(storage);
    });
    afterAll(async () => {
      await h?.close();
      await cleanup?.();
    });

    it("registers a first version as 1.0.0 awaiting approval, with the audit's capabilities and the generator", async () => {
      const t = await tenant("R1");
      const v = await h.register(t, waterSkill("a"));
      expect(v).toMatchObject({
        version: "1.0.0",
        tag: `${SLUG}@v1.0.0`,
        status: "awaiting_approval",
        bump: "first",
        active: false,
        capabilities: ["data.read:water_entries", "data.write:water_entries"],
        generator: { provider: "template", promptVersion: "test" },
      });
      expect(v.sourceSha256).toMatch(/^[0-9a-f]{64}$/);
      expect((await h.register(t, waterSkill("b"))).version).toBe("1.0.1");
      expect((await h.register(t, waterSkill("c", { moods: true }))).version).toBe("1.1.0");
      expect((await h.registry.list(t))[0]).toMatchObject({ slug: SLUG, status: "inactive", activeVersion: null });
    });

    it("refuses a version whose audit blocked it or whose trial failed, storing nothing", async () => {
      const t = await tenant("R2");
      expect(
        await codeOf(h.register(t, waterSkill("a").replace("return { success: true", "eval('1'); return { success: true"))),
      ).toBe("VERSION_REFUSED");
      const audit = { ok: true, findings: [], capabilities: [], risk: "low" as const, slug: SLUG };
      expect(
        await codeOf(
          h.registry.registerVersion({
            tenantId: t,
            actor: "test",
            source: waterSkill("a"),
            audit,
            trial: { ok: false, steps: [{ method: "getData", ok: false, ms: 1, error: "boom" }], peakHeapBytes: 0 },
            manifest: { slug: SLUG, name: "W", description: "" },
            configSchema: true,
            collections: {},
            skillMd: "",
            generator: { provider: "template" },
          }),
        ),
      ).toBe("VERSION_REFUSED");
      expect(await h.registry.list(t)).toEqual([]);
    });

    it("activates only with a completed approval bound to the version's sha256 and capability set", async () => {
      const t = await tenant("R3");
      const v = await h.register(t, waterSkill("a"));
      const activate = () => h.registry.activate({ tenantId: t, versionId: v.id, actor: "test" });
      expect(await codeOf(activate())).toBe("VERSION_NOT_APPROVED");
      const bound = { tenantId: t, versionId: v.id, sourceSha256: v.sourceSha256, capabilities: v.capabilities };
      for (const status of ["pending", "rejected", "expired"] as const) {
        await writeApproval(storage.db, { ...bound, status });
        expect(await codeOf(activate()), status).toBe("VERSION_NOT_APPROVED");
      }
      await writeApproval(storage.db, { ...bound, sourceSha256: "0".repeat(64), status: "approved" });
      expect(await codeOf(activate())).toBe("APPROVAL_BINDING_MISMATCH");
      await writeApproval(storage.db, { ...bound, capabilities: ["data.read:water_entries"], status: "approved" });
      expect(await codeOf(activate())).toBe("APPROVAL_BINDING_MISMATCH");
      expect(await codeOf(h.registry.call({ tenantId: t, slug: SLUG, method: "getData" }))).toBe("SKILL_INACTIVE");
      await writeApproval(storage.db, { ...bound, status: "approved" });
      expect(await activate()).toMatchObject({ from: null, to: { id: v.id, tag: `${SLUG}@v1.0.0` } });
      expect((await h.registry.versions(t, SLUG))[0]).toMatchObject({ status: "approved", active: true });
    });

    it("calls the active version with its approved params schema and names the version in each outcome", async () => {
      const t = await tenant("R4");
      const v = await h.register(t, waterSkill("one"));
      await h.approveAndActivate(t, v.id);
      const ok = await h.registry.call({
        tenantId: t,
        slug: SLUG,
        method: "executeAction",
        action: "log_water",
        params: { amount_ml: 300 },
      });
      expect(ok).toMatchObject({ ok: true, versionId: v.id, tag: `${SLUG}@v1.0.0`, value: { success: true, marker: "one" } });
      const bad = await h.registry.call({
        tenantId: t,
        slug: SLUG,
        method: "executeAction",
        action: "log_water",
        params: { amount_ml: -1 },
      });
      expect(bad).toMatchObject({ ok: false, code: "SANDBOX_BAD_PARAMS", versionId: v.id });
      expect(await codeOf(h.registry.call({ tenantId: t, slug: SLUG, method: "executeAction", action: "drop_tables" }))).toBe(
        "ACTION_NOT_FOUND",
      );
      expect(await h.registry.call({ tenantId: t, slug: SLUG, method: "getData" })).toMatchObject({
        ok: true,
        value: { today_ml: 300 },
      });
      expect(await h.registry.call({ tenantId: t, slug: SLUG, method: "getInsights" })).toMatchObject({
        ok: true,
        value: [{ type: "warning" }],
      });
      expect(await codeOf(h.registry.call({ tenantId: t, slug: "custom-nothing", method: "getData" }))).toBe("SKILL_NOT_FOUND");

      const shown = await h.registry.show(t, SLUG);
      expect(shown.usage).toEqual([expect.objectContaining({ versionId: v.id, version: "1.0.0", calls: 4, errors: 1 })]);
      expect(shown.usage[0]!.p50Ms).toBeGreaterThanOrEqual(0);
      expect(shown.usage[0]!.p95Ms).toBeGreaterThanOrEqual(shown.usage[0]!.p50Ms!);
      expect(shown.lastUsedAt).toBe("2026-03-01T09:00:00.000Z");
    });

    it("rolls back to the previous version and forward again without a new approval, keeping the data", async () => {
      const t = await tenant("R5");
      const v1 = await h.register(t, waterSkill("one"));
      await h.approveAndActivate(t, v1.id);
      await h.registry.call({
        tenantId: t,
        slug: SLUG,
        method: "executeAction",
        action: "log_water",
        params: { amount_ml: 200 },
      });
      const v2 = await h.register(t, waterSkill("two"), {
        collections: { water_entries: { type: "object", required: ["amount_ml"] } },
      });
      expect(v2.version).toBe("2.0.0"); // its row schema changed incompatibly
      expect(await h.approveAndActivate(t, v2.id)).toMatchObject({ from: { id: v1.id }, to: { id: v2.id } });
      expect(await h.registry.call({ tenantId: t, slug: SLUG, method: "getData" })).toMatchObject({
        versionId: v2.id,
        value: { marker: "two", today_ml: 200 },
      });

      const back = await h.registry.rollback({ tenantId: t, slug: SLUG, actor: "test" });
      expect(back).toMatchObject({ from: { id: v2.id }, to: { id: v1.id }, collectionsDiffer: ["water_entries"] });
      expect(await h.registry.call({ tenantId: t, slug: SLUG, method: "getData" })).toMatchObject({
        versionId: v1.id,
        value: { marker: "one", today_ml: 200 },
      });
      expect(await h.registry.rollback({ tenantId: t, slug: SLUG, actor: "test" })).toMatchObject({ to: { id: v2.id } });
      expect(await h.registry.rollback({ tenantId: t, slug: SLUG, to: "v1.0.0", actor: "test" })).toMatchObject({
        to: { id: v1.id },
      });
      expect(await codeOf(h.registry.rollback({ tenantId: t, slug: SLUG, to: "1.0.0", actor: "test" }))).toBe(
        "ROLLBACK_NO_TARGET",
      );
      expect(await codeOf(h.registry.rollback({ tenantId: t, slug: SLUG, to: "9.0.0", actor: "test" }))).toBe(
        "VERSION_NOT_FOUND",
      );
      const v3 = await h.register(t, waterSkill("three"));
      expect(await codeOf(h.registry.rollback({ tenantId: t, slug: SLUG, to: v3.version, actor: "test" }))).toBe(
        "VERSION_NOT_APPROVED",
      );
      expect((await h.registry.show(t, SLUG)).history.map((x) => `${x.kind}:${x.version}`)).toEqual([
        "rollback:1.0.0",
        "rollback:2.0.0",
        "rollback:1.0.0",
        "activate:2.0.0",
        "activate:1.0.0",
      ]);
    });

    it("refuses calls to an archived skill with SKILL_ARCHIVED until it is restored", async () => {
      const t = await tenant("R6");
      const v = await h.register(t, waterSkill("one"));
      await h.approveAndActivate(t, v.id);
      await h.registry.call({ tenantId: t, slug: SLUG, method: "getData" });
      expect(await h.registry.archive({ tenantId: t, slug: SLUG, actor: "test" })).toEqual({
        slug: SLUG,
        status: "archived",
        changed: true,
      });
      expect(await codeOf(h.registry.call({ tenantId: t, slug: SLUG, method: "getData" }))).toBe("SKILL_ARCHIVED");
      expect(await codeOf(h.registry.rollback({ tenantId: t, slug: SLUG, actor: "test" }))).toBe("SKILL_ARCHIVED");
      expect(await h.registry.restore({ tenantId: t, slug: SLUG, actor: "test" })).toEqual({
        slug: SLUG,
        status: "active",
        changed: true,
      });
      expect(await h.registry.call({ tenantId: t, slug: SLUG, method: "getData" })).toMatchObject({ ok: true, versionId: v.id });
    });

    it("archives skills idle for the configured window on the sweep, once, and leaves recently used ones", async () => {
      const t = await tenant("R7");
      const v = await h.register(t, waterSkill("one"));
      await h.approveAndActivate(t, v.id);
      h.clock.advance(29 * 86_400_000);
      expect((await h.registry.archiveSweep()).archived.filter((a) => a.tenantId === t)).toEqual([]);
      await h.registry.call({ tenantId: t, slug: SLUG, method: "getData" });
      h.clock.advance(29 * 86_400_000);
      expect((await h.registry.archiveSweep()).archived.filter((a) => a.tenantId === t)).toEqual([]);
      h.clock.advance(2 * 86_400_000);
      const [one, two] = await Promise.all([h.registry.archiveSweep(), h.registry.archiveSweep()]);
      const mine = [...one.archived, ...two.archived].filter((a) => a.tenantId === t);
      expect(mine).toEqual([{ tenantId: t, slug: SLUG }]);
      expect(await codeOf(h.registry.call({ tenantId: t, slug: SLUG, method: "getData" }))).toBe("SKILL_ARCHIVED");
      expect((await h.registry.archiveSweep({ idleDays: 1 })).archived.filter((a) => a.tenantId === t)).toEqual([]);
    });

    it("checks a config against the active version's config schema", async () => {
      const t = await tenant("R8");
      const v = await h.register(t, waterSkill("one"));
      await h.approveAndActivate(t, v.id);
      expect(await codeOf(h.registry.setConfig({ tenantId: t, slug: SLUG, config: { goal_ml: "lots" }, actor: "test" }))).toBe(
        "VALIDATION_FAILED",
      );
      expect(await h.registry.setConfig({ tenantId: t, slug: SLUG, config: { goal_ml: 2000 }, actor: "test" })).toEqual({
        slug: SLUG,
        config: { goal_ml: 2000 },
      });
      expect((await h.registry.show(t, SLUG)).config).toEqual({ goal_ml: 2000 });
      expect(await h.registry.remove({ tenantId: t, slug: SLUG, actor: "test" })).toMatchObject({ slug: SLUG });
      expect(await codeOf(h.registry.show(t, SLUG))).toBe("SKILL_NOT_FOUND");
    });
  });
}
