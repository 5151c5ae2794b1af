// The registry's public face: immutable versions, activation bound to an approval, rollback,
// calling the active version in the sandbox, usage, auto-archive, export and import.
export type {
  CallMethod,
  CallRequest,
  CallResult,
  ChangeBase,
  GeneratorInfo,
  NewVersionInput,
  Quarantine,
  RegistryDeps,
  RegistryLogger,
  RegistryOptions,
  SkillBundle,
  SkillDetail,
  SkillStatus,
  SkillSummary,
  SkillVersion,
  SweepResult,
  SwitchResult,
  VersionStatus,
  VersionReview,
  VersionUsage,
} from "./types.js";
export { SKILL_STATUSES, VERSION_STATUSES } from "./types.js";
export { createRegistry, type Registry } from "./registry.js";
export { fieldsAdded } from "./queries.js";
export { bundleToTarGz, isTarGz, readBundle, writeBundle } from "./bundle-files.js";
export { skillMdProblems } from "./skill-md.js";
export { parseVersionArg, versionTag } from "./semver.js";
