// The messages between the service process and a sandbox worker process, sent as JSON frames
// (frames.ts). The parent treats everything a worker says as untrusted text and validates it again.
import type { SandboxLimits, SkillMethod } from "../contract/index.js";

export interface CallRequest {
  t: "call";
  id: number;
  /** Pool key: version + source hash + tenant (one isolate never serves two tenants). */
  key: string;
  /** Version + source hash: which transpiled script the isolate runs. */
  sourceKey: string;
  versionId: string;
  /** Omitted when the parent believes the worker still holds this key's source. */
  source?: string;
  method: SkillMethod;
  /** JSON text of the method's arguments, built by the host. */
  args: string;
  action?: string;
  /** JSON text of the params to validate before the skill sees them (executeAction only). */
  params?: string;
  /** JSON text of the action's params_schema when the caller knows it (also the worker's cache key). */
  paramsSchema?: string;
  /** Kept for callers that ask; the heap is measured after every call. */
  measureHeap?: boolean;
}

/** The first frame a worker gets: the limits every call it runs is held to. */
export interface InitRequest {
  t: "init";
  limits: SandboxLimits;
  /** RSS at which the service kills the worker; the worker fails the call that grew it first. */
  rssBytes?: number;
}

export interface DbReply {
  t: "dbr";
  call: number;
  /** The request this answers (counted per call), so a stray reply is never taken for another's. */
  seq: number;
  /** JSON text: `{ ok: true, value }` or `{ ok: false, error }`. */
  res: string;
}

export interface DisposeRequest {
  t: "dispose";
  versionId: string;
}

export type ToWorker = InitRequest | CallRequest | DbReply | DisposeRequest;

/** The worker blocks until the matching `dbr` arrives: a call has at most one db request open. */
export interface DbRequest {
  t: "db";
  call: number;
  seq: number;
  /** JSON text exactly as the isolate produced it. */
  req: string;
}

/** Outcome of a call as the worker saw it; the result is still unparsed text. */
export interface CallDone {
  t: "done";
  id: number;
  ok: boolean;
  /** JSON text of the result when ok. */
  result?: string;
  code?: string;
  message?: string;
  logs: string[];
  /** The isolate's heap after the call when measured, else the last measurement. */
  heapBytes: number;
  /**
   * SANDBOX_TIMEOUT because the method's promise can never settle: the isolate ended idle (and
   * was dropped), so the worker need not be retired as after a runaway.
   */
  pending?: boolean;
  /** The worker dropped the source of `key`: resend the call with it. */
  needSource?: boolean;
  /**
   * The worker is near its memory ceiling after a call that did not grow it (another tenant's
   * isolates hold the memory): this call succeeded as it should, and the worker is retired now,
   * before a later call could be charged for memory it did not use.
   */
  retire?: boolean;
}

export type FromWorker = DbRequest | CallDone | { t: "ready" };
