import type { Capability, JsonSchema } from "../contract/index.js";

/** Closed set of version states. Only `approved` versions may become active. */
export type VersionStatus = "audit_failed" | "trial_failed" | "awaiting_approval" | "approved" | "rejected";
export const VERSION_STATUSES: readonly VersionStatus[] = [
  "audit_failed", "trial_failed", "awaiting_approval", "approved", "rejected",
];

export type SkillStatus = "active" | "inactive" | "archived";
export const SKILL_STATUSES: readonly SkillStatus[] = ["active", "inactive", "archived"];

/** One immutable version of a skill (`custom-water-tracker@v1.0.0`). */
export interface SkillVersion {
  id: string;
  skillId: string;
  slug: string;
  version: string;
  sourceSha256: string;
  capabilities: Capability[];
  configSchema: JsonSchema;
  status: VersionStatus;
  createdAt: string;
}
