// The messages between the service process and a sandbox worker process. Plain JSON only: the
// parent treats everything a worker says as untrusted text and validates it again.
import type { JsonSchema, SandboxLimits, SkillMethod } from "../contract/index.js";

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
  paramsSchema?: JsonSchema;
  limits: SandboxLimits;
}

export interface DbReply {
  t: "dbr";
  call: number;
  id: number;
  /** JSON text: `{ ok: true, value }` or `{ ok: false, error }`. */
  res: string;
}

export interface DisposeRequest {
  t: "dispose";
  versionId: string;
}

export type ToWorker = CallRequest | DbReply | DisposeRequest;

export interface DbRequest {
  t: "db";
  call: number;
  id: number;
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
  heapBytes: number;
  /** The worker dropped the source of `key`: resend the call with it. */
  needSource?: boolean;
}

export type FromWorker = DbRequest | CallDone | { t: "ready" };
