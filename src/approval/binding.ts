// What a request binds to, as hashes. The fingerprint is a short form of the binding hash shown on
// every channel and page, so a human can see that the SMS, the email and the page speak of one thing.
import { createHash } from "node:crypto";
import { normalizeCapabilities } from "../contract/index.js";

export function sha256Hex(text: string): string {
  return createHash("sha256").update(text, "utf8").digest("hex");
}

/** Hash of the canonical (sorted, de-duplicated) capability set. */
export function capabilitiesSha256(caps: readonly string[]): string {
  return sha256Hex(JSON.stringify(normalizeCapabilities(caps)));
}

export interface BindingParts {
  approvalId: string;
  tenantId: string;
  versionId: string;
  sourceSha256: string;
  capabilitiesSha256: string;
  disclosureSha256: string;
  expiresAt: string;
}

/** One fixed field order: the same request always gives the same bytes. */
export function bindingSha256(p: BindingParts): string {
  return sha256Hex(
    JSON.stringify([
      "skillforge-approval-v1",
      p.approvalId,
      p.tenantId,
      p.versionId,
      p.sourceSha256,
      p.capabilitiesSha256,
      p.disclosureSha256,
      p.expiresAt,
    ]),
  );
}

/** `9F2C-1A7B`: the first 32 bits of the binding hash. */
export function fingerprintOf(bindingHex: string): string {
  const h = bindingHex.slice(0, 8).toUpperCase();
  return `${h.slice(0, 4)}-${h.slice(4, 8)}`;
}
