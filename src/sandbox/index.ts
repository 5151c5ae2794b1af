// The sandbox's public face: run skill methods in isolates inside supervised worker processes,
// trial-run a skill, and an in-memory record store for database-free runs.
export type {
  CallOutcome,
  Sandbox,
  SandboxErrorCode,
  SandboxEvent,
  SandboxOptions,
  SkillCall,
  TrialInput,
  TrialReport,
  TrialStep,
  Violation,
} from "./types.js";
export { createSandbox } from "./sandbox.js";
export { createMemoryRecordStore, type MemoryStoreOptions } from "./memory-store.js";
