// The side effects the stages need, as small interfaces. The composition root builds the real
// adapters once; tests pass their own (a pinned clock, a loopback SMTP server behind the sender).
import type { Json, JsonSchema } from "./types.js";
import type { Channel } from "./statuses.js";

/** The present. Stages never call `new Date()` or `Date.now()` for anything they store or compare. */
export interface Clock {
  now(): Date;
}

/** Identifiers and unpredictable numbers (one-time codes, trial params). */
export interface Ids {
  uuid(): string;
  /** Uniform integer in [min, max), from a CSPRNG. */
  randomInt(min: number, max: number): number;
}

// ── LLM ────────────────────────────────────────────────────────────────────────────────────────

export interface LlmMessage {
  role: "user" | "assistant";
  content: string;
}

/** A structured answer is asked for as one tool call whose input must match `inputSchema`. */
export interface LlmTool {
  name: string;
  description: string;
  inputSchema: JsonSchema;
}

export interface LlmRequest {
  system: string;
  messages: LlmMessage[];
  tool?: LlmTool;
  maxTokens: number;
  /** Whole call, retries included. */
  timeoutMs: number;
}

export interface LlmUsage {
  inputTokens: number;
  outputTokens: number;
}

/**
 * What came back, untrusted: `toolInput` is whatever the model put in the tool call (not yet
 * validated), `text` any prose. Transport failures are thrown as `LlmError`.
 */
export interface LlmResponse {
  text: string;
  toolInput?: Json;
  stopReason: string;
  usage: LlmUsage;
  model: string;
}

export interface LlmProvider {
  readonly name: "anthropic" | "openai" | "template";
  readonly model: string;
  complete(request: LlmRequest, signal?: AbortSignal): Promise<LlmResponse>;
}

/** A provider failure after its retries: `transient` when trying later may help. */
export class LlmError extends Error {
  override name = "LlmError";
  constructor(
    readonly kind: "timeout" | "rate_limited" | "unavailable" | "refused" | "bad_answer",
    message: string,
  ) {
    super(message);
  }
}

// ── Messages (SMS, email) ──────────────────────────────────────────────────────────────────────

export interface OutboundMessage {
  channel: Exclude<Channel, "totp">;
  /** E.164 phone number or email address: always an enrolled destination, never one from a request. */
  to: string;
  /** Email only. */
  subject?: string;
  text: string;
  /** Email only. */
  html?: string;
}

export type SendResult =
  | { ok: true; providerId: string }
  /** `permanent`: retrying cannot help (bad number, opted out, 5xx mailbox); else retry later. */
  | { ok: false; permanent: boolean; reason: string };

/** One channel's transport (Twilio, SMTP, or the dev outbox). Never throws for delivery failures. */
export interface MessageSender {
  readonly channel: Exclude<Channel, "totp">;
  /** `dev` when messages only land in the local outbox. */
  readonly kind: "dev" | "twilio" | "smtp";
  send(message: OutboundMessage): Promise<SendResult>;
}

// ── TOTP ───────────────────────────────────────────────────────────────────────────────────────

export interface TotpVerifier {
  generateSecret(): string;
  /** `otpauth://totp/...` for an authenticator app. */
  keyUri(secret: string, account: string, issuer: string): string;
  /**
   * Checks `token` at `at`; `afterTimeStep` refuses a step already used (replay). On success gives
   * the time step matched, to be stored as the new `afterTimeStep`.
   */
  verify(
    secret: string,
    token: string,
    at: Date,
    afterTimeStep?: number,
  ): Promise<{ ok: true; timeStep: number } | { ok: false }>;
}

// ── Schedules and cross-instance locks ─────────────────────────────────────────────────────────

export interface ScheduledJob {
  stop(): void;
}

/** Cron-style recurring work (expiry and archive sweeps), in UTC. */
export interface Scheduler {
  schedule(name: string, cron: string, task: () => Promise<void>): ScheduledJob;
  stopAll(): void;
}

/**
 * Runs `fn` only when no other instance holds `key` (PostgreSQL advisory lock, transaction-scoped):
 * with several instances on one database each sweep runs once.
 */
export interface InstanceLock {
  tryWithLock<T>(key: string, fn: () => Promise<T>): Promise<{ acquired: true; value: T } | { acquired: false }>;
}
