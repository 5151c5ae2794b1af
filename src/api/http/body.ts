import type { IncomingMessage } from "node:http";
import type { Context, MiddlewareHandler } from "hono";
import { bodyLimit } from "hono/body-limit";
import { ApiError } from "./errors.js";
import { requestHeader } from "./node-request.js";

// Why not `c.req.text()` alone: on Node the adapter builds a WHATWG Request (an AbortController,
// a web ReadableStream over the socket, transferable wrappers) the first time its body is
// touched, which costs more than a small route's whole work (a one-message detect answered at a
// quarter of the rate of the same route without a body). A request with a Content-Length is read
// straight from Node's IncomingMessage instead; anything else goes the standard way.

type NodeEnv = { incoming?: IncomingMessage } | undefined;

/** The limit on request bodies. A declared length is checked from the header (Node's parser
 *  never delivers more than it declares); a chunked body is buffered under the limit. */
export function bodyLimitGuard(maxBytes: number): MiddlewareHandler {
  const tooLarge = (): never => {
    throw new ApiError("BODY_TOO_LARGE", `the limit is ${maxBytes} bytes`);
  };
  const chunked = bodyLimit({ maxSize: maxBytes, onError: tooLarge });
  return async (c, next) => {
    const length = requestHeader(c, "content-length");
    if (length !== undefined && requestHeader(c, "transfer-encoding") === undefined) {
      if (!/^\d+$/.test(length.trim()) || Number(length) > maxBytes) tooLarge();
      return next();
    }
    return chunked(c, next);
  };
}

/** The node request whose body nothing has started reading yet, when this is one. */
function untouchedIncoming(c: Context): IncomingMessage | undefined {
  const incoming = (c.env as NodeEnv)?.incoming;
  if (!incoming || typeof incoming.on !== "function") return undefined;
  if (requestHeader(c, "content-length") === undefined || requestHeader(c, "transfer-encoding") !== undefined) return undefined;
  // A data listener (the adapter's web stream) or a read already begun means another reader owns it.
  if (incoming.readableFlowing !== null || incoming.readableDidRead || incoming.readableEnded) return undefined;
  return incoming;
}

function readIncoming(incoming: IncomingMessage, declared: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const done = (err?: Error) => {
      incoming.off("data", onData).off("end", onEnd).off("error", cut).off("close", cut);
      if (err) reject(err);
    };
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > declared) return done(new ApiError("BODY_TOO_LARGE", "the body is longer than its Content-Length"));
      chunks.push(chunk);
    };
    const onEnd = () => {
      done();
      // The WHATWG text() of the standard path drops a UTF-8 byte-order mark; so does this one.
      const text = Buffer.concat(chunks, size).toString("utf8");
      resolve(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
    };
    // The client went away mid-body ("aborted", or a close before the end).
    const cut = () => done(new ApiError("BODY_INVALID_JSON", "the request body ended before its Content-Length"));
    incoming.on("data", onData).on("end", onEnd).on("error", cut).on("close", cut);
  });
}

/** The request body as text, read once. */
export function readBodyText(c: Context): Promise<string> {
  const incoming = untouchedIncoming(c);
  return incoming ? readIncoming(incoming, Number(requestHeader(c, "content-length"))) : c.req.text();
}

/** Parses a JSON request body; bad content type or bad JSON is a problem, never a crash. */
export async function readJson(c: Context): Promise<unknown> {
  const type = requestHeader(c, "content-type") ?? "";
  if (!/^application\/(?:[\w.+-]+\+)?json\b/i.test(type)) {
    throw new ApiError("BODY_UNSUPPORTED_TYPE", `expected content-type application/json, got ${JSON.stringify(type || "none")}`);
  }
  const text = await readBodyText(c);
  try {
    return JSON.parse(text) as unknown;
  } catch (err) {
    throw new ApiError("BODY_INVALID_JSON", (err as Error).message);
  }
}
