// Cursor pagination for list routes: `?limit=&cursor=`, answered with `next_cursor` (null on the
// last page). The cursor is opaque to clients — base64url of a versioned anchor — so the anchor
// can change later without breaking them; a cursor this API never gave is a 422, not an empty page.
import type { Context } from "hono";
import { ApiError } from "./errors.js";

export const DEFAULT_PAGE_SIZE = 50;
export const MAX_PAGE_SIZE = 200;
const PREFIX = "v1:";

export interface PageQuery {
  limit: number;
  /** The anchor the previous page ended on (a row id), when a cursor was given. */
  after?: string;
}

export function encodeCursor(anchor: string): string {
  return Buffer.from(`${PREFIX}${anchor}`, "utf8").toString("base64url");
}

function decodeCursor(cursor: string): string | undefined {
  if (!/^[A-Za-z0-9_-]{1,200}$/.test(cursor)) return undefined;
  const text = Buffer.from(cursor, "base64url").toString("utf8");
  return text.startsWith(PREFIX) && text.length > PREFIX.length ? text.slice(PREFIX.length) : undefined;
}

/** Reads `limit` (1–200, default 50) and `cursor` from the query; 422 for anything else. */
export function readPageQuery(c: Context): PageQuery {
  const rawLimit = c.req.query("limit");
  let limit = DEFAULT_PAGE_SIZE;
  if (rawLimit !== undefined) {
    if (!/^\d{1,4}$/.test(rawLimit) || Number(rawLimit) < 1 || Number(rawLimit) > MAX_PAGE_SIZE) {
      throw new ApiError("VALIDATION_FAILED", `limit must be a whole number from 1 to ${MAX_PAGE_SIZE}`);
    }
    limit = Number(rawLimit);
  }
  const cursor = c.req.query("cursor");
  if (cursor === undefined) return { limit };
  const after = decodeCursor(cursor);
  if (after === undefined) throw invalidCursor();
  return { limit, after };
}

export function invalidCursor(): ApiError {
  return new ApiError("VALIDATION_FAILED", "cursor is not one this list gave out; start again without it");
}
