// The sandbox's public face. The runtime lands with the sandbox stage.
export type { CallOutcome, SandboxErrorCode, SkillCall, TrialReport, TrialStep } from "./types.js";
