// One drizzle schema for both drivers (PGlite and PostgreSQL), grouped by table family.
export * from "./enums.js";
export * from "./tenants.js";
export * from "./skills.js";
export * from "./approvals.js";
export * from "./approval-channels.js";
export * from "./records.js";
export * from "./quarantines.js";
