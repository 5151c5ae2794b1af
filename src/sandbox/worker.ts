// Entry of a sandbox worker process (spawned by the supervisor with --no-node-snapshot and its
// own heap cap). The worker is one synchronous loop: read a frame, run the call inside the
// isolate, write the answer. A db call blocks on the service's reply, so a whole method call is a
// single entry into the isolate under one timeout. Runaways end at that timeout; if even that
// does not happen, the parent kills the whole process at the deadline plus a grace period.
import { openBlockingChannel } from "./frames.js";
import { createIsolateFactory, faultOf, IsolateFault, type IsolateLimits } from "./isolate.js";
import { createIsolatePool, type PoolEntry } from "./isolate-pool.js";
import { checkParams, warmParams } from "./params.js";
import { openSelfRss } from "./rss.js";
import type { SandboxLimits } from "../contract/index.js";
import type { CallDone, CallRequest, FromWorker, ToWorker } from "./protocol.js";
import { transpileSkill } from "./transpile.js";

// Warm isolates per worker: bounded by count and by their summed heap.
const POOL_ENTRIES = 32;
const POOL_BYTES = 384 * 1024 * 1024;
const pool = createIsolatePool(POOL_ENTRIES, POOL_BYTES);
const isolates = createIsolateFactory();
const scripts = new Map<string, { versionId: string; script: string }>();
const SCRIPTS_MAX = 256;
const NEAR_LIMIT = 0.7;
/**
 * The worker's own ceiling, as a share of the RSS at which the service kills it: past it, a call
 * whose isolate grew in it is the one that grew the worker, and that call fails.
 */
const RSS_SHARE = 0.9;
// A call that grew its isolate's heap by more than this made the growth; a cold isolate starts smaller.
const GREW_BYTES = 4 * 1024 * 1024;
// Above this share of the ceiling, after a call that did not grow it, a worker is retired once it
// has answered: no later call of a tenant that keeps nothing runs on a worker others have filled.
const RETIRE_SHARE = 0.8;
let limits: SandboxLimits | null = null;
let rssCeiling = Infinity;
const selfRss = openSelfRss();

const channel = openBlockingChannel();
/** Frames that arrived while a call waited for its db reply (a version disposal, say). */
const backlog: ToWorker[] = [];

interface Active {
  req: CallRequest;
  limits: SandboxLimits;
  entry?: PoolEntry;
  deadline: number;
  /** db requests sent so far in this call. */
  seq: number;
}
let active: Active | null = null;

type Ending = Omit<CallDone, "t" | "id" | "heapBytes" | "logs"> & { logs?: string[]; drop?: boolean };

const send = (msg: FromWorker) => channel.write(msg);
const remaining = (a: Active) => Math.max(1, a.deadline - Date.now());
const refuse = (error: string) => JSON.stringify({ ok: false, error });

/** The next message from the service; exits when the service has gone. */
function receive(): ToWorker {
  for (;;) {
    const text = channel.read();
    if (text === null) process.exit(0);
    try {
      const msg = JSON.parse(text) as ToWorker;
      if (msg !== null && typeof msg === "object") return msg;
    } catch {
      // The service only sends JSON; anything else is ignored.
    }
  }
}

/** An uncaught allocation failure outside the heap (ArrayBuffer, typed arrays) is a memory breach. */
const OFF_HEAP_FAILURE = /allocation failed|Array buffer allocation|Invalid (typed )?array (buffer )?length/i;

function finish(a: Active, end: Ending): void {
  const entry = a.entry;
  let drop = !!entry && (end.drop || entry.iso.disposed);
  let heapBytes = 0;
  let retire = false;
  if (entry && !drop) {
    // Measured on every call (a cheap synchronous read): growth is charged to the isolate, and so
    // the call, that made it, never to whichever call happens to run next.
    entry.calls++;
    const before = entry.heapBytes;
    entry.heapBytes = entry.iso.heapBytes();
    heapBytes = entry.heapBytes;
    const overHeap = heapBytes > a.limits.memoryMb * 1024 * 1024;
    const rss = rssCeiling !== Infinity ? selfRss() : 0;
    // The worker past its ceiling is charged to this call only if this call grew its isolate;
    // otherwise other tenants' isolates hold the memory, and the worker is retired after this
    // call's (good) answer instead.
    const grew = heapBytes - before > GREW_BYTES;
    const overWorker = rss > rssCeiling && grew;
    retire = !grew && rss > rssCeiling * RETIRE_SHARE;
    if (overHeap || overWorker) {
      drop = true;
      end = {
        ok: false,
        code: "SANDBOX_MEMORY",
        message: overHeap ? "the skill exceeded its memory limit" : "the skill grew its worker past the memory ceiling",
        logs: end.logs,
      };
    }
  }
  if (!end.ok && end.code === "SANDBOX_SKILL_ERROR" && OFF_HEAP_FAILURE.test(end.message ?? "")) {
    end = { ...end, code: "SANDBOX_MEMORY", message: "the skill exceeded its memory limit (an allocation failed)" };
  }
  // An isolate close to its heap limit would fail the next call in GC thrash: recycle it now.
  const nearLimit = heapBytes > a.limits.memoryMb * 1024 * 1024 * NEAR_LIMIT;
  // Built field by field (no rest and spread copies): undefined fields are left out of the frame.
  send({
    t: "done",
    id: a.req.id,
    ok: end.ok,
    result: end.result,
    code: end.code,
    message: end.message,
    logs: end.logs ?? [],
    heapBytes,
    pending: end.pending,
    needSource: end.needSource,
    retire: retire && !drop ? true : undefined,
  });
  // Disposing a spinning isolate can take a moment: answer first, then clean up.
  if (entry && (drop || nearLimit)) pool.drop(entry.key);
  else pool.trim();
}

const fail = (code: string, message: string, drop = false): Ending => ({ ok: false, code, message, drop });

function isolateLimits(l: SandboxLimits): IsolateLimits {
  return { ...l, requestChars: l.rowBytes + 16 * 1024 };
}

/** The isolate's db callback: forwards one request and blocks until the service answers it. */
function onDb(holder: { entry?: PoolEntry }, text: string): string {
  const a = active;
  if (!a || a.entry !== holder.entry || !holder.entry) return refuse("db: no method call in progress");
  if (Date.now() >= a.deadline) return refuse("db: the call is out of time");
  const seq = ++a.seq;
  send({ t: "db", call: a.req.id, seq, req: text });
  for (;;) {
    const msg = receive();
    if (msg.t === "dbr") {
      // A reply to an earlier request whose wait was cut short (a host-side stack overflow, say) is dropped.
      if (msg.call === a.req.id && msg.seq === seq) return typeof msg.res === "string" ? msg.res : refuse("db: storage error");
      continue;
    }
    backlog.push(msg);
  }
}

function load(a: Active): PoolEntry | Ending {
  const { req } = a;
  let script = scripts.get(req.sourceKey)?.script;
  if (script === undefined) {
    if (req.source === undefined) return { ok: false, needSource: true };
    const t = transpileSkill(req.source);
    if (!t.ok) return fail("SANDBOX_SKILL_ERROR", t.message);
    script = t.script;
    if (scripts.size >= SCRIPTS_MAX) scripts.delete(scripts.keys().next().value!);
    scripts.set(req.sourceKey, { versionId: req.versionId, script });
  }
  const holder: { entry?: PoolEntry } = {};
  const iso = isolates.create(script, isolateLimits(a.limits), remaining(a), (text) => onDb(holder, text));
  const entry: PoolEntry = { key: req.key, versionId: req.versionId, iso, heapBytes: 0, calls: 0 };
  holder.entry = entry;
  pool.add(entry);
  return entry;
}

/** The params_schema of `action` as JSON text, read once from the version's own getActions(). */
function schemaFor(a: Active, entry: PoolEntry, action: string): string | undefined {
  if (!entry.schemas) {
    const r = entry.iso.run("getActions", "[]", remaining(a));
    const schemas = new Map<string, string>();
    if (r.ok) {
      const list: unknown = JSON.parse(r.text);
      if (Array.isArray(list)) {
        for (const d of list) {
          if (d && typeof d === "object" && typeof d.slug === "string" && d.params_schema !== undefined)
            schemas.set(d.slug, JSON.stringify(d.params_schema));
        }
      }
    }
    entry.schemas = schemas;
  }
  return entry.schemas.get(action);
}

function handleCall(req: CallRequest): void {
  if (!limits) {
    send({
      t: "done",
      id: req.id,
      ok: false,
      code: "SANDBOX_CRASHED",
      message: "the worker has no limits",
      logs: [],
      heapBytes: 0,
    });
    return;
  }
  const a: Active = { req, limits, deadline: Date.now() + limits.callTimeoutMs, seq: 0 };
  active = a;
  try {
    const got = pool.get(req.key) ?? load(a);
    if (!("iso" in got)) return finish(a, got);
    a.entry = got;
    if (req.method === "executeAction") {
      const schema = req.paramsSchema ?? schemaFor(a, got, req.action ?? "");
      if (schema === undefined)
        return finish(a, fail("SANDBOX_BAD_PARAMS", `unknown action ${JSON.stringify(req.action ?? "")}`));
      const reason = checkParams(schema, JSON.parse(req.params ?? "{}"));
      if (reason) return finish(a, fail("SANDBOX_BAD_PARAMS", reason));
    }
    const r = got.iso.run(req.method, req.args, remaining(a));
    // An ordinary exception keeps the warm isolate; a breached limit (or a promise left
    // pending) recycles it.
    finish(
      a,
      r.ok
        ? { ok: true, result: r.text, logs: r.logs }
        : { ...fail(r.code, r.text, r.code !== "SANDBOX_SKILL_ERROR"), logs: r.logs, ...(r.pending ? { pending: true } : {}) },
    );
  } catch (err) {
    const fault = err instanceof IsolateFault ? err : faultOf(err, undefined);
    finish(a, fail(fault.code, fault.message, fault.code !== "SANDBOX_SKILL_ERROR"));
  } finally {
    active = null;
  }
}

function handle(msg: ToWorker): void {
  if (msg.t === "call") handleCall(msg);
  else if (msg.t === "init") {
    limits = msg.limits;
    if (typeof msg.rssBytes === "number" && msg.rssBytes > 0) rssCeiling = msg.rssBytes * RSS_SHARE;
  } else if (msg.t === "dispose") {
    pool.dropVersion(msg.versionId);
    for (const [k, v] of [...scripts]) if (v.versionId === msg.versionId) scripts.delete(k);
  }
  // A `dbr` outside a call answers a call that already ended: nothing waits for it.
}

/**
 * While nothing is waiting, boot a hardened empty isolate for the next version that is not yet
 * warm: a cold start then only compiles and loads the skill (about 1 ms instead of 8).
 */
function prepareSpare(): void {
  if (!limits || isolates.hasSpare || backlog.length > 0 || channel.buffered) return;
  try {
    isolates.prepareSpare(isolateLimits(limits));
  } catch {
    // A spare is an optimisation: a call without one boots its own isolate.
  }
}

warmParams();
send({ t: "ready" });
for (;;) {
  handle(backlog.shift() ?? receive());
  prepareSpare();
}
