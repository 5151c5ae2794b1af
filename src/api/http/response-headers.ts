// The request id and the security headers, on every response (pages, JSON, errors, streams).
//
// Why not Hono's requestId() and secureHeaders(): those set fourteen headers one by one on a
// WHATWG Headers object per response (each name and value validated again, then copied out to
// Node), which cost a small JSON route about a third of its throughput. Under the Node server the
// same headers go straight onto the outgoing response before the route runs; a response the route
// writes carries its own headers on top (none of ours is one a route sets). Without a Node response
// (`app.request()` in tests) they are set the standard way, after the route, as before.
import { randomUUID } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import type { MiddlewareHandler } from "hono";

type NodeEnv = { incoming?: IncomingMessage; outgoing?: ServerResponse } | undefined;

const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "frame-ancestors 'none'",
  "form-action 'self'",
].join("; ");

/** What Hono's secureHeaders() sends by default, with our CSP and frame refusal. */
export const SECURITY_HEADERS: readonly (readonly [string, string])[] = [
  ["content-security-policy", CSP],
  ["cross-origin-opener-policy", "same-origin"],
  ["cross-origin-resource-policy", "same-origin"],
  ["origin-agent-cluster", "?1"],
  ["referrer-policy", "no-referrer"],
  ["strict-transport-security", "max-age=15552000; includeSubDomains"],
  ["x-content-type-options", "nosniff"],
  ["x-dns-prefetch-control", "off"],
  ["x-download-options", "noopen"],
  ["x-frame-options", "DENY"],
  ["x-permitted-cross-domain-policies", "none"],
  ["x-xss-protection", "0"],
];

const MAX_ID_LENGTH = 255;
const BAD_ID = /[^\w\-=]/;

/** Sets `requestId` (the caller's `X-Request-Id` when it is short and plain, else a new UUID) and sends it back with the security headers. */
export function responseHeaders(): MiddlewareHandler<{ Variables: { requestId: string } }> {
  return async function responseHeadersMiddleware(c, next) {
    const env = c.env as NodeEnv;
    const given = env?.incoming?.headers ? env.incoming.headers["x-request-id"] : c.req.header("x-request-id");
    const id =
      typeof given === "string" && given !== "" && given.length <= MAX_ID_LENGTH && !BAD_ID.test(given) ? given : randomUUID();
    c.set("requestId", id);
    const outgoing = env?.outgoing;
    if (outgoing && typeof outgoing.setHeader === "function" && !outgoing.headersSent) {
      outgoing.setHeader("x-request-id", id);
      for (const [name, value] of SECURITY_HEADERS) outgoing.setHeader(name, value);
      return next();
    }
    c.header("x-request-id", id);
    await next();
    for (const [name, value] of SECURITY_HEADERS) c.res.headers.set(name, value);
  };
}
