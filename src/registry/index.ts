// The registry's public face. Versions, activation and rollback land with the registry stage.
export type { SkillStatus, SkillVersion, VersionStatus } from "./types.js";
export { SKILL_STATUSES, VERSION_STATUSES } from "./types.js";
