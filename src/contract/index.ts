// The skill contract (../shared/SKILL-CONTRACT.md) as code: the one place every stage reads
// the capability table, the naming rules and the default limits from. Data and types only.
export * from "./capabilities.js";
export * from "./limits.js";
export * from "./records.js";
export * from "./types.js";
