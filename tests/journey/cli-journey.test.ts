// The main job from the terminal alone, on a fresh embedded data folder with the dev outbox: a
// request becomes a pending version, two codes from two channels approve it, it answers at once,
// a second version is approved, and a rollback brings the first back — nothing configured. With
// DATABASE_URL set, the same again on a fresh PostgreSQL database of its own.
import { afterAll, describe, expect, it } from "vitest";
import { runInProcessWith, tempDir } from "../support/cli.js";
import { testDatabases } from "../support/storage.js";

let env: Record<string, string> = {};
const run = (dataDir: string, ...args: string[]) => runInProcessWith(env, dataDir, ...args);

interface OutboxMessage {
  channel: string;
  text: string;
  approvalId: string | null;
}

/** The newest code the dev outbox holds for this approval on this channel. */
async function codeFor(dataDir: string, approvalId: string, channel: "email" | "sms"): Promise<string> {
  const box = JSON.parse((await run(dataDir, "outbox", "--json")).out) as { messages: OutboxMessage[] };
  const message = box.messages.find((m) => m.channel === channel && m.approvalId === approvalId);
  expect(message, `a ${channel} message for ${approvalId}`).toBeDefined();
  return (channel === "email" ? /code: (\d{8})/ : /Code (\d{6})/).exec(message!.text)![1]!;
}

async function approveBoth(dataDir: string, approval: { id: string; channels: string[] }) {
  expect(approval.channels).toEqual(["email", "sms"]);
  const first = await run(
    dataDir,
    "approve",
    approval.id,
    "--channel",
    "email",
    "--code",
    await codeFor(dataDir, approval.id, "email"),
  );
  expect(first.code, first.err).toBe(0);
  const second = await run(
    dataDir,
    "approve",
    approval.id,
    "--channel",
    "sms",
    "--code",
    await codeFor(dataDir, approval.id, "sms"),
    "--json",
  );
  expect(second.code, second.err).toBe(0);
  expect(JSON.parse(second.out).approval.status).toBe("approved");
}

for (const database of testDatabases()) {
  describe(`the journey from the CLI on ${database.name}`, () => {
    let cleanup: (() => Promise<void>) | undefined;
    afterAll(async () => cleanup?.());

    it("generate → outbox → approve twice → run → a second version → rollback", async () => {
      const dataDir = tempDir("skillforge-journey-");
      env = {};
      if (database.name === "postgres") {
        // The CLI opens the database itself from DATABASE_URL; this handle only created and migrated it.
        const own = await database.open();
        cleanup = own.cleanup;
        env = { DATABASE_URL: own.url! };
      }
      const generated = await run(dataDir, "generate", "I want to track how much water I drink", "--json");
      expect(generated.code, generated.err).toBe(0);
      expect(generated.err).toMatch(/^register: ok/m);
      expect(generated.err).toMatch(/^approval_sent: ok/m);
      const first = JSON.parse(generated.out) as {
        version: { tag: string; capabilities: string[] };
        approval: { id: string; channels: string[]; fingerprint: string };
      };
      expect(first.version.tag).toBe("custom-water-tracker@v1.0.0");
      expect(first.version.capabilities).toEqual(["data.read:water_entries", "data.write:water_entries"]);
      expect(first.approval.fingerprint).toMatch(/^[0-9A-F]{4}-[0-9A-F]{4}$/);

      // Not callable before both codes.
      const early = await run(dataDir, "run", "custom-water-tracker", "log_entry", "--params", '{"amount":300}');
      expect(early.code).toBe(1);

      await approveBoth(dataDir, first.approval);
      const logged = await run(dataDir, "run", "custom-water-tracker", "log_entry", "--params", '{"amount":300}', "--json");
      expect(logged.code, logged.err).toBe(0);
      expect(JSON.parse(logged.out)).toMatchObject({ ok: true, tag: "custom-water-tracker@v1.0.0" });

      // A second request for the same subject in litres: a new version of the same skill.
      const again = await run(dataDir, "generate", "I want to track how many litres of water I drink", "--json");
      expect(again.code, again.err).toBe(0);
      const second = JSON.parse(again.out) as { version: { tag: string }; approval: { id: string; channels: string[] } };
      // Its collection schema changed (litres), so the registry makes it a major version.
      expect(second.version.tag).toBe("custom-water-tracker@v2.0.0");
      expect(second.version.tag).not.toBe(first.version.tag);
      await approveBoth(dataDir, second.approval);
      const listed = await run(dataDir, "skills", "list", "--json");
      expect(JSON.stringify(JSON.parse(listed.out))).toContain(second.version.tag);

      const back = await run(dataDir, "skills", "rollback", "custom-water-tracker", "--json");
      expect(back.code, back.err).toBe(0);
      expect(JSON.parse(back.out)).toMatchObject({ to: { tag: "custom-water-tracker@v1.0.0" } });
      const data = await run(dataDir, "data", "custom-water-tracker", "--json");
      expect(data.code, data.err).toBe(0);
      expect(JSON.parse(data.out)).toMatchObject({ ok: true, tag: "custom-water-tracker@v1.0.0" });
    }, 180_000);

    it("generate --skill: the approved skill's next version adds a field, and the rows logged before it stay", async () => {
      const dataDir = tempDir("skillforge-change-");
      env = {};
      if (database.name === "postgres") {
        const own = await database.open();
        const previous = cleanup;
        cleanup = async () => {
          await previous?.();
          await own.cleanup();
        };
        env = { DATABASE_URL: own.url! };
      }
      const generated = await run(dataDir, "generate", "I want to track how much water I drink", "--json");
      expect(generated.code, generated.err).toBe(0);
      await approveBoth(dataDir, JSON.parse(generated.out).approval);
      const before = await run(dataDir, "run", "custom-water-tracker", "log_entry", "--params", '{"amount":300}');
      expect(before.code, before.err).toBe(0);

      const changed = await run(dataDir, "generate", "also track the time of day", "--skill", "custom-water-tracker", "--json");
      expect(changed.code, changed.err).toBe(0);
      expect(changed.err).toMatch(/^register: ok .*custom-water-tracker@v1\.0\.1$/m);
      const next = JSON.parse(changed.out) as {
        version: { tag: string };
        approval: { id: string; channels: string[] };
        change: Record<string, unknown>;
      };
      expect(next.version.tag).toBe("custom-water-tracker@v1.0.1");
      expect(next.change).toEqual({
        from: { id: expect.any(String), version: "1.0.0", tag: "custom-water-tracker@v1.0.0" },
        bump: "patch",
        capabilitiesAdded: [],
        capabilitiesRemoved: [],
        fieldsAdded: ["water_entries.time_of_day"],
      });
      // Until both codes, the approved version answers, and it knows nothing of the new field.
      const early = await run(
        dataDir,
        "run",
        "custom-water-tracker",
        "log_entry",
        "--params",
        '{"amount":1,"time_of_day":"noon"}',
      );
      expect(early.code).toBe(1);
      await approveBoth(dataDir, next.approval);
      const after = await run(
        dataDir,
        "run",
        "custom-water-tracker",
        "log_entry",
        "--params",
        '{"amount":200,"time_of_day":"evening"}',
        "--json",
      );
      expect(after.code, after.err).toBe(0);
      expect(JSON.parse(after.out)).toMatchObject({ ok: true, tag: "custom-water-tracker@v1.0.1" });
      const listed = await run(dataDir, "run", "custom-water-tracker", "list_entries", "--json");
      expect(listed.code, listed.err).toBe(0);
      const entries = JSON.parse(listed.out).value.entries as Record<string, unknown>[];
      expect(entries.map((e) => [e.amount, e.time_of_day ?? null])).toEqual([
        [200, "evening"],
        [300, null],
      ]);

      // The human summary names the change; bad input is refused with a reason.
      const text = await run(dataDir, "generate", "and whether it was sparkling", "--skill", "custom-water-tracker");
      expect(text.code, text.err).toBe(0);
      expect(text.out).toMatch(/^changes custom-water-tracker@v1\.0\.1 \(patch\)$/m);
      expect(text.out).toMatch(/^ {2}fields added: water_entries\.sparkling$/m);
      const unknown = await run(dataDir, "generate", "also record the brand", "--skill", "custom-nothing-tracker");
      expect(unknown.code).toBe(1);
      expect(unknown.err).toContain("no skill custom-nothing-tracker");
      expect((await run(dataDir, "generate", "also record the brand", "--skill", "Water")).code).toBe(2);
      expect((await run(dataDir, "generate", "x", "--skill", "custom-water-tracker", "--draft-only")).code).toBe(2);
    }, 180_000);
  });
}
