import type { ApprovalStatus, Capability, Channel } from "../contract/index.js";

export type { ApprovalStatus, Channel } from "../contract/index.js";
export { APPROVAL_STATUSES, CHANNELS } from "../contract/index.js";

export interface Approval {
  id: string;
  tenantId: string;
  versionId: string;
  /** The approval binds to exactly this source and capability set. */
  sourceSha256: string;
  capabilities: Capability[];
  status: ApprovalStatus;
  /** Channels whose code has been confirmed so far. */
  confirmed: Channel[];
  createdAt: string;
  expiresAt: string;
  decidedAt?: string;
}
