import type { Capability } from "../contract/index.js";

/** Channels a one-time code can travel on; approval needs two different ones. */
export type Channel = "sms" | "email" | "totp";
export const CHANNELS: readonly Channel[] = ["sms", "email", "totp"];

/** Closed set of approval states; `transition` in the approval stage is the only way between them. */
export type ApprovalStatus = "pending" | "approved" | "rejected" | "expired";
export const APPROVAL_STATUSES: readonly ApprovalStatus[] = ["pending", "approved", "rejected", "expired"];

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
