// The main job from the terminal alone while `skillforge serve` runs on the data folder (real
// processes, the dev outbox, nothing configured): the CLI goes through the service's API with the
// token serve wrote, from the request to a rollback.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ChildProcess } from "node:child_process";
import { runCli, startServe, stop, tempDir } from "../support/cli.js";

const dataDir = tempDir("skillforge-live-journey-");
let serveUrl = "";
const cli = (...args: string[]) => runCli([...args, "--data-dir", dataDir], { timeoutMs: 120_000 });

interface OutboxMessage {
  channel: string;
  text: string;
  approvalId: string | null;
}

async function codeFor(approvalId: string, channel: "email" | "sms"): Promise<string> {
  const box = await cli("outbox", "--json");
  expect(box.code, box.stderr).toBe(0);
  const message = (JSON.parse(box.stdout) as { messages: OutboxMessage[] }).messages.find(
    (m) => m.channel === channel && m.approvalId === approvalId,
  );
  expect(message, `a ${channel} message for ${approvalId}`).toBeDefined();
  // Served on port 0 with no public URL set: the email's approval link names the port actually bound.
  if (channel === "email") expect(message!.text).toContain(`${serveUrl}/approve/${approvalId}?t=`);
  return (channel === "email" ? /code: (\d{8})/ : /Code (\d{6})/).exec(message!.text)![1]!;
}

async function approveBoth(approvalId: string) {
  const first = await cli("approve", approvalId, "--channel", "email", "--code", await codeFor(approvalId, "email"));
  expect(first.code, first.stderr).toBe(0);
  expect(first.stdout).toContain("confirmed email; the sms code is on its way");
  const second = await cli("approve", approvalId, "--channel", "sms", "--code", await codeFor(approvalId, "sms"), "--json");
  expect(second.code, second.stderr).toBe(0);
  expect(JSON.parse(second.stdout).approval.status).toBe("approved");
}

describe("the journey from the CLI with serve running", () => {
  let serve: ChildProcess;

  beforeAll(async () => {
    // The request deadline has its own tests; here a slow shared machine must not turn a first
    // sandbox start into a 503.
    ({ child: serve, url: serveUrl } = await startServe(["--port", "0", "--data-dir", dataDir], {
      SKILLFORGE_DB_TIMEOUT_MS: "60000",
    }));
  }, 90_000);
  afterAll(async () => {
    if (serve) expect(await stop(serve)).toBe(0);
  });

  it("generate → outbox → approve twice → run → a second version → rollback", async () => {
    const generated = await cli("generate", "I want to track how much water I drink", "--json");
    expect(generated.code, generated.stderr).toBe(0);
    expect(generated.stderr).not.toMatch(/in use by another skillforge process/);
    expect(generated.stderr).toMatch(/^register: ok/m);
    expect(generated.stderr).toMatch(/^approval_sent: ok/m);
    const first = JSON.parse(generated.stdout) as { version: { tag: string }; approval: { id: string; channels: string[] } };
    expect(first.version.tag).toBe("custom-water-tracker@v1.0.0");
    expect(first.approval.channels).toEqual(["email", "sms"]);

    const early = await cli("run", "custom-water-tracker", "log_entry", "--params", '{"amount":300}');
    expect(early.code).toBe(1);
    expect(early.stderr).toMatch(/^skillforge run: SKILL_[A-Z]+: /);

    await approveBoth(first.approval.id);
    const logged = await cli("run", "custom-water-tracker", "log_entry", "--params", '{"amount":300}', "--json");
    expect(logged.code, logged.stderr).toBe(0);
    expect(JSON.parse(logged.stdout)).toMatchObject({ ok: true, tag: "custom-water-tracker@v1.0.0" });

    const again = await cli("generate", "I want to track how many litres of water I drink", "--json");
    expect(again.code, again.stderr).toBe(0);
    const second = JSON.parse(again.stdout) as { version: { tag: string }; approval: { id: string } };
    expect(second.version.tag).toBe("custom-water-tracker@v2.0.0");
    await approveBoth(second.approval.id);

    const back = await cli("skills", "rollback", "custom-water-tracker");
    expect(back.code, back.stderr).toBe(0);
    expect(back.stdout).toContain("custom-water-tracker: custom-water-tracker@v2.0.0 → custom-water-tracker@v1.0.0");
    const data = await cli("data", "custom-water-tracker", "--json");
    expect(JSON.parse(data.stdout)).toMatchObject({ ok: true, tag: "custom-water-tracker@v1.0.0" });
  }, 300_000);
});
