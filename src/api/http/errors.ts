// The one table of API error codes. Every HTTP error the service sends is one of these, as
// problem+json (RFC 9457) with a stable `code`; stages return codes, this file maps them to HTTP.
export const ERROR_CODES = {
  AUTH_MISSING: { status: 401, title: "Authentication required" },
  AUTH_MALFORMED: { status: 401, title: "Malformed credentials" },
  AUTH_INVALID: { status: 401, title: "Invalid or revoked API key" },
  AUTH_SCOPE: { status: 403, title: "API key lacks the required scope" },
  NOT_FOUND: { status: 404, title: "Not found" },
  METHOD_NOT_ALLOWED: { status: 405, title: "Method not allowed" },
  BODY_TOO_LARGE: { status: 413, title: "Request body too large" },
  BODY_UNSUPPORTED_TYPE: { status: 415, title: "Request body must be application/json" },
  BODY_INVALID_JSON: { status: 400, title: "Request body is not valid JSON" },
  VALIDATION_FAILED: { status: 422, title: "Request failed validation" },
  STORAGE_UNAVAILABLE: { status: 503, title: "Database unavailable" },
  INTERNAL: { status: 500, title: "Internal error" },
} as const satisfies Record<string, { status: number; title: string }>;

export type ErrorCode = keyof typeof ERROR_CODES;

/** Thrown by routes and middleware; rendered by the one onError handler. */
export class ApiError extends Error {
  override name = "ApiError";
  constructor(readonly code: ErrorCode, readonly detail?: string, readonly extra?: Record<string, unknown>) {
    super(detail ?? ERROR_CODES[code].title);
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
export function problem(code: ErrorCode, options: { detail?: string; requestId?: string; instance?: string; extra?: Record<string, unknown> } = {}): Problem {
  const { status, title } = ERROR_CODES[code];
  const body: Problem = { type: `https://skillforge.dev/problems/${code.toLowerCase().replace(/_/g, "-")}`, title, status, code };
  if (options.detail && status < 500) body.detail = options.detail;
  if (options.instance) body.instance = options.instance;
  if (options.requestId) body.requestId = options.requestId;
  if (options.extra && status < 500) Object.assign(body, options.extra);
  return body;
}
