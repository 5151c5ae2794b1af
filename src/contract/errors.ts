// The one closed table of error codes. API, CLI and sandbox all speak these codes; the API maps
// each to problem+json with the status here (src/api/http/errors.ts), the CLI maps every code to
// an exit code by its status (4xx/5xx refused → 1, usage → 2). Add a code here first, with its
// status and title, before any code returns it.
export const ERROR_TABLE = {
  // Authentication and request shape
  AUTH_MISSING: { status: 401, title: "Authentication required" },
  AUTH_MALFORMED: { status: 401, title: "Malformed credentials" },
  AUTH_INVALID: { status: 401, title: "Invalid or revoked API key" },
  AUTH_SCOPE: { status: 403, title: "API key lacks the required scope" },
  NOT_FOUND: { status: 404, title: "Not found" },
  METHOD_NOT_ALLOWED: { status: 405, title: "Method not allowed" },
  CONFLICT: { status: 409, title: "Conflict with the current state" },
  BODY_TOO_LARGE: { status: 413, title: "Request body too large" },
  BODY_UNSUPPORTED_TYPE: { status: 415, title: "Request body must be application/json" },
  BODY_INVALID_JSON: { status: 400, title: "Request body is not valid JSON" },
  VALIDATION_FAILED: { status: 422, title: "Request failed validation" },
  RATE_LIMITED: { status: 429, title: "Too many requests" },
  // A tenant's token bucket for generate, code confirm or skill runs is empty (Retry-After says when).
  TENANT_RATE_LIMITED: { status: 429, title: "Too many requests of this kind for this tenant" },

  // Storage
  STORAGE_BUSY: { status: 503, title: "Data folder in use by another process" },
  STORAGE_UNAVAILABLE: { status: 503, title: "Database unavailable" },

  // A sandboxed call of a skill (SKILL-CONTRACT.md §4). The skill failed, not the request or the
  // service: 422 with the sandbox's message as detail.
  SANDBOX_TIMEOUT: { status: 422, title: "The skill ran past its time limit" },
  SANDBOX_MEMORY: { status: 422, title: "The skill ran past its memory limit" },
  SANDBOX_CAPABILITY_DENIED: { status: 422, title: "The skill used data it is not approved for" },
  SANDBOX_LIMIT: { status: 422, title: "The skill hit a sandbox limit" },
  SANDBOX_BAD_PARAMS: { status: 422, title: "Params refused by the action's params_schema" },
  SANDBOX_BAD_RESULT: { status: 422, title: "The skill returned a result that is not allowed" },
  SANDBOX_SKILL_ERROR: { status: 422, title: "The skill threw an error" },
  SANDBOX_CRASHED: { status: 422, title: "The skill's sandbox crashed" },

  // The registry: skills, versions, activation, calls
  SKILL_NOT_FOUND: { status: 404, title: "No such skill in this tenant" },
  VERSION_NOT_FOUND: { status: 404, title: "No such version of this skill" },
  ACTION_NOT_FOUND: { status: 404, title: "The active version has no such action" },
  SKILL_ARCHIVED: { status: 409, title: "The skill is archived; restore it to call it again" },
  // The active version ran away (timeout, memory, crash) on N calls in a row; its owner re-enables it.
  SKILL_QUARANTINED: { status: 409, title: "The skill's active version is quarantined after failing repeatedly" },
  SKILL_INACTIVE: { status: 409, title: "The skill has no active version" },
  SKILL_CONFIG_INVALID: { status: 409, title: "The skill's config does not fit the active version's config schema" },
  VERSION_NOT_APPROVED: { status: 409, title: "The version has no completed approval" },
  APPROVAL_BINDING_MISMATCH: { status: 409, title: "The approval is bound to another source or capability set" },
  ROLLBACK_NO_TARGET: { status: 409, title: "There is no earlier approved version to roll back to" },
  VERSION_REFUSED: { status: 422, title: "The version did not pass its audit or trial" },
  BUNDLE_INVALID: { status: 422, title: "The skill bundle is malformed" },
  // Generation (detect → generate → audit → trial).
  GENERATOR_NO_NEED: { status: 422, title: "No skill need found in the request" },
  GENERATOR_BAD_ANSWER: { status: 502, title: "The model's answer was not a usable skill draft" },
  GENERATOR_REFUSED: { status: 422, title: "The model declined to write the skill" },
  GENERATOR_UNAVAILABLE: { status: 503, title: "The model provider is unavailable or timed out" },
  GENERATOR_NO_CHANGE: { status: 422, title: "No change to the skill found in the request" },
  GENERATOR_CANNOT_CHANGE: { status: 409, title: "This generator cannot change a skill another generator wrote" },
  GENERATOR_FAILED: { status: 422, title: "No draft passed audit and trial within the attempts allowed" },
  // Approval gateway. A code failure never says why (wrong, expired, used, locked, wrong channel):
  // one code, one title, so a guesser learns nothing from the answer.
  APPROVAL_CODE_REJECTED: { status: 422, title: "The code was not accepted" },
  APPROVAL_EXPIRED: { status: 410, title: "The approval request has expired" },
  APPROVAL_SUPERSEDED: { status: 409, title: "The approval request was superseded by a change to the skill" },
  APPROVAL_DECIDED: { status: 409, title: "The approval request is already decided" },
  APPROVAL_UNDELIVERABLE: { status: 409, title: "Fewer than two channels can deliver codes: this request cannot be approved" },
  APPROVAL_NO_CHANNELS: { status: 409, title: "The tenant has fewer than two verified contact points" },
  CONTACT_VERIFY_FAILED: { status: 422, title: "The verification code was not accepted" },
  WEBHOOK_SIGNATURE: { status: 403, title: "Webhook signature invalid" },
  CHANNEL_NOT_CONFIGURED: { status: 404, title: "This channel is not configured" },

  INTERNAL: { status: 500, title: "Internal error" },
} as const satisfies Record<string, { status: number; title: string }>;

export type ErrorCode = keyof typeof ERROR_TABLE;
export type SandboxErrorCode = Extract<ErrorCode, `SANDBOX_${string}`>;

export const SANDBOX_ERROR_CODES: readonly SandboxErrorCode[] = Object.freeze(
  (Object.keys(ERROR_TABLE) as ErrorCode[]).filter((c): c is SandboxErrorCode => c.startsWith("SANDBOX_")),
);

export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === "string" && Object.hasOwn(ERROR_TABLE, value);
}

/**
 * An expected failure a stage reports with a code from the table (a missing skill, an expired
 * approval). Stages may throw it; the API renders it as problem+json and the CLI as one line.
 */
export class SkillforgeError extends Error {
  override name = "SkillforgeError";
  constructor(
    readonly code: ErrorCode,
    message?: string,
    readonly extra?: Record<string, unknown>,
  ) {
    super(message ?? ERROR_TABLE[code].title);
  }
}
