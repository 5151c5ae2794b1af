// The validator's public face. Callers audit through `createAuditor()`: a warm worker thread per
// audit slot, with a deadline and a heap cap, so any source gets an answer in bounded time and
// memory. `auditSkill` is the same audit, synchronous and unbounded in the calling thread: for
// tests and benches only (tests/architecture keeps it out of src/).
export type { AuditInput, AuditReport, Finding } from "./types.js";
export { auditSkill } from "./audit.js";
export { createAuditor, type Auditor, type AuditorOptions } from "./auditor.js";
export { AUDIT_DEADLINE_MS, AUDIT_HEAP_MB, AUDIT_SOURCE_MAX_CHARS, AUDIT_WALL_CAP_MS } from "./budget.js";
export { formatAuditReport } from "./format.js";
export { RULES, type RuleId } from "./rules.js";
