// The only module that imports isolated-vm. It runs inside a worker process (started with
// --no-node-snapshot), never in the service process. The guest gets exactly one host function,
// an `ivm.Callback` whose arguments are copied; it never holds a Reference or ExternalCopy.
import ivm from "isolated-vm";
import type { SandboxLimits } from "../contract/index.js";
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
}

export interface SkillIsolate {
  /** Runs `method` with JSON `args`; throws a mapped `IsolateFault` on timeout or memory breach. */
  run(method: string, argsText: string, timeoutMs: number): Promise<RunResult>;
  /** Answers a pending db request; the continuation it starts runs under `timeoutMs`. */
  deliver(id: number, text: string, timeoutMs: number): Promise<void>;
  heapBytes(): number;
  dispose(): void;
  readonly disposed: boolean;
}

export class IsolateFault extends Error {
  constructor(readonly code: "SANDBOX_TIMEOUT" | "SANDBOX_MEMORY" | "SANDBOX_SKILL_ERROR", message: string) {
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

const COPY = { arguments: { copy: true }, result: { copy: true, promise: true } } as const;

export interface IsolateFactory {
  /**
   * Builds a hardened isolate with the skill loaded: prelude, then the skill's script, then
   * `init`. `onDb(id, text)` receives every db request; answer it with `deliver`.
   */
  create(script: string, limits: IsolateLimits, timeoutMs: number, onDb: (id: number, text: string) => void): Promise<SkillIsolate>;
}

/**
 * One factory per worker. (A startup snapshot of the hardened prelude would save its few
 * milliseconds per isolate, but V8 cannot bootstrap a context from frozen intrinsics.)
 */
export function createIsolateFactory(): IsolateFactory {
  return { create: createSkillIsolate };
}

const BOOT = `${PRELUDE}\nconst boot = globalThis.__skillforge_boot; return boot($0, $1);`;

async function createSkillIsolate(
  script: string,
  limits: IsolateLimits,
  timeoutMs: number,
  onDb: (id: number, text: string) => void,
): Promise<SkillIsolate> {
  const iso = new ivm.Isolate({ memoryLimit: limits.memoryMb });
  try {
    const context = await iso.createContext();
    const host = new ivm.Callback(
      (id: unknown, text: unknown) => { if (typeof id === "number" && typeof text === "string") onDb(id, text); },
      { ignored: true },
    );
    const fns = await context.evalClosure(BOOT, [host, JSON.stringify(limits)], {
      arguments: { copy: true }, result: { reference: true }, timeout: timeoutMs,
    });
    const [init, run, deliver] = await Promise.all([0, 1, 2].map((i) => fns.get(i, { reference: true })));
    const compiled = await iso.compileScript(script, { filename: "file:///skill.js" });
    await compiled.run(context, { timeout: timeoutMs });
    const [ok, message] = (await init!.apply(undefined, [], { result: { copy: true }, timeout: timeoutMs })) as [boolean, string];
    if (!ok) throw new IsolateFault("SANDBOX_SKILL_ERROR", `the skill does not load: ${message}`);
    // Warm calls enter the isolate synchronously (no thread hop, a third of the latency); the
    // timeout still bounds the synchronous part and the worker's deadline bounds the rest.
    return {
      async run(method, argsText, ms) {
        const out = (await run!.applySync(undefined, [method, argsText], { ...COPY, timeout: ms })) as [boolean, string, string, string[]];
        return { ok: out[0], code: out[1], text: out[2], logs: out[3] };
      },
      async deliver(id, text, ms) {
        deliver!.applySync(undefined, [id, text], { arguments: { copy: true }, timeout: ms });
      },
      heapBytes() {
        if (iso.isDisposed) return 0;
        const h = iso.getHeapStatisticsSync();
        return h.used_heap_size + h.externally_allocated_size;
      },
      dispose() { if (!iso.isDisposed) iso.dispose(); },
      get disposed() { return iso.isDisposed; },
    };
  } catch (err) {
    const fault = err instanceof IsolateFault ? err : faultOf(err, iso);
    if (!iso.isDisposed) iso.dispose();
    throw fault.code === "SANDBOX_SKILL_ERROR" && !(err instanceof IsolateFault)
      ? new IsolateFault("SANDBOX_SKILL_ERROR", `the skill does not load: ${fault.message}`)
      : fault;
  }
}
