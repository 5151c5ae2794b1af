// Per-tenant token buckets on the routes that cost the service (generate), that a guesser hammers
// (code confirm), or that a runaway assistant loops on (skill runs). One bucket per (tenant, class):
// one tenant's burst never spends another tenant's budget. Time comes from the injected clock.
import type { MiddlewareHandler } from "hono";
import type { Clock } from "../../contract/index.js";
import type { RateLimitClass, RateLimits } from "../../config/index.js";
import type { AuthEnv } from "./auth.js";
import { ApiError } from "./errors.js";

export type RateTake = { ok: true } | { ok: false; retryAfterSeconds: number };

export interface RateLimiter {
  take(tenantId: string, cls: RateLimitClass): RateTake;
  /** Buckets held now (a full bucket is forgotten: it says nothing a fresh one would not). */
  size(): number;
}

interface Bucket {
  cls: RateLimitClass;
  tokens: number;
  at: number;
}

// Idle buckets are swept at most this often, so memory follows the tenants active in the last window.
const SWEEP_EVERY_MS = 60_000;

export function createRateLimiter(limits: RateLimits, clock: Clock): RateLimiter {
  const buckets = new Map<string, Bucket>();
  let sweptAt = clock.now().getTime();

  const refilled = (b: Bucket, now: number) => {
    const { burst, perMs } = limits[b.cls];
    return Math.min(burst, b.tokens + (Math.max(0, now - b.at) * burst) / perMs);
  };

  function sweep(now: number): void {
    sweptAt = now;
    for (const [key, b] of buckets) if (refilled(b, now) >= limits[b.cls].burst) buckets.delete(key);
  }

  return {
    take(tenantId, cls) {
      const now = clock.now().getTime();
      if (now - sweptAt >= SWEEP_EVERY_MS) sweep(now);
      const key = `${cls}:${tenantId}`;
      const { burst, perMs } = limits[cls];
      const b = buckets.get(key);
      const tokens = b ? refilled(b, now) : burst;
      if (tokens < 1) {
        buckets.set(key, { cls, tokens, at: now });
        return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil(((1 - tokens) * perMs) / burst / 1000)) };
      }
      buckets.set(key, { cls, tokens: tokens - 1, at: now });
      return { ok: true };
    },
    size: () => buckets.size,
  };
}

/** The refusal every limited route answers with: 429, a stable code, and Retry-After in seconds. */
export function rateLimitedError(retryAfterSeconds: number): ApiError {
  return new ApiError("TENANT_RATE_LIMITED", `too many requests of this kind for this tenant; retry in ${retryAfterSeconds} s`, {
    retryAfterSeconds,
  });
}

/** Takes one token of `cls` from the caller's tenant bucket (after bearer auth) or refuses with 429. */
export function rateLimit(limiter: RateLimiter, cls: RateLimitClass): MiddlewareHandler<AuthEnv> {
  return async function rateLimitMiddleware(c, next) {
    const taken = limiter.take(c.get("principal").tenant.id, cls);
    if (!taken.ok) throw rateLimitedError(taken.retryAfterSeconds);
    await next();
  };
}
