import type { MiddlewareHandler } from "hono";
import type { ApiKeyInfo, ApiKeyScope, TenantRow } from "../../storage/index.js";
import { ApiError } from "./errors.js";
import { requestHeader } from "./node-request.js";

export interface Principal {
  tenant: TenantRow;
  key: ApiKeyInfo;
}

export type AuthEnv = { Variables: { principal: Principal; requestId: string } };

/** Looks a bearer token up; undefined for unknown or revoked keys. */
export type KeyLookup = (token: string) => Promise<Principal | undefined>;

// RFC 9110: the scheme is case-insensitive and separated by one or more spaces.
const BEARER_RE = /^\s*bearer[ \t]+([A-Za-z0-9._~+/=-]+)\s*$/i;

/** Bearer-key authentication: every `/v1` request names a live key; the key fixes the tenant. */
export function bearerAuth(lookup: KeyLookup): MiddlewareHandler<AuthEnv> {
  return async function bearerAuthMiddleware(c, next) {
    const header = requestHeader(c, "authorization");
    if (header === undefined || header.trim() === "") throw new ApiError("AUTH_MISSING", "send Authorization: Bearer <api key>");
    const match = BEARER_RE.exec(header);
    if (!match) throw new ApiError("AUTH_MALFORMED", "expected Authorization: Bearer <api key>");
    const principal = await lookup(match[1]!);
    if (!principal) throw new ApiError("AUTH_INVALID", "the API key is unknown or revoked");
    c.set("principal", principal);
    await next();
  };
}

/** Refuses keys without `scope`. */
export function requireScope(scope: ApiKeyScope): MiddlewareHandler<AuthEnv> {
  return async function requireScopeMiddleware(c, next) {
    if (!c.get("principal").key.scopes.includes(scope)) {
      throw new ApiError("AUTH_SCOPE", `this endpoint needs an API key with the "${scope}" scope`);
    }
    await next();
  };
}
