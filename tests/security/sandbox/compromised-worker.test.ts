// Attack stories from inside a worker process: suppose a skill escaped the isolate and now runs as
// the worker, free to say anything on the wire. A fake worker plays that part, one misbehaviour
// per call (chosen by the version id). Defence: the service treats the worker as untrusted: it
// caps and parses every frame, replaces a worker that breaks the protocol, holds every db request
// to the call's own scope and approved capabilities, re-checks results, codes and logs, and kills
// a worker that stays silent past the deadline. The sandbox keeps serving throughout.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import type { JsonObject, RecordStore } from "../../../src/contract/index.js";
import { createMemoryRecordStore, createSandbox, type CallOutcome, type SandboxEvent } from "../../../src/sandbox/index.js";

const frames = pathToFileURL(fileURLToPath(new URL("../../../dist/src/sandbox/frames.js", import.meta.url))).href;
const FAKE_WORKER = `
import { writeSync } from "node:fs";
const { openBlockingChannel } = await import(${JSON.stringify(frames)});
const c = openBlockingChannel();
const next = () => { const t = c.read(); if (t === null) process.exit(0); return JSON.parse(t); };
const raw = (bytes) => { const h = Buffer.alloc(4); h.writeUInt32LE(bytes.length); writeSync(3, Buffer.concat([h, bytes])); };
const done = (m, extra) => c.write({ t: "done", id: m.id, ok: true, result: '"served"', logs: [], heapBytes: 0, ...extra });
const select = (m, seq, extra) => c.write({ t: "db", call: m.id, seq, req: JSON.stringify({ op: "select", collection: "notes", filters: [], ...extra }) });
next();
c.write({ t: "ready" });
for (;;) {
  const m = next();
  if (m.t !== "call") continue;
  const mode = m.versionId.split("@")[1];
  if (mode === "huge-frame") { const h = Buffer.alloc(4); h.writeUInt32LE(0x7fffffff); writeSync(3, h); writeSync(3, Buffer.alloc(4096)); }
  else if (mode === "garbage") raw(Buffer.from("this is not JSON"));
  else if (mode === "wrong-id") done({ ...m, id: m.id + 1000 });
  else if (mode === "ready-twice") c.write({ t: "ready" });
  else if (mode === "forged-db") c.write({ t: "db", call: m.id + 1000, seq: 1, req: "{}" });
  else if (mode === "db-replay") { select(m, 1); next(); select(m, 1); }
  else if (mode === "db-flood") { try { for (let i = 1; i <= 5000; i++) select(m, i); } catch { process.exit(0); } }
  else if (mode === "need-source") done(m, { ok: false, needSource: true });
  else if (mode === "silent") {}
  else if (mode === "slow") { Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 450); done(m); }
  else if (mode === "fake-code") done(m, { ok: false, code: "SANDBOX_APPROVED", message: "x".repeat(100000) });
  else if (mode === "poisoned-result") done(m, { result: '{"__proto__":{"polluted":true},"ok":1}' });
  else if (mode === "huge-logs") done(m, { logs: Array.from({ length: 20000 }, () => "y".repeat(100)) });
  else if (mode === "odd-heap") done(m, { heapBytes: -1e300, logs: "not a list" });
  else if (mode === "widen-scope") {
    select(m, 1, { tenantId: "00000000-0000-4000-8000-000000000004", skillId: "00000000-0000-4000-8000-00000000000a", scope: { tenantId: "00000000-0000-4000-8000-000000000004" } });
    const mine = next();
    c.write({ t: "db", call: m.id, seq: 2, req: JSON.stringify({ op: "insert", collection: "secrets", row: { stolen: true } }) });
    next();
    done(m, { result: JSON.stringify(JSON.parse(mine.res)) });
  }
  else done(m);
}
`;

const dir = mkdtempSync(join(tmpdir(), "skillforge-fake-worker-"));
const workerPath = join(dir, "fake-worker.mjs");
writeFileSync(workerPath, FAKE_WORKER);

/** A memory store that counts what reaches it. */
function countingStore(): RecordStore & { calls: number } {
  const inner = createMemoryRecordStore();
  const counted: RecordStore & { calls: number } = {
    calls: 0,
    select: (...a) => {
      counted.calls++;
      return inner.select(...a);
    },
    insert: (...a) => {
      counted.calls++;
      return inner.insert(...a);
    },
    update: (...a) => {
      counted.calls++;
      return inner.update(...a);
    },
    dropSkillData: (...a) => inner.dropSkillData(...a),
  };
  return counted;
}

const store = countingStore();
await store.insert(
  { tenantId: "00000000-0000-4000-8000-000000000004", skillId: "00000000-0000-4000-8000-00000000000a", collection: "notes" },
  { note: "victim's secret" } as JsonObject,
);
const events: SandboxEvent[] = [];
const sandbox = createSandbox({
  store,
  workers: 1,
  maxWorkers: 1,
  limits: { callTimeoutMs: 500 },
  killGraceMs: 300,
  workerPath,
  log: (e) => events.push(e),
});
afterAll(() => sandbox.close());

let n = 0;
function callAs(mode: string): Promise<CallOutcome> {
  return sandbox.call({
    versionId: `fake@${mode}`,
    source: `export default {} // ${++n}`,
    capabilities: ["data.read:notes"],
    scope: { tenantId: "00000000-0000-4000-8000-000000000009", skillId: "00000000-0000-4000-8000-000000000007" },
    ctx: { tenantId: "00000000-0000-4000-8000-000000000009", config: {}, now: "2024-01-15T10:00:00.000Z" },
    method: "getData",
  });
}

/** After every story the sandbox still answers a call through a fresh, well-behaved worker. */
async function stillServes(): Promise<void> {
  expect(await callAs("normal")).toMatchObject({ ok: true, value: "served" });
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
}

const replaced = () =>
  events.filter((e) => e.type === "worker-replaced").map((e) => (e.type === "worker-replaced" ? e.reason : ""));
const crashed = (reason: RegExp) => async (mode: string) => {
  const before = replaced().length;
  const out = await callAs(mode);
  expect(out).toMatchObject({ ok: false, code: "SANDBOX_CRASHED" });
  expect(replaced().slice(before)).toEqual([expect.stringMatching(reason)]);
  await stillServes();
};

describe("a worker that breaks the wire protocol", () => {
  it("attack announcing a 2 GB frame to exhaust the service's memory → refused before buffering, the worker is replaced", async () => {
    await crashed(/over the .*-byte cap/)("huge-frame");
  });

  it("attack sending bytes that are not JSON → the worker is replaced", async () => {
    await crashed(/unreadable frame/)("garbage");
  });

  it("attack answering a call that was never made (to poison another caller's outcome) → the worker is replaced", async () => {
    await crashed(/an answer to no call/)("wrong-id");
  });

  it("attack announcing itself ready again mid-life → the worker is replaced", async () => {
    await crashed(/ready twice/)("ready-twice");
  });

  it("attack asking again for a source it was already sent (a resend loop) → the worker is replaced", async () => {
    await crashed(/asked for a source it was sent/)("need-source");
  });
});

describe("a worker that abuses the db relay", () => {
  it("attack a db request under another call's id → the worker is replaced and nothing reaches the store", async () => {
    const before = store.calls;
    await crashed(/a db request outside its call/)("forged-db");
    expect(store.calls - before).toBe(0);
  });

  it("attack replaying a db request number → the worker is replaced after the first reaches the store", async () => {
    await crashed(/out of sequence/)("db-replay");
  });

  it("attack a flood of 5,000 db requests → the worker is replaced at the per-call cap and the store sees at most 100", async () => {
    const before = store.calls;
    await crashed(/out of sequence/)("db-flood");
    expect(store.calls - before).toBeLessThanOrEqual(100);
  });

  it("attack naming the victim's tenant and skill in the request and writing an unapproved collection → the service builds the scope itself and denies the write", async () => {
    const out = await callAs("widen-scope");
    expect(out).toMatchObject({ ok: false, code: "SANDBOX_CAPABILITY_DENIED" });
    const seen = await store.select(
      { tenantId: "00000000-0000-4000-8000-000000000004", skillId: "00000000-0000-4000-8000-00000000000a", collection: "notes" },
      { filters: [], limit: 10 },
    );
    expect(seen).toHaveLength(1);
    expect(
      await store.select(
        {
          tenantId: "00000000-0000-4000-8000-000000000009",
          skillId: "00000000-0000-4000-8000-000000000007",
          collection: "secrets",
        },
        { filters: [], limit: 10 },
      ),
    ).toEqual([]);
    await stillServes();
  });
});

describe("a worker that lies in its answer", () => {
  it("attack inventing an error code and a 100 KB message → mapped to SANDBOX_CRASHED and the message cut to 2,000 characters", async () => {
    const out = await callAs("fake-code");
    expect(out).toMatchObject({ ok: false, code: "SANDBOX_CRASHED" });
    expect(out.ok ? 0 : out.message.length).toBeLessThanOrEqual(2000);
    await stillServes();
  });

  it("attack a result carrying __proto__ → refused by the service's own parse, nothing polluted", async () => {
    expect(await callAs("poisoned-result")).toMatchObject({ ok: false, code: "SANDBOX_BAD_RESULT" });
    await stillServes();
  });

  it("attack 2 MB of log lines → cut to the console cap again by the service", async () => {
    const out = await callAs("huge-logs");
    expect(out.ok).toBe(true);
    expect(out.logs.join("\n").length).toBeLessThanOrEqual(64 * 1024 + 64);
    await stillServes();
  });

  it("attack a negative heap figure and logs that are not a list → read as zero and none", async () => {
    expect(await callAs("odd-heap")).toMatchObject({ ok: true, heapBytes: 0, logs: [] });
    await stillServes();
  });

  it("attack never answering → killed at the deadline plus the grace, the call ends with SANDBOX_TIMEOUT", async () => {
    expect(await callAs("silent")).toMatchObject({ ok: false, code: "SANDBOX_TIMEOUT" });
    await stillServes();
  });

  it("an honest answer that comes later than the previous call's deadline would have → served, because the worker's one watchdog timer kills only at the running call's own deadline", async () => {
    await stillServes();
    // The watchdog timer was armed by that call (cap 500 + grace 300 ms): this call starts 500 ms
    // later and answers 450 ms in, past the earlier deadline and well within its own.
    await new Promise((r) => setTimeout(r, 500));
    expect(await callAs("slow")).toMatchObject({ ok: true, value: "served" });
  });

  it("attack never answering, on a worker whose watchdog timer an earlier call armed → still killed, because the timer re-arms itself for the running call", async () => {
    await stillServes();
    await new Promise((r) => setTimeout(r, 300));
    expect(await callAs("silent")).toMatchObject({ ok: false, code: "SANDBOX_TIMEOUT" });
    await stillServes();
  });
});
