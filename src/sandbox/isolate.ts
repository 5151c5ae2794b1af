// The only module that imports isolated-vm. It runs inside a worker process (started with
// --no-node-snapshot), never in the service process. The prelude gets three host functions, each
// an `ivm.Callback` whose arguments are copied: db requests, the standard globals' host half
// (host-services.ts) and the call's outcome; it never holds a Reference or ExternalCopy.
import ivm from "isolated-vm";
import type { SandboxLimits } from "../contract/index.js";
import { answerService } from "./host-services.js";
import { PRELUDE } from "./prelude.js";

export interface IsolateLimits extends SandboxLimits {
  /** Longest JSON text one db request may be. */
  requestChars: number;
}

/** What one method run produced, before the parent validates anything. */
export interface RunResult {
  ok: boolean;
  code: string;
  /** The result's JSON text when ok, otherwise the message. */
  text: string;
  logs: string[];
  /** The method's promise was still pending with nothing left to settle it (the isolate is idle). */
  pending?: boolean;
}

export interface SkillIsolate {
  /**
   * Runs `method` with JSON `args` to completion inside one synchronous entry (db calls are
   * answered synchronously by `onDb`); throws a mapped `IsolateFault` on timeout or memory breach.
   */
  run(method: string, argsText: string, timeoutMs: number): RunResult;
  heapBytes(): number;
  dispose(): void;
  readonly disposed: boolean;
}

export class IsolateFault extends Error {
  constructor(
    readonly code: "SANDBOX_TIMEOUT" | "SANDBOX_MEMORY" | "SANDBOX_SKILL_ERROR",
    message: string,
  ) {
    super(message);
  }
}

/** Maps isolated-vm's own errors to our codes; anything else is the skill's error. */
export function faultOf(err: unknown, iso: ivm.Isolate | undefined): IsolateFault {
  const message = err instanceof Error ? err.message : String(err);
  if (/memory limit/i.test(message)) return new IsolateFault("SANDBOX_MEMORY", "the skill exceeded its memory limit");
  if (/timed out|was disposed|abandoned/i.test(message) || iso?.isDisposed) {
    return new IsolateFault("SANDBOX_TIMEOUT", "the skill exceeded its time limit");
  }
  return new IsolateFault("SANDBOX_SKILL_ERROR", message.slice(0, 2000));
}

export interface IsolateFactory {
  /**
   * Builds a hardened isolate with the skill loaded: prelude, then the skill's script, then
   * `init`. `onDb(text)` answers every db request synchronously with the reply's JSON text.
   * Takes the spare when one is ready for these limits.
   */
  create(script: string, limits: IsolateLimits, timeoutMs: number, onDb: (text: string) => string): SkillIsolate;
  /** Boots one hardened, empty isolate ahead of need (the worker calls this while idle). */
  prepareSpare(limits: IsolateLimits): void;
  readonly hasSpare: boolean;
}

/**
 * One factory per worker. (A startup snapshot of the hardened prelude would save its few
 * milliseconds per isolate, but V8 cannot bootstrap a context from frozen intrinsics; a spare
 * booted while the worker is idle hides them instead.)
 */
export function createIsolateFactory(): IsolateFactory {
  let spare: Booted | null = null;
  return {
    create(script, limits, timeoutMs, onDb) {
      const deadline = Date.now() + timeoutMs;
      let booted = spare;
      spare = null;
      if (booted && booted.limitsText !== JSON.stringify(limits)) {
        booted.iso.dispose();
        booted = null;
      }
      booted ??= boot(limits, timeoutMs);
      booted.onDb = onDb;
      return loadSkill(booted, script, Math.max(1, deadline - Date.now()));
    },
    prepareSpare(limits) {
      if (spare && spare.limitsText === JSON.stringify(limits)) return;
      spare?.iso.dispose();
      spare = null;
      spare = boot(limits, SPARE_BOOT_MS);
    },
    get hasSpare() {
      return spare !== null;
    },
  };
}

const BOOT = `(${PRELUDE})($2);\nconst boot = globalThis.__skillforge_boot; return boot($0, $1, $3);`;
const REFUSED = JSON.stringify({ ok: false, error: "db: malformed request" });
const NO_CALL = JSON.stringify({ ok: false, error: "db: no method call in progress" });
const NEVER_SETTLED = "the skill's promise never settles (nothing is left that could settle it)";
/** Booting the prelude is our own code: this bound only guards against a wedged isolate. */
const SPARE_BOOT_MS = 5_000;

type Fn = ivm.Reference<(...a: unknown[]) => unknown>;

/** An isolate with the hardened prelude booted and no skill yet. */
interface Booted {
  iso: ivm.Isolate;
  context: ivm.Context;
  limitsText: string;
  fns: { init: Fn; start: Fn; logsOf: Fn };
  /** Where db requests go; set when a skill is loaded into this isolate. */
  onDb: (text: string) => string;
  /** The outcome the prelude reported during the current entry (null: none yet). */
  reported: string | null;
}

function boot(limits: IsolateLimits, timeoutMs: number): Booted {
  const iso = new ivm.Isolate({ memoryLimit: limits.memoryMb });
  try {
    const context = iso.createContextSync();
    const booted: Booted = {
      iso,
      context,
      limitsText: JSON.stringify(limits),
      fns: undefined as never,
      onDb: () => NO_CALL,
      reported: null,
    };
    const host = new ivm.Callback((text: unknown) => (typeof text === "string" ? booted.onDb(text) : REFUSED), { sync: true });
    // The standard globals' host half (URL parsing, random bytes): strings in, a string out.
    const service = new ivm.Callback(answerService, { sync: true });
    // The outcome, reported when the method settles: the host reads it without entering again.
    // Only the first report of an entry counts.
    const report = new ivm.Callback(
      (text: unknown) => {
        if (booted.reported === null && typeof text === "string") booted.reported = text;
      },
      { sync: true },
    );
    const fns = context.evalClosureSync(BOOT, [host, booted.limitsText, service, report], {
      arguments: { copy: true },
      result: { reference: true },
      timeout: timeoutMs,
    });
    const [init, start, logsOf] = [0, 1, 2].map((i) => fns.getSync(i, { reference: true }) as Fn);
    booted.fns = { init: init!, start: start!, logsOf: logsOf! };
    return booted;
  } catch (err) {
    if (!iso.isDisposed) iso.dispose();
    throw faultOf(err, iso);
  }
}

// Everything here is synchronous: the worker enters the isolate on its own thread (no thread hop
// per call), and every entry carries the remaining time as its timeout, including the microtasks
// the entry drains and the time spent in db callbacks. A call is one entry; a second one reads the
// logs only when the call wrote any.
function loadSkill(booted: Booted, script: string, timeoutMs: number): SkillIsolate {
  const { iso, context } = booted;
  const { init, start, logsOf } = booted.fns;
  const deadline = Date.now() + timeoutMs;
  const left = () => Math.max(1, deadline - Date.now());
  try {
    iso.compileScriptSync(script, { filename: "file:///skill.js" }).runSync(context, { timeout: left() });
    const [ok, message] = init.applySync(undefined, [], { result: { copy: true }, timeout: left() }) as [boolean, string];
    if (!ok) throw new IsolateFault("SANDBOX_SKILL_ERROR", `the skill does not load: ${message}`);
    return {
      run(method, argsText, ms) {
        const until = Date.now() + ms;
        booted.reported = null;
        start.applySync(undefined, [method, argsText], { arguments: { copy: true }, timeout: ms });
        const out = booted.reported as string | null;
        booted.reported = null;
        // Our own getter: it only reads what the call left behind (a call that never settled may
        // have logged before it stalled).
        const logs =
          out === null || out[0] === "L"
            ? (JSON.parse(logsOf.applySync(undefined, [], { timeout: Math.max(1, until - Date.now()) }) as string) as string[])
            : [];
        if (out === null) return { ok: false, code: "SANDBOX_TIMEOUT", text: NEVER_SETTLED, logs, pending: true };
        const nl = out.indexOf("\n");
        return { ok: out[1] === "1", code: out.slice(2, nl), text: out.slice(nl + 1), logs };
      },
      heapBytes() {
        if (iso.isDisposed) return 0;
        const h = iso.getHeapStatisticsSync();
        return h.used_heap_size + h.externally_allocated_size;
      },
      dispose() {
        if (!iso.isDisposed) iso.dispose();
      },
      get disposed() {
        return iso.isDisposed;
      },
    };
  } catch (err) {
    const fault = err instanceof IsolateFault ? err : faultOf(err, iso);
    if (!iso.isDisposed) iso.dispose();
    throw fault.code === "SANDBOX_SKILL_ERROR" && !(err instanceof IsolateFault)
      ? new IsolateFault("SANDBOX_SKILL_ERROR", `the skill does not load: ${fault.message}`)
      : fault;
  }
}
