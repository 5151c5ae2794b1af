import type { Capability } from "../contract/index.js";
import type { ApprovalRow } from "../storage/index.js";
import type { Approval } from "./types.js";

/** The stored row as the gateway hands it out: plain data, ISO times, never a code. */
export function toApproval(r: ApprovalRow): Approval {
  return {
    id: r.id, tenantId: r.tenantId, skillId: r.skillId, versionId: r.versionId,
    sourceSha256: r.sourceSha256, capabilities: r.capabilities as Capability[], capabilitiesSha256: r.capabilitiesSha256,
    disclosureSha256: r.disclosureSha256, fingerprint: r.fingerprint, status: r.status,
    channels: r.channels, confirmed: r.confirmed, undeliverable: r.undeliverable,
    createdAt: r.createdAt.toISOString(), expiresAt: r.expiresAt.toISOString(),
    ...(r.decidedAt ? { decidedAt: r.decidedAt.toISOString() } : {}),
  };
}
