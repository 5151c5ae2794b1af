import type { Capability } from "../contract/index.js";
import type { ApprovalRow } from "../storage/index.js";
import type { Approval } from "./types.js";

/**
 * The stored row as the gateway hands it out: plain data, ISO times, never a code. Read `now`, a
 * pending row past its expiry reads as expired: the sweep writes that state up to a minute later,
 * and a page must not offer a code field for a request no code can approve.
 */
export function toApproval(r: ApprovalRow, now?: Date): Approval {
  if (now && r.status === "pending" && now.getTime() >= r.expiresAt.getTime()) {
    return { ...toApproval(r), status: "expired", decidedAt: r.expiresAt.toISOString() };
  }
  return {
    id: r.id,
    tenantId: r.tenantId,
    skillId: r.skillId,
    versionId: r.versionId,
    sourceSha256: r.sourceSha256,
    capabilities: r.capabilities as Capability[],
    capabilitiesSha256: r.capabilitiesSha256,
    disclosureSha256: r.disclosureSha256,
    fingerprint: r.fingerprint,
    status: r.status,
    channels: r.channels,
    confirmed: r.confirmed,
    undeliverable: r.undeliverable,
    createdAt: r.createdAt.toISOString(),
    expiresAt: r.expiresAt.toISOString(),
    ...(r.decidedAt ? { decidedAt: r.decidedAt.toISOString() } : {}),
  };
}
