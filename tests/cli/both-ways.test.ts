// Every store command run both ways, step by step: on one data folder the CLI opens itself, and on
// a twin folder held by a running service (in this process, on 127.0.0.1, port 0), where the
// folder lock leaves the CLI no way in but the HTTP API and the token file serve wrote. Each step
// must end with the same exit code and print the same shape: JSON compared by its structure, text
// by its lines with ids, times, codes and figures masked.
import { existsSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { findDemoTenant, ensureLocalDemo } from "../../src/api/demo-tenant.js";
import { createLogger } from "../../src/api/http/logger.js";
import { createRoot } from "../../src/api/root.js";
import { startService, type RunningService } from "../../src/api/server.js";
import { loadConfig } from "../../src/config/index.js";
import { runInProcess, tempDir } from "../support/cli.js";

type Side = "local" | "served";
/** The one key only the served folder has: the one serve issued for the CLI. */
const SERVE_KEY = "local CLI (serve)";
interface Outcome {
  code: number;
  out: string;
  err: string;
}

const folders: Record<Side, string> = { local: tempDir("skillforge-local-"), served: tempDir("skillforge-served-") };
const tenants: Record<Side, string> = { local: "", served: "" };
let service: RunningService;

/** Structure of a JSON value: types in place of values; an array is the set of its items' shapes. */
function jsonShape(v: unknown): unknown {
  if (Array.isArray(v)) return [...new Set(v.map((x) => JSON.stringify(jsonShape(x))))].sort();
  if (v !== null && typeof v === "object")
    return Object.fromEntries(
      Object.entries(v)
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([k, x]) => [k, jsonShape(x)]),
    );
  return v === null ? "null" : typeof v;
}

/** Text with what differs between two folders masked, as the set of its lines. */
function textShape(text: string, side: Side): string[] {
  const masked = text
    .replaceAll(folders[side], "<dir>")
    .replace(/http:\/\/127\.0\.0\.1:\d+/g, "<url>")
    .replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi, "<id>")
    .replace(/\d{4}-\d\d-\d\dT[\d:.]+Z/g, "<time>")
    .replace(/sfk_[A-Za-z0-9_-]+/g, "<token>")
    .replace(/\?t=[A-Za-z0-9_-]+/g, "?t=<page token>")
    .replace(/\b[0-9A-F]{4}-[0-9A-F]{4}\b/g, "<fingerprint>")
    .replace(/secret=[A-Z2-7]+/g, "secret=<secret>")
    .replace(/^.*[▀▄█].*$/gm, "<qr code>")
    .replace(/\d+(\.\d+)?/g, "<n>");
  const lines = masked.split("\n").filter((l) => !(side === "served" && l.endsWith(`  ${SERVE_KEY}`)));
  return [...new Set(lines)].sort();
}

function shapeOf(text: string, side: Side): unknown {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return textShape(text, side);
  }
  const keys = (parsed as { keys?: Array<{ name: string }> } | null)?.keys;
  if (side === "served" && Array.isArray(keys)) (parsed as { keys: unknown[] }).keys = keys.filter((k) => k.name !== SERVE_KEY);
  return jsonShape(parsed);
}

/** Runs one command on both folders; `args` may depend on the side (its ids, its codes). */
async function both(args: (side: Side) => string[]): Promise<Record<Side, Outcome>> {
  const local = await runInProcess(folders.local, ...args("local"));
  const served = await runInProcess(folders.served, ...args("served"));
  const what = `skillforge ${args("local").join(" ")}\nlocal: ${local.err}\nserved: ${served.err}`;
  expect(served.code, what).toBe(local.code);
  expect(shapeOf(served.out, "served"), what).toEqual(shapeOf(local.out, "local"));
  expect(shapeOf(served.err, "served"), what).toEqual(shapeOf(local.err, "local"));
  return { local, served };
}

interface OutboxMessage {
  channel: string;
  text: string;
  approvalId: string | null;
}

async function codeFor(side: Side, approvalId: string, channel: "email" | "sms"): Promise<string> {
  const box = JSON.parse((await runInProcess(folders[side], "outbox", "--json")).out) as { messages: OutboxMessage[] };
  const message = box.messages.find((m) => m.channel === channel && m.approvalId === approvalId)!;
  return (channel === "email" ? /code: (\d{8})/ : /Code (\d{6})/).exec(message.text)![1]!;
}

const SLUG = "custom-water-tracker";
const approvals: Record<Side, string> = { local: "", served: "" };

describe("every CLI command, on the store and through a running serve", () => {
  beforeAll(async () => {
    const root = createRoot(loadConfig({ SKILLFORGE_LOG_LEVEL: "silent" }, { dataDir: folders.local }));
    try {
      tenants.local = (await ensureLocalDemo(root))!.tenantId;
    } finally {
      await root.close();
    }
    service = await startService(
      loadConfig({ SKILLFORGE_LOG_LEVEL: "silent" }, { dataDir: folders.served, port: "0" }),
      createLogger("silent"),
      () => {},
    );
    tenants.served = (await findDemoTenant(service.storage.db))!;
  }, 120_000);
  afterAll(async () => {
    await service?.close();
  });

  it("the served folder is held: the CLI has no way in but the service", async () => {
    expect(existsSync(join(folders.served, "serve-token.json"))).toBe(true);
    const refused = await runInProcess(folders.served, "tenants", "list");
    expect(refused.code).toBe(2);
    expect(refused.err).toMatch(/^skillforge tenants: tenants are managed on the store itself/);
    expect(refused.err.split("\n")).toHaveLength(1);
    expect((await runInProcess(folders.local, "tenants", "list")).code).toBe(0);
  });

  it("generate, outbox, approvals, approve, reject", async () => {
    const generated = await both(() => ["generate", "I want to track how much water I drink", "--json"]);
    expect(generated.served.code, generated.served.err).toBe(0);
    for (const side of ["local", "served"] as const) approvals[side] = JSON.parse(generated[side].out).approval.id;
    await both(() => ["outbox"]);
    await both(() => ["outbox", "--json", "--limit", "5"]);
    await both(() => ["approvals", "list"]);
    await both(() => ["approvals", "list", "--status", "pending", "--json"]);
    await both((s) => ["approvals", "show", approvals[s]]);
    await both((s) => ["approvals", "show", approvals[s], "--json"]);
    // The second channel's code while the first is expected: refused, saying nothing more.
    const wrong = await both((s) => ["approve", approvals[s], "--channel", "sms", "--code", "123456"]);
    expect(wrong.served.code).toBe(1);
    await both((s) => ["approve", approvals[s], "--channel", "email", "--code", "00000000", "--json"]);
    const codes = {
      local: await codeFor("local", approvals.local, "email"),
      served: await codeFor("served", approvals.served, "email"),
    };
    await both((s) => ["approve", approvals[s], "--channel", "email", "--code", codes[s]]);
    const sms = {
      local: await codeFor("local", approvals.local, "sms"),
      served: await codeFor("served", approvals.served, "sms"),
    };
    const done = await both((s) => ["approve", approvals[s], "--channel", "sms", "--code", sms[s], "--json"]);
    expect(JSON.parse(done.served.out).approval.status).toBe("approved");
    const decided = await both((s) => ["reject", approvals[s]]);
    expect(decided.served.code).toBe(1);
    const unknown = await both(() => ["approve", "00000000-0000-4000-8000-000000000001", "--channel", "sms", "--code", "1"]);
    expect(unknown.served.code).toBe(1);
    await both(() => ["reject", "00000000-0000-4000-8000-000000000001", "--json"]);
    await both(() => ["approvals", "show", "00000000-0000-4000-8000-000000000001"]);
    const usage = await both((s) => ["approve", approvals[s], "--channel", "fax", "--code", "1"]);
    expect(usage.served.code).toBe(2);
  }, 300_000);

  it("run, data, insights, skills", async () => {
    const ran = await both(() => ["run", SLUG, "log_entry", "--params", '{"amount":300}', "--json"]);
    expect(ran.served.code, ran.served.err).toBe(0);
    await both(() => ["run", SLUG, "log_entry", "--params", '{"amount":250}']);
    const bad = await both(() => ["run", SLUG, "log_entry", "--params", '{"amount":"lots"}', "--json"]);
    expect(bad.served.code).toBe(1);
    await both(() => ["run", SLUG, "log_entry", "--params", "{not json"]);
    await both(() => ["run", "custom-nothing-here", "log_entry"]);
    await both(() => ["data", SLUG, "--json"]);
    await both(() => ["insights", SLUG]);
    await both(() => ["skills", "list"]);
    await both(() => ["skills", "list", "--json"]);
    await both(() => ["skills", "show", SLUG]);
    await both(() => ["skills", "show", SLUG, "--json"]);
    await both(() => ["skills", "versions", SLUG, "--json"]);
    await both(() => ["skills", "rollback", SLUG]);
    await both(() => ["skills", "archive", SLUG, "--json"]);
    await both(() => ["skills", "archive", SLUG]);
    const archived = await both(() => ["data", SLUG]);
    expect(archived.served.code).toBe(1);
    await both(() => ["skills", "restore", SLUG]);
    await both((s) => ["skills", "export", SLUG, join(folders[s], "exported"), "--json"]);
    await both((s) => ["skills", "import", join(folders[s], "exported"), "--json"]);
    await both((s) => ["skills", "import", join(folders[s], "no-such-folder")]);
    await both(() => ["archive-sweep", "--json"]);
    await both(() => ["archive-sweep", "--idle-days", "1"]);
    await both(() => ["skills", "frobnicate"]);
  }, 300_000);

  it("a second version, then a rollback", async () => {
    const second = await both(() => ["generate", "I want to track how many litres of water I drink"]);
    expect(second.served.code, second.served.err).toBe(0);
    const ids = { local: "", served: "" };
    for (const side of ["local", "served"] as const) {
      const list = JSON.parse((await runInProcess(folders[side], "approvals", "list", "--status", "pending", "--json")).out);
      ids[side] = list.approvals[0].id;
    }
    for (const channel of ["email", "sms"] as const) {
      const codes = { local: await codeFor("local", ids.local, channel), served: await codeFor("served", ids.served, channel) };
      await both((s) => ["approve", ids[s], "--channel", channel, "--code", codes[s]]);
    }
    const back = await both(() => ["skills", "rollback", SLUG, "--json"]);
    expect(JSON.parse(back.served.out)).toMatchObject({ to: { tag: `${SLUG}@v1.0.0` } });
    await both(() => ["skills", "rollback", SLUG, "--to", "2.0.0"]);
  }, 300_000);

  it("contacts, totp, keys", async () => {
    await both(() => ["contacts", "list"]);
    const added = await both(() => ["contacts", "add", "email", "new@example.test", "--json"]);
    expect(added.served.code, added.served.err).toBe(0);
    const ids = { local: JSON.parse(added.local.out).id as string, served: JSON.parse(added.served.out).id as string };
    const wrong = await both((s) => ["contacts", "verify", ids[s], "--code", "00000000"]);
    expect(wrong.served.code).toBe(1);
    await both(() => ["contacts", "list", "--json"]);
    await both(() => ["contacts", "add", "sms", "not-a-number"]);
    await both((s) => ["keys", "list", "--tenant", tenants[s]]);
    const key = await both((s) => [
      "keys",
      "create",
      "--tenant",
      tenants[s],
      "--scopes",
      "assistant",
      "--name",
      "both",
      "--json",
    ]);
    const keyIds = { local: JSON.parse(key.local.out).id as string, served: JSON.parse(key.served.out).id as string };
    await both((s) => ["keys", "list", "--tenant", tenants[s], "--json"]);
    await both((s) => ["keys", "revoke", keyIds[s]]);
    const again = await both((s) => ["keys", "revoke", keyIds[s], "--json"]);
    expect(again.served.code).toBe(1);
    await both(() => ["totp", "enroll", "--json"]);
    await both(() => ["totp", "enroll", "--account", "me@example.test"]);
  }, 300_000);
});
