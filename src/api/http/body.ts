import type { Context } from "hono";
import { ApiError } from "./errors.js";

/** Parses a JSON request body; bad content type or bad JSON is a problem, never a crash. */
export async function readJson(c: Context): Promise<unknown> {
  const type = c.req.header("content-type") ?? "";
  if (!/^application\/(?:[\w.+-]+\+)?json\b/i.test(type)) {
    throw new ApiError("BODY_UNSUPPORTED_TYPE", `expected content-type application/json, got ${JSON.stringify(type || "none")}`);
  }
  const text = await c.req.text();
  try {
    return JSON.parse(text) as unknown;
  } catch (err) {
    throw new ApiError("BODY_INVALID_JSON", (err as Error).message);
  }
}
