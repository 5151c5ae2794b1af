// The backend over a running service: a small typed client of the /v1 API. A problem+json answer
// becomes the SkillforgeError the stage would have thrown locally (same code, the detail as its
// message, the extra members kept), so commands print and exit the same way; a service that
// cannot be reached is one RefusedError line.
import { SkillforgeError, isErrorCode, type ErrorCode } from "../../contract/index.js";
import type { Approval, ContactPoint } from "../../approval/index.js";
import type { CallResult, SkillDetail, SkillSummary, SkillVersion, SweepResult, SwitchResult } from "../../registry/index.js";
import type { ApiKeyInfo } from "../../storage/index.js";
import type { JourneyEvent } from "../journey.js";
import type {
  ApprovalDetail,
  Backend,
  CreatedKey,
  GenerateOutcome,
  LifecycleResult,
  OutboxMessage,
  ReenableResult,
} from "./backend.js";
import { RefusedError, UsageError } from "./types.js";

/** Requests that wait on the database answer within the service's own deadline; this only bounds a hung connection. */
const REQUEST_TIMEOUT_MS = 60_000;
/** A generation waits on a model and a sandbox trial, with retries. */
const GENERATE_TIMEOUT_MS = 15 * 60_000;
const PROBLEM_MEMBERS = new Set(["type", "title", "status", "code", "detail", "instance", "requestId"]);

export interface Principal {
  tenant: { id: string; name: string };
  key: { id: string; name: string; scopes: string[] };
}

export interface ApiClient {
  readonly baseUrl: string;
  request<T>(method: string, path: string, body?: unknown, init?: { accept?: string; timeoutMs?: number }): Promise<T>;
  /** The raw response of a successful request (a stream). */
  open(method: string, path: string, body: unknown, accept: string, timeoutMs: number): Promise<Response>;
}

async function toError(res: Response): Promise<SkillforgeError> {
  let body: Record<string, unknown> | undefined;
  try {
    body = (await res.json()) as Record<string, unknown>;
  } catch {
    body = undefined;
  }
  const code: ErrorCode = typeof body?.code === "string" && isErrorCode(body.code) ? body.code : "INTERNAL";
  const extra = Object.fromEntries(Object.entries(body ?? {}).filter(([k]) => !PROBLEM_MEMBERS.has(k)));
  const detail = typeof body?.detail === "string" ? body.detail : undefined;
  return new SkillforgeError(code, detail ?? (body ? undefined : `the service answered ${res.status}`), extra);
}

export function createApiClient(baseUrl: string, token: string): ApiClient {
  async function open(method: string, path: string, body: unknown, accept: string, timeoutMs: number): Promise<Response> {
    const headers: Record<string, string> = { authorization: `Bearer ${token}`, accept };
    if (body !== undefined) headers["content-type"] = "application/json";
    let res: Response;
    try {
      res = await fetch(`${baseUrl}${path}`, {
        method,
        headers,
        body: body === undefined ? undefined : JSON.stringify(body),
        signal: AbortSignal.timeout(timeoutMs),
      });
    } catch (err) {
      const cause = (err as { cause?: { code?: string; message?: string } }).cause;
      const why = cause?.code ?? cause?.message ?? (err as Error).message;
      throw new RefusedError(`cannot reach the service at ${baseUrl} (${why})`);
    }
    if (!res.ok) throw await toError(res);
    return res;
  }
  return {
    baseUrl,
    open,
    async request<T>(method: string, path: string, body?: unknown, init: { accept?: string; timeoutMs?: number } = {}) {
      const res = await open(method, path, body, init.accept ?? "application/json", init.timeoutMs ?? REQUEST_TIMEOUT_MS);
      return (res.status === 204 ? undefined : await res.json()) as T;
    },
  };
}

/** Reads server-sent events (`event:` and `data:` lines, blank-line separated) as they arrive. */
async function* serverSentEvents(res: Response): AsyncGenerator<{ event: string; data: string }> {
  const decoder = new TextDecoder();
  let buffer = "";
  for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) {
    buffer += decoder.decode(chunk, { stream: true }).replace(/\r\n?/g, "\n");
    let end: number;
    while ((end = buffer.indexOf("\n\n")) >= 0) {
      const block = buffer.slice(0, end);
      buffer = buffer.slice(end + 2);
      let event = "message";
      const data: string[] = [];
      for (const line of block.split("\n")) {
        if (line.startsWith("event:")) event = line.slice(6).trim();
        else if (line.startsWith("data:")) data.push(line.slice(5).replace(/^ /, ""));
      }
      yield { event, data: data.join("\n") };
    }
  }
}

const path = (...parts: string[]) => parts.map(encodeURIComponent).join("/");

/** Undefined for a NOT_FOUND answer: "no such approval" is a result, not an error, for the commands. */
async function orUndefined<T>(p: Promise<T>): Promise<T | undefined> {
  try {
    return await p;
  } catch (err) {
    if (err instanceof SkillforgeError && err.code === "NOT_FOUND") return undefined;
    throw err;
  }
}

/** The backend over `client`; `principal` is what `GET /v1/me` said of its key. */
export function httpBackend(client: ApiClient, principal: Principal): Backend {
  const get = <T>(p: string) => client.request<T>("GET", p);
  const post = <T>(p: string, body?: unknown) => client.request<T>("POST", p, body);
  const tenantId = principal.tenant.id;

  return {
    async tenant(given) {
      if (given !== undefined && given !== tenantId)
        throw new UsageError(`--tenant: the service at ${client.baseUrl} acts for the key's tenant ${tenantId} only`);
      return tenantId;
    },
    skills: {
      list: async () => (await get<{ skills: SkillSummary[] }>("/v1/skills")).skills,
      show: (_, slug) => get<SkillDetail>(`/v1/skills/${path(slug)}`),
      versions: async (_, slug) => (await get<{ versions: SkillVersion[] }>(`/v1/skills/${path(slug)}/versions`)).versions,
      rollback: (_, slug, to) => post<SwitchResult>(`/v1/skills/${path(slug)}/rollback`, to === undefined ? {} : { to }),
      lifecycle: (_, slug, op) => post<LifecycleResult>(`/v1/skills/${path(slug)}/${op}`),
      reenable: (_, slug, version) =>
        post<ReenableResult>(`/v1/skills/${path(slug)}/reenable`, version === undefined ? {} : { version }),
      exportVersion: (_, slug, version) =>
        get(`/v1/skills/${path(slug)}/export${version === undefined ? "" : `?version=${encodeURIComponent(version)}`}`),
      importBundle: (_, bundle) => post<SkillVersion>("/v1/skills/import", bundle),
      async call(_, slug, method, action, params) {
        try {
          if (method === "executeAction")
            return await post<CallResult>(`/v1/skills/${path(slug)}/actions/${path(action!)}`, { params });
          return await get<CallResult>(`/v1/skills/${path(slug)}/${method === "getData" ? "data" : "insights"}`);
        } catch (err) {
          // The skill failed, not the request: the outcome the registry returns locally.
          const x = err instanceof SkillforgeError ? err.extra : undefined;
          if (!x || typeof x.versionId !== "string") throw err;
          const { versionId, version, tag, ms } = x as { versionId: string; version: string; tag: string; ms: number };
          return { ok: false, code: (err as SkillforgeError).code, message: (err as Error).message, versionId, version, tag, ms };
        }
      },
      archiveSweep: (idleDays) => post<SweepResult>("/v1/skills/archive-sweep", idleDays === undefined ? {} : { idleDays }),
    },
    approvals: {
      list: async (_, status) =>
        (await get<{ approvals: Approval[] }>(`/v1/approvals${status ? `?status=${encodeURIComponent(status)}` : ""}`)).approvals,
      show: (id) => orUndefined(get<ApprovalDetail>(`/v1/approvals/${path(id)}`)),
      async confirm(id, channel, code) {
        try {
          const { next, ...approval } = await post<Approval & { next: ConfirmNext }>(`/v1/approvals/${path(id)}/confirm`, {
            channel,
            code,
          });
          return { ok: true, approval: approval as Approval, next: next ?? null };
        } catch (err) {
          if (!(err instanceof SkillforgeError)) throw err;
          if (err.code === "NOT_FOUND") return undefined;
          if (err.code.startsWith("APPROVAL_")) return { ok: false, code: err.code };
          throw err;
        }
      },
      reject: (id) => orUndefined(post<Approval>(`/v1/approvals/${path(id)}/reject`)),
    },
    contacts: {
      add: (_, channel, destination) => post<ContactPoint>("/v1/contacts", { channel, destination }),
      verify: (_, id, code, confirmCode) =>
        post<ContactPoint>(`/v1/contacts/${path(id)}/verify`, confirmCode === undefined ? { code } : { code, confirmCode }),
      list: async () => (await get<{ contacts: ContactPoint[] }>("/v1/contacts")).contacts,
      enrolTotp: (_, account) => post<{ uri: string }>("/v1/contacts/totp", account === undefined ? {} : { account }),
    },
    outbox: async (limit) => (await get<{ messages: OutboxMessage[] }>(`/v1/dev/outbox?limit=${limit}`)).messages,
    async generate(_, text, onProgress, skill) {
      const body = skill ? { text, skill } : { text };
      const res = await client.open("POST", "/v1/skills/generate", body, "text/event-stream", GENERATE_TIMEOUT_MS);
      for await (const { event, data } of serverSentEvents(res)) {
        if (event !== "ready" && event !== "failed") {
          onProgress(JSON.parse(data) as JourneyEvent);
          continue;
        }
        const result = JSON.parse(data) as GenerateOutcome;
        // The stream ends with the whole result in place of the pipeline's own last event.
        onProgress({
          stage: event,
          ok: result.ok,
          ms: 0,
          ...(result.ok || !result.error ? {} : { detail: result.error.message }),
        });
        return result;
      }
      throw new RefusedError(`the service at ${client.baseUrl} ended the generation without a result`);
    },
    keys: {
      async create(_, name, scopes) {
        const { key, token } = await post<{ key: ApiKeyInfo; token: string }>("/v1/keys", { name, scopes });
        return { id: key.id, tenantId, name: key.name, scopes: key.scopes, token } satisfies CreatedKey;
      },
      async list() {
        const keys: ApiKeyInfo[] = [];
        let cursor: string | null = null;
        // A tenant has a handful of keys; the bound only stops a service that never ends its pages.
        for (let page = 0; page < 1000; page++) {
          const res: { keys: ApiKeyInfo[]; next_cursor: string | null } = await get(
            `/v1/keys?limit=200${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ""}`,
          );
          keys.push(...res.keys);
          cursor = res.next_cursor;
          if (!cursor) break;
        }
        return keys;
      },
      async revoke(keyId) {
        return (await orUndefined(client.request("DELETE", `/v1/keys/${path(keyId)}`).then(() => true))) ?? false;
      },
    },
  };
}

type ConfirmNext = Approval["channels"][number] | null;
