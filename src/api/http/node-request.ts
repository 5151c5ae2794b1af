// Request headers read from Node's own IncomingMessage when the app runs under the Node server.
// Asking Hono (`c.req.header()`) makes the adapter build a WHATWG Headers object from every
// incoming header (each name and value validated again), which cost an authenticated GET about a
// tenth of its throughput; the route needs one or two values. Without a Node request
// (`app.request()` in tests) the standard way is used.
import type { IncomingMessage } from "node:http";
import type { Context } from "hono";

type NodeEnv = { incoming?: IncomingMessage } | undefined;

function incomingOf(c: Context): IncomingMessage | undefined {
  const incoming = (c.env as NodeEnv)?.incoming;
  return incoming && Array.isArray(incoming.rawHeaders) ? incoming : undefined;
}

/**
 * A request header's value (name in lowercase) as the WHATWG Headers of the standard path would
 * give it: several fields of one name are joined with ", ". Node's own `headers` object keeps only
 * the first `Authorization` or `Content-Length` and drops the rest; this never does, so a request
 * with two credentials reads as one malformed value, not as whichever came first.
 */
export function requestHeader(c: Context, name: string): string | undefined {
  const incoming = incomingOf(c);
  if (!incoming) return c.req.header(name);
  const raw = incoming.rawHeaders;
  let value: string | undefined;
  for (let i = 0; i < raw.length; i += 2) {
    const field = raw[i]!;
    if (field.length === name.length && field.toLowerCase() === name) {
      // Node's parser has already taken the optional whitespace off both ends of the value.
      value = value === undefined ? raw[i + 1]! : `${value}, ${raw[i + 1]!}`;
    }
  }
  return value;
}
