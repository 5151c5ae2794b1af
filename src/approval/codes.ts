// One-time codes: drawn from the CSPRNG behind `Ids.randomInt`, stored only as an HMAC over
// (binding, channel, code) with a key derived from the server's secret key. A code for one request
// or channel is worthless on another, and a database dump gives no code.
import { createHmac, hkdfSync, timingSafeEqual } from "node:crypto";
import type { Channel, Ids } from "../contract/index.js";

export const CODE_DIGITS: Readonly<Record<Channel, number>> = Object.freeze({ sms: 6, totp: 6, email: 8 });
export const CODE_VALID_MS = 10 * 60 * 1000;
export const MAX_ATTEMPTS_PER_CODE = 5;
export const MAX_ATTEMPTS_PER_REQUEST = 10;
/** The first code plus three resends. */
export const MAX_CODES_PER_CHANNEL = 4;
export const MAX_SENDS_PER_DESTINATION = 5;
export const SEND_WINDOW_MS = 10 * 60 * 1000;

/** A key for code HMACs and page tokens, derived from the secret key (HKDF), never the key itself. */
export function deriveCodeKey(secretKeyBase64: string): Buffer {
  return Buffer.from(
    hkdfSync("sha256", Buffer.from(secretKeyBase64, "base64"), Buffer.alloc(0), "skillforge approval codes v1", 32),
  );
}

export function newCode(ids: Ids, digits: number): string {
  return String(ids.randomInt(0, 10 ** digits)).padStart(digits, "0");
}

export function codeHmac(key: Buffer, binding: string, channel: string, code: string): string {
  return createHmac("sha256", key).update(`${binding}\n${channel}\n${code}`).digest("hex");
}

/** Spaces and dashes a human types are dropped; anything else that is not a digit fails. */
export function normalizeCode(input: string): string {
  return input.replace(/[\s-]/g, "");
}

/** Constant-time compare of the HMAC of `input` with the stored one. */
export function codeMatches(key: Buffer, binding: string, channel: string, input: string, storedHex: string): boolean {
  const given = Buffer.from(codeHmac(key, binding, channel, normalizeCode(input)), "hex");
  const stored = Buffer.from(storedHex, "hex");
  return stored.length === given.length && timingSafeEqual(given, stored);
}

/** Unguessable, derived (not stored) token for the approval page and the email's reject link. */
export function pageToken(key: Buffer, approvalId: string, purpose: "page" | "reject"): string {
  return createHmac("sha256", key).update(`page-token\n${purpose}\n${approvalId}`).digest("base64url");
}

export function tokenMatches(key: Buffer, approvalId: string, purpose: "page" | "reject", given: string | undefined): boolean {
  if (!given) return false;
  const want = Buffer.from(pageToken(key, approvalId, purpose));
  const got = Buffer.from(given);
  return got.length === want.length && timingSafeEqual(got, want);
}
