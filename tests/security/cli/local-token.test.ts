// Technique: the admin key `serve` writes into the data folder for the CLI is a bearer credential
// on disk. Attacks: another local user reads the file; a token copied from an earlier start is
// replayed; the token is harvested from serve's output or logs; a file left by a killed serve
// sends the CLI (and its token) to whatever now listens on that port, or a service that no longer
// honours it. Defences: mode 0600 from creation (written aside, renamed into place), a new key
// on every start with the previous start's revoked, a clean stop that revokes it and removes the
// file, the token never printed or logged, and a file trusted only while its process lives and
// the service answers GET /v1/me with it; otherwise the CLI opens the folder itself.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { statSync, existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli, startServe, stop, tempDir } from "../../support/cli.js";

const dataDir = tempDir("skillforge-token-");
const file = join(dataDir, "serve-token.json");
const read = () => JSON.parse(readFileSync(file, "utf8")) as { url: string; token: string; pid: number };
const me = (url: string, token: string) => fetch(`${url}/v1/me`, { headers: { authorization: `Bearer ${token}` } });

describe("the local token file of serve", () => {
  it("is 0600, names the bound port, rotates on restart, goes on a clean stop, and never reaches the logs", async () => {
    const outputs: string[] = [];
    const first = await startServe(["--port", "0", "--data-dir", dataDir], { SKILLFORGE_LOG_LEVEL: "debug" });
    const a = read();
    try {
      expect(statSync(file).mode & 0o777).toBe(0o600);
      expect(a.url).toBe(first.url);
      expect(a.pid).toBe(first.child.pid);
      const res = await me(a.url, a.token);
      expect(res.status).toBe(200);
      expect(await res.json()).toMatchObject({ tenant: { name: "Local demo" }, key: { scopes: ["admin", "assistant"] } });
      // A command goes through the service (the folder is locked), with the same exit code.
      const listed = await runCli(["skills", "list", "--json", "--data-dir", dataDir]);
      expect(listed.code, listed.stderr).toBe(0);
      expect(JSON.parse(listed.stdout)).toEqual({ skills: [] });
    } finally {
      expect(await stop(first.child)).toBe(0);
      outputs.push(first.output());
    }
    expect(existsSync(file)).toBe(false);

    const second = await startServe(["--port", "0", "--data-dir", dataDir], { SKILLFORGE_LOG_LEVEL: "debug" });
    const b = read();
    expect(b.token).not.toBe(a.token);
    expect((await me(second.url, a.token)).status).toBe(401);
    expect((await me(second.url, b.token)).status).toBe(200);
    // Killed: the file stays, naming a process that is gone.
    second.child.kill("SIGKILL");
    await new Promise((r) => second.child.once("exit", r));
    outputs.push(second.output());
    expect(read().token).toBe(b.token);
    const offline = await runCli(["outbox", "--json", "--data-dir", dataDir]);
    expect(offline.code, offline.stderr).toBe(0);
    expect(offline.stderr).toBe("");

    const third = await startServe(["--port", "0", "--data-dir", dataDir], { SKILLFORGE_LOG_LEVEL: "debug" });
    try {
      const c = read();
      expect((await me(third.url, b.token)).status).toBe(401);
      expect((await me(third.url, c.token)).status).toBe(200);
      expect(statSync(file).mode & 0o777).toBe(0o600);
      const used = await runCli(["approvals", "list", "--data-dir", dataDir]);
      expect(used.code, used.stderr).toBe(0);
      for (const token of [a.token, b.token, c.token])
        for (const out of [...outputs, third.output()]) expect(out).not.toContain(token);
    } finally {
      expect(await stop(third.child)).toBe(0);
    }
  }, 240_000);

  it("a token file whose process is gone gets no request; one the service refuses is not used", async () => {
    const requests: string[] = [];
    const impostor: Server = createServer((req, res) => {
      requests.push(`${req.method} ${req.url} ${req.headers.authorization ?? ""}`);
      res.writeHead(401, { "content-type": "application/problem+json" }).end('{"code":"AUTH_INVALID"}');
    });
    await new Promise<void>((r) => impostor.listen(0, "127.0.0.1", () => r()));
    const url = `http://127.0.0.1:${(impostor.address() as AddressInfo).port}`;
    try {
      const folder = tempDir("skillforge-stale-token-");
      // A pid far above any pid_max: no such process.
      writeFileSync(join(folder, "serve-token.json"), JSON.stringify({ url, token: "sfk_stale", pid: 99_999_999 }));
      const dead = await runCli(["outbox", "--json", "--data-dir", folder], { timeoutMs: 90_000 });
      expect(dead.code, dead.stderr).toBe(0);
      expect(requests).toEqual([]);
      // A live pid (this test's), but the service does not honour the token: one probe, then the folder.
      writeFileSync(join(folder, "serve-token.json"), JSON.stringify({ url, token: "sfk_stale", pid: process.pid }));
      const refused = await runCli(["outbox", "--json", "--data-dir", folder], { timeoutMs: 90_000 });
      expect(refused.code, refused.stderr).toBe(0);
      expect(JSON.parse(refused.stdout)).toEqual({ messages: [] });
      expect(requests).toEqual(["GET /v1/me Bearer sfk_stale"]);
    } finally {
      await new Promise<void>((r) => impostor.close(() => r()));
    }
  }, 120_000);

  it("SKILLFORGE_URL: one line and exit 1 when nothing answers, exit 2 without a key", async () => {
    // A port that was free a moment ago: nothing listens there.
    const probe = createServer();
    await new Promise<void>((r) => probe.listen(0, "127.0.0.1", () => r()));
    const closed = `http://127.0.0.1:${(probe.address() as AddressInfo).port}`;
    await new Promise<void>((r) => probe.close(() => r()));
    const unreachable = await runCli(["skills", "list", "--data-dir", tempDir()], {
      env: { SKILLFORGE_URL: closed, SKILLFORGE_API_KEY: "sfk_nothing" },
    });
    expect(unreachable.code).toBe(1);
    expect(unreachable.stderr.trim()).toBe(`skillforge skills: cannot reach the service at ${closed} (ECONNREFUSED)`);
    const keyless = await runCli(["outbox", "--data-dir", tempDir()], { env: { SKILLFORGE_URL: closed } });
    expect(keyless.code).toBe(2);
    expect(keyless.stderr.trim().split("\n")).toHaveLength(1);
    expect(keyless.stderr).toContain("SKILLFORGE_API_KEY");
  }, 60_000);
});
