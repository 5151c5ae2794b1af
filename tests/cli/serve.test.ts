import { createServer, type Server } from "node:net";
import type { AddressInfo } from "node:net";
import { afterAll, describe, expect, it } from "vitest";
import { runCli, startServe, stop, tempDir } from "../support/cli.js";

describe("skillforge serve", () => {
  const dataDir = tempDir();

  it("starts on a fresh data folder with no configuration, creates a demo tenant, and is ready", async () => {
    const { child, url, output } = await startServe(["--port", "0", "--data-dir", dataDir]);
    try {
      const ready = await fetch(`${url}/readyz`);
      expect(ready.status).toBe(200);
      expect(await ready.json()).toEqual({ status: "ready", database: "pglite" });
      const token = /API key \(shown once\): (sfk_\S+)/.exec(output())?.[1];
      expect(token).toBeDefined();
      const me = await fetch(`${url}/v1/me`, { headers: { authorization: `Bearer ${token}` } });
      expect(((await me.json()) as { tenant: { name: string } }).tenant.name).toBe("Local demo");
      expect(output()).toMatch(/dashboard: http:\/\/\S+\/dashboard/);
    } finally {
      expect(await stop(child, "SIGTERM")).toBe(0);
    }
  });

  it("refuses a second process on the same embedded data folder with a clear message", async () => {
    const { child } = await startServe(["--port", "0", "--data-dir", dataDir]);
    try {
      const second = await runCli(["serve", "--port", "0", "--data-dir", dataDir]);
      expect(second.code).toBe(1);
      expect(second.stderr).toMatch(/in use by another skillforge process/);
      expect(second.stderr.trim().split("\n")).toHaveLength(1);
    } finally {
      expect(await stop(child, "SIGINT")).toBe(0);
    }
    const after = await runCli(["tenants", "list", "--json", "--data-dir", dataDir]);
    expect(after.code).toBe(0);
    expect(JSON.parse(after.stdout).tenants).toHaveLength(1);
  });

  describe("port already in use", () => {
    let blocker: Server;
    afterAll(() => new Promise<void>((r) => blocker.close(() => r())));

    it("exits 2 with one line naming the port, not a stack trace", async () => {
      blocker = createServer();
      await new Promise<void>((r) => blocker.listen(0, "127.0.0.1", () => r()));
      const port = (blocker.address() as AddressInfo).port;
      const res = await runCli(["serve", "--port", String(port), "--data-dir", tempDir()], { timeoutMs: 60_000 });
      expect(res.code).toBe(2);
      expect(res.stderr).toContain(`port ${port} on 127.0.0.1 is already in use`);
      expect(res.stderr).not.toMatch(/\n\s+at /);
    });
  });

  it.each([
    ["SKILLFORGE_PORT", "not-a-port"],
    ["SKILLFORGE_PORT", "70000"],
    ["DATABASE_URL", "mysql://root@localhost/db"],
    ["DATABASE_URL", "::::"],
    ["SKILLFORGE_LOG_LEVEL", "loud"],
    ["SKILLFORGE_SECRET_KEY", "too-short"],
    ["SKILLFORGE_BODY_LIMIT", "1e9"],
    ["SKILLFORGE_PUBLIC_URL", "ftp://example"],
  ])("exits 2 naming %s when it is %j", async (name, value) => {
    const res = await runCli(["serve", "--data-dir", tempDir()], { env: { [name]: value } });
    expect(res.code).toBe(2);
    expect(res.stderr.trim().split("\n")).toHaveLength(1);
    expect(res.stderr).toContain(name);
  });
});

describe("operator commands", () => {
  const dataDir = tempDir();

  it("creates and lists tenants and keys, and revokes a key (never the last admin key)", async () => {
    const created = await runCli([
      "tenants",
      "create",
      "Acme",
      "Corp",
      "--email",
      "ops@acme.test",
      "--json",
      "--data-dir",
      dataDir,
    ]);
    expect(created.code).toBe(0);
    const tenant = JSON.parse(created.stdout) as { id: string; name: string };
    expect(tenant.name).toBe("Acme Corp");
    const key = await runCli(["keys", "create", "--tenant", tenant.id, "--scopes", "assistant,admin", "--json"], {
      env: { SKILLFORGE_DATA_DIR: dataDir },
    });
    expect(key.code).toBe(0);
    const { id, token, scopes } = JSON.parse(key.stdout) as { id: string; token: string; scopes: string[] };
    expect(token).toMatch(/^sfk_/);
    expect(scopes).toEqual(["admin", "assistant"]);
    const listed = await runCli(["keys", "list", "--tenant", tenant.id, "--json", "--data-dir", dataDir]);
    expect(listed.stdout).not.toContain(token);
    expect(JSON.parse(listed.stdout).keys).toHaveLength(1);
    // The tenant's last admin key cannot be revoked: nobody could manage the tenant afterwards.
    const last = await runCli(["keys", "revoke", id, "--data-dir", dataDir]);
    expect(last.code).toBe(1);
    expect(last.stderr).toContain("last live admin key");
    const assistant = JSON.parse(
      (await runCli(["keys", "create", "--tenant", tenant.id, "--scopes", "assistant", "--json", "--data-dir", dataDir])).stdout,
    ) as { id: string };
    expect((await runCli(["keys", "revoke", assistant.id, "--data-dir", dataDir])).code).toBe(0);
    const again = await runCli(["keys", "revoke", assistant.id, "--data-dir", dataDir]);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain("no live key");
  }, 120_000);

  it.each([
    [["tenants"]],
    [["tenants", "create"]],
    [["tenants", "create", "x", "--email", "nope"]],
    [["tenants", "create", "x", "--phone", "123"]],
    [["keys", "create"]],
    [["keys", "create", "--tenant", "abc"]],
    [["keys", "create", "--tenant", "00000000-0000-0000-0000-000000000000", "--scopes", "root"]],
    [["keys", "revoke"]],
    [["keys", "frobnicate"]],
    [["tenants", "list", "--bogus-flag"]],
    [["no-such-command"]],
  ])("exits 2 with a one-line reason for bad usage %j", async (args) => {
    const res = await runCli([...args, "--data-dir", dataDir]);
    expect(res.code).toBe(2);
    expect(res.stderr.trim().split("\n")).toHaveLength(1);
    expect(res.stderr).toMatch(/^skillforge/);
  });
});
