// The approval commands in-process, over an embedded data folder with the dev outbox: the demo
// tenant's dev destinations carry the codes, and the whole flow runs from the terminal.
import { describe, expect, it } from "vitest";
import { createRoot } from "../../src/api/root.js";
import { enrolDevContacts, ensureDemoTenant } from "../../src/api/demo-tenant.js";
import { loadConfig } from "../../src/config/index.js";
import { insertVersion } from "../support/approval.js";
import { runInProcess, tempDir } from "../support/cli.js";

const run = runInProcess;

describe("skillforge approvals, approve, reject, contacts, outbox", () => {
  it("approves a version from the terminal with the codes the dev outbox shows", async () => {
    const dataDir = tempDir();
    const root = createRoot(loadConfig({ SKILLFORGE_LOG_LEVEL: "silent" }, { dataDir }));
    let approvalId = "";
    try {
      const db = (await root.storage()).db;
      const demo = (await ensureDemoTenant(db))!;
      await enrolDevContacts(root, demo.tenantId);
      const { versionId } = await insertVersion(await root.storage(), demo.tenantId);
      approvalId = (await (await root.approval()).gateway.create(demo.tenantId, versionId, "test")).id;
    } finally {
      await root.close();
    }
    const contacts = await run(dataDir, "contacts", "list", "--json");
    expect(
      JSON.parse(contacts.out)
        .contacts.map((c: { destination: string }) => c.destination)
        .sort(),
    ).toEqual(["+15550100", "demo@localhost"]);
    const box = JSON.parse((await run(dataDir, "outbox", "--json")).out) as {
      messages: Array<{ channel: string; text: string; approvalId: string }>;
    };
    const mail = box.messages.find((m) => m.channel === "email" && m.approvalId === approvalId)!;
    const emailCode = /code: (\d{8})/.exec(mail.text)![1]!;
    expect((await run(dataDir, "approve", approvalId, "--channel", "sms", "--code", "123456")).code).toBe(1);
    expect((await run(dataDir, "approve", approvalId, "--channel", "email", "--code", emailCode)).code).toBe(0);
    const sms = JSON.parse((await run(dataDir, "outbox", "--json")).out).messages.find(
      (m: { channel: string }) => m.channel === "sms",
    );
    const done = await run(
      dataDir,
      "approve",
      approvalId,
      "--channel",
      "sms",
      "--code",
      /Code (\d{6})/.exec(sms.text)![1]!,
      "--json",
    );
    expect(done.code).toBe(0);
    expect(JSON.parse(done.out).approval.status).toBe("approved");
    const show = await run(dataDir, "approvals", "show", approvalId);
    expect(show.out).toMatch(/approved\s+reference [0-9A-F]{4}-[0-9A-F]{4}/);
    expect((await run(dataDir, "reject", approvalId)).code).toBe(1);
    expect((await run(dataDir, "approve", approvalId, "--channel", "fax", "--code", "1")).code).toBe(2);
    expect((await run(dataDir, "approvals", "list")).out).toContain(approvalId);
  }, 120_000); // a dozen commands, each opening the embedded folder
});
