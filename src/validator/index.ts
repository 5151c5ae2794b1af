// The validator's public face: one pure, synchronous audit (source in, report out), and the
// text the CLI prints for it.
export type { AuditInput, AuditReport, Finding } from "./types.js";
export { auditSkill } from "./audit.js";
export { formatAuditReport } from "./format.js";
export { RULES, type RuleId } from "./rules.js";
