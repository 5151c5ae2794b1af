// Verified API keys cached in-process, so an authenticated request costs no database round trip.
// Bounded (LRU by insertion order refreshed on hit) and short-lived: a revocation in this process
// clears the cache at once, and one in another instance is seen within `ttlMs` (1 s by default).
// Unknown keys are cached too (briefly), so a flood of bad tokens does not become a flood of queries.
import { hash } from "node:crypto";
import type { Clock } from "../../contract/index.js";
import type { KeyLookup, Principal } from "./auth.js";

export interface KeyCacheOptions {
  lookup: KeyLookup;
  clock: Clock;
  ttlMs?: number;
  max?: number;
  /** Called with the key id of every authenticated request (batched `lastUsedAt`). */
  onUse?: (keyId: string) => void;
}

export interface KeyCache {
  lookup: KeyLookup;
  /** Forget everything (a key was revoked or its scopes changed). */
  clear(): void;
}

export function createKeyCache(options: KeyCacheOptions): KeyCache {
  const ttl = options.ttlMs ?? 1_000;
  const max = options.max ?? 10_000;
  // Keyed by the token's hash: the cache never holds a usable token.
  const entries = new Map<string, { principal: Principal | undefined; until: number }>();
  return {
    async lookup(token) {
      const id = hash("sha256", token, "base64url");
      const now = options.clock.now().getTime();
      const hit = entries.get(id);
      let principal: Principal | undefined;
      if (hit && hit.until > now) {
        principal = hit.principal;
        entries.delete(id);
        entries.set(id, hit);
      } else {
        principal = await options.lookup(token);
        entries.delete(id);
        if (entries.size >= max) entries.delete(entries.keys().next().value!);
        entries.set(id, { principal, until: now + ttl });
      }
      if (principal) options.onUse?.(principal.key.id);
      return principal;
    },
    clear: () => entries.clear(),
  };
}
