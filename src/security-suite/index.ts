// The security suite's public face: read payload folders, run every payload against both lines of
// defence (the audit, and the sandbox with the audit off), and render the report.
export type {
  AttemptResult,
  AuditLine,
  CategoryTotals,
  Escape,
  Payload,
  PayloadStory,
  SandboxLine,
  SuiteLines,
  SuiteReport,
} from "./types.js";
export { loadPayloads, PayloadError } from "./payloads.js";
export { runSuite, SUITE_LIMITS, type SuiteOptions } from "./run-suite.js";
export { SUITE_FAULTS, type SuiteFault } from "./faults.js";
export { BENIGN_SKILL } from "./benign-skill.js";
export { formatReport } from "./report-text.js";
export { renderReportHtml } from "./report-html.js";
