// The validator's public face. The audit itself lands with the validator stage.
export type { AuditInput, AuditReport, Finding } from "./types.js";
