// Attack story: a version that runs away on every call (here: a sleeper that passes its trial and
// spins once its config says so) costs the shared sandbox a worker per call, on the same worker
// that serves other tenants. Defence: N runaway calls in a row quarantine that version: it is not
// called any more (SKILL_QUARANTINED, without reaching the sandbox), its owner is told why, and
// each state change leaves an audit row. Canary: another tenant's skill on the same single worker
// answers every call, before, during and after.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createRegistryHarness, waterSkill, type RegistryHarness } from "../../support/registry.js";
import { testDatabases } from "../../support/storage.js";
import { SkillforgeError } from "../../../src/contract/index.js";
import { createSandbox, type Sandbox } from "../../../src/sandbox/index.js";
import { createRecordStore, createTenant, listAudit, type Storage } from "../../../src/storage/index.js";

const SLUG = "custom-water-tracker";
const AFTER = 3;

/** Passes its trial (config {}), spins in getData once `goal_ml` is 1. */
const SLEEPER = waterSkill("sleeper").replace(
  "async getData(ctx) {",
  "async getData(ctx) {\n    if (ctx.config.goal_ml === 1) { while (true) {} }",
);

async function codeOf(p: Promise<{ ok: boolean; code?: string }>): Promise<string> {
  try {
    const out = await p;
    return out.ok ? "ok" : out.code!;
  } catch (err) {
    if (err instanceof SkillforgeError) return err.code;
    throw err;
  }
}

for (const database of testDatabases()) {
  describe(`registry on ${database.name}: a version that times out on every call`, () => {
    let storage: Storage;
    let cleanup: () => Promise<void>;
    let sandbox: Sandbox;
    let h: RegistryHarness;
    let attacker = "";
    let victim = "";

    const victimServed = async () =>
      expect(await h.registry.call({ tenantId: victim, slug: SLUG, method: "getData" })).toMatchObject({
        ok: true,
        value: { marker: "victim" },
      });
    const attack = () => codeOf(h.registry.call({ tenantId: attacker, slug: SLUG, method: "getData" }));

    beforeAll(async () => {
      ({ storage, cleanup } = await database.open());
      // One worker for both tenants: the runaway and the victim share it.
      sandbox = createSandbox({
        store: createRecordStore(storage.db),
        workers: 1,
        maxWorkers: 1,
        limits: { callTimeoutMs: 300 },
      });
      h = createRegistryHarness(storage, { sandbox, registry: { quarantineAfter: AFTER } });
      attacker = (await createTenant(storage.db, { name: "attacker" }, "test")).id;
      victim = (await createTenant(storage.db, { name: "victim" }, "test")).id;
      await h.approveAndActivate(attacker, (await h.register(attacker, SLEEPER)).id);
      await h.approveAndActivate(victim, (await h.register(victim, waterSkill("victim"))).id);
      await h.registry.setConfig({ tenantId: attacker, slug: SLUG, config: { goal_ml: 1 }, actor: "attacker" });
    }, 60_000);
    afterAll(async () => {
      await h?.close();
      await sandbox?.close();
      await cleanup?.();
    });

    it("quarantines it after N timeouts in a row, refuses further calls without running them, and the other tenant is served throughout", async () => {
      for (let i = 0; i < AFTER; i++) {
        expect(await attack()).toBe("SANDBOX_TIMEOUT");
        await victimServed();
      }
      // Defence: the next call is refused before it reaches the sandbox.
      expect(await attack()).toBe("SKILL_QUARANTINED");
      await h.registry.flushUsage();
      const shown = await h.registry.show(attacker, SLUG);
      expect(shown.usage.reduce((n, u) => n + u.calls, 0)).toBe(AFTER);
      expect(shown.quarantine).toMatchObject({
        code: "SANDBOX_TIMEOUT",
        failures: AFTER,
        reason: expect.stringMatching(/3 calls in a row/),
      });
      expect(shown.versions.find((v) => v.active)?.quarantine).toMatchObject({ code: "SANDBOX_TIMEOUT" });
      expect((await h.registry.list(attacker))[0]?.quarantine).toMatchObject({ code: "SANDBOX_TIMEOUT" });
      expect((await h.registry.list(victim))[0]?.quarantine).toBeNull();
      const actions = (await listAudit(storage.db, attacker)).map((r) => r.action);
      expect(actions.filter((a) => a === "skill.quarantine")).toHaveLength(1);
      await victimServed();
    }, 60_000);

    it("stays quarantined until its owner re-enables it; the re-enable is audited and the count starts again", async () => {
      expect(await attack()).toBe("SKILL_QUARANTINED");
      expect(await h.registry.reenable({ tenantId: attacker, slug: SLUG, actor: "owner" })).toMatchObject({ changed: true });
      expect(await h.registry.reenable({ tenantId: attacker, slug: SLUG, actor: "owner" })).toMatchObject({ changed: false });
      const spin = (goal: number | undefined) =>
        h.registry.setConfig({
          tenantId: attacker,
          slug: SLUG,
          config: goal === undefined ? {} : { goal_ml: goal },
          actor: "owner",
        });
      // The count starts again after re-enabling, and a success resets it: N-1 runaways, one
      // success, N-1 runaways is never N in a row.
      for (let i = 0; i < AFTER - 1; i++) expect(await attack()).toBe("SANDBOX_TIMEOUT");
      await spin(undefined);
      expect(await attack()).toBe("ok");
      await spin(1);
      for (let i = 0; i < AFTER - 1; i++) expect(await attack()).toBe("SANDBOX_TIMEOUT");
      expect((await h.registry.show(attacker, SLUG)).quarantine).toBeNull();
      await spin(undefined);
      expect(await attack()).toBe("ok");
      const actions = (await listAudit(storage.db, attacker)).map((r) => r.action);
      expect(actions.filter((a) => a === "skill.reenable")).toHaveLength(1);
      await victimServed();
    }, 60_000);
  });
}
