// The skill contract (../shared/SKILL-CONTRACT.md) as code, and the seams every stage meets at:
// the capability table, naming rules, limits, statuses, report shapes, the error table and the
// ports through which side effects come in. Data, types and tiny pure functions only.
export * from "./capabilities.js";
export * from "./errors.js";
export * from "./limits.js";
export * from "./names.js";
export * from "./ports.js";
export * from "./records.js";
export * from "./reports.js";
export * from "./statuses.js";
export * from "./types.js";
export * from "./globals.js";
