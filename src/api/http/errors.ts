// problem+json (RFC 9457) for every HTTP error: the codes, statuses and titles come from the one
// table in src/contract/errors.ts; this file only renders them.
import { ERROR_TABLE, SkillforgeError, type ErrorCode } from "../../contract/index.js";

export { type ErrorCode } from "../../contract/index.js";
/** The contract's error table, as the API sees it. */
export const ERROR_CODES = ERROR_TABLE;

/** Thrown by routes and middleware; rendered by the one onError handler. */
export class ApiError extends SkillforgeError {
  override name = "ApiError";
  constructor(
    code: ErrorCode,
    readonly detail?: string,
    extra?: Record<string, unknown>,
  ) {
    super(code, detail, extra);
  }
}

export interface Problem {
  type: string;
  title: string;
  status: number;
  code: ErrorCode;
  detail?: string;
  instance?: string;
  requestId?: string;
  [key: string]: unknown;
}

/** The problem+json body. A 5xx never carries a detail: that goes to the log with the request id. */
export function problem(
  code: ErrorCode,
  options: { detail?: string; requestId?: string; instance?: string; extra?: Record<string, unknown> } = {},
): Problem {
  const { status, title } = ERROR_CODES[code];
  const body: Problem = { type: `https://skillforge.dev/problems/${code.toLowerCase().replace(/_/g, "-")}`, title, status, code };
  if (options.detail && status < 500) body.detail = options.detail;
  if (options.instance) body.instance = options.instance;
  if (options.requestId) body.requestId = options.requestId;
  if (options.extra && status < 500) Object.assign(body, options.extra);
  return body;
}
