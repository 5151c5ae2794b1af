// Entry of a sandbox worker process (forked by the supervisor with --no-node-snapshot and its own
// heap cap). One call at a time; the worker ends a runaway call itself at the deadline by
// disposing its isolate, and the parent kills the whole process if even that does not happen.
import { createIsolateFactory, faultOf, IsolateFault, type IsolateLimits } from "./isolate.js";
import { createIsolatePool, type PoolEntry } from "./isolate-pool.js";
import { checkParams, warmParams } from "./params.js";
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

interface Active {
  req: CallRequest;
  entry?: PoolEntry;
  deadline: number;
  timer: NodeJS.Timeout;
  finished: boolean;
}
let active: Active | null = null;

type Ending = Omit<CallDone, "t" | "id" | "heapBytes" | "logs"> & { logs?: string[]; drop?: boolean };

const send = (msg: FromWorker) => process.send?.(msg);
const remaining = (a: Active) => Math.max(1, a.deadline - Date.now());

function finish(a: Active, end: Ending): void {
  if (a.finished) return;
  a.finished = true;
  clearTimeout(a.timer);
  if (active === a) active = null;
  const entry = a.entry;
  const drop = !!entry && (end.drop || entry.pendingDb > 0 || entry.iso.disposed);
  let heapBytes = 0;
  if (entry && !drop) {
    heapBytes = entry.iso.heapBytes();
    entry.heapBytes = heapBytes;
  }
  // An isolate close to its heap limit would fail the next call in GC thrash: recycle it now.
  const nearLimit = heapBytes > a.req.limits.memoryMb * 1024 * 1024 * NEAR_LIMIT;
  const { drop: _drop, logs, ...rest } = end;
  send({ t: "done", id: a.req.id, heapBytes, logs: logs ?? [], ...rest });
  // Disposing a spinning isolate can take a moment: answer first, then clean up.
  if (entry && (drop || nearLimit)) setImmediate(() => pool.drop(entry.key));
  else pool.trim();
}

const fail = (code: string, message: string, drop = false): Ending => ({ ok: false, code, message, drop });

function isolateLimits(req: CallRequest): IsolateLimits {
  return { ...req.limits, requestChars: req.limits.rowBytes + 16 * 1024 };
}

function onDb(holder: { entry?: PoolEntry }, id: number, text: string): void {
  const entry = holder.entry;
  if (!entry) return;
  const a = active;
  if (!a || a.entry !== entry || a.finished) {
    // The skill left work running after its call ended: recycle the isolate, answer nothing.
    pool.drop(entry.key);
    return;
  }
  entry.pendingDb++;
  send({ t: "db", call: a.req.id, id, req: text });
}

function onDbReply(call: number, id: number, res: string): void {
  const a = active;
  if (!a || a.req.id !== call || !a.entry) return;
  a.entry.pendingDb--;
  a.entry.iso.deliver(id, res, remaining(a)).catch((err) => {
    const fault = faultOf(err, undefined);
    finish(a, fail(fault.code === "SANDBOX_SKILL_ERROR" ? "SANDBOX_TIMEOUT" : fault.code, fault.message, true));
  });
}

async function load(a: Active): Promise<PoolEntry | Ending> {
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
  const iso = await isolates.create(script, isolateLimits(req), remaining(a), (id, text) => onDb(holder, id, text));
  const entry: PoolEntry = { key: req.key, versionId: req.versionId, iso, pendingDb: 0, heapBytes: 0 };
  holder.entry = entry;
  if (a.finished) iso.dispose();
  else pool.add(entry);
  return entry;
}

async function schemaFor(a: Active, entry: PoolEntry, action: string): Promise<unknown> {
  if (!entry.schemas) {
    const r = await entry.iso.run("getActions", "[]", remaining(a));
    const schemas = new Map<string, unknown>();
    if (r.ok) {
      const list: unknown = JSON.parse(r.text);
      if (Array.isArray(list)) {
        for (const d of list) if (d && typeof d === "object" && typeof d.slug === "string") schemas.set(d.slug, d.params_schema);
      }
    }
    entry.schemas = schemas;
  }
  return entry.schemas.get(action);
}

async function handleCall(req: CallRequest): Promise<void> {
  if (active) {
    send({ t: "done", id: req.id, ok: false, code: "SANDBOX_CRASHED", message: "worker busy", logs: [], heapBytes: 0 });
    return;
  }
  const a: Active = { req, deadline: Date.now() + req.limits.callTimeoutMs, finished: false } as Active;
  a.timer = setTimeout(() => finish(a, fail("SANDBOX_TIMEOUT", "the skill exceeded its time limit", true)), req.limits.callTimeoutMs);
  active = a;
  try {
    const got = pool.get(req.key) ?? (await load(a));
    if (!("iso" in got)) return finish(a, got);
    if (a.finished) return;
    a.entry = got;
    if (req.method === "executeAction") {
      const schema = req.paramsSchema ?? (await schemaFor(a, got, req.action ?? ""));
      if (schema === undefined) return finish(a, fail("SANDBOX_BAD_PARAMS", `unknown action ${JSON.stringify(req.action ?? "")}`));
      const reason = await checkParams(schema as never, JSON.parse(req.params ?? "{}"));
      if (reason) return finish(a, fail("SANDBOX_BAD_PARAMS", reason));
    }
    const r = await got.iso.run(req.method, req.args, remaining(a));
    // An ordinary exception keeps the warm isolate; a breached limit recycles it.
    finish(a, r.ok ? { ok: true, result: r.text, logs: r.logs } : { ...fail(r.code, r.text, r.code !== "SANDBOX_SKILL_ERROR"), logs: r.logs });
  } catch (err) {
    const fault = err instanceof IsolateFault ? err : faultOf(err, undefined);
    finish(a, fail(fault.code, fault.message, fault.code !== "SANDBOX_SKILL_ERROR"));
  }
}

process.on("message", (msg: ToWorker) => {
  if (msg.t === "call") void handleCall(msg);
  else if (msg.t === "dbr") onDbReply(msg.call, msg.id, msg.res);
  else if (msg.t === "dispose") {
    pool.dropVersion(msg.versionId);
    for (const [k, v] of [...scripts]) if (v.versionId === msg.versionId) scripts.delete(k);
  }
});
// The service went away: a worker never outlives it.
process.on("disconnect", () => process.exit(0));
await warmParams();
send({ t: "ready" });
