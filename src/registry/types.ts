import type { Capability, JsonSchema, VersionStatus } from "../contract/index.js";

export type { SkillStatus, VersionStatus } from "../contract/index.js";
export { SKILL_STATUSES, VERSION_STATUSES } from "../contract/index.js";

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
