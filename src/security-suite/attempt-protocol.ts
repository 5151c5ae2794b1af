// The messages between the suite and its processes (Node IPC, JSON): an attempt's service
// process, which runs the sandbox line, and the auditor.
import type { Capability, SandboxLimits } from "../contract/index.js";
import type { SuiteFault } from "./faults.js";
import type { AuditLine, Payload, SandboxObservation } from "./types.js";

/** The same for every attempt of a run: given at start, so a service process can start early. */
export interface ServiceSetup {
  limits: SandboxLimits;
  killGraceMs: number;
  workerRssMb: number;
  workerPath?: string;
  fault?: SuiteFault;
}

export interface AttemptSpec {
  source: string;
  /** Approved for the sandbox calls: the payload's own list, else what the audit extracted. */
  capabilities: Capability[];
  run: Payload["run"];
}

export type ToAttempt = { type: "attempt"; spec: AttemptSpec } | { type: "ping" };

export type FromAttempt = { type: "pong" } | { type: "result"; sandbox: SandboxObservation };

export interface AuditRequest {
  n: number;
  source: string;
  language: Payload["language"];
}

export interface FromAuditor {
  n: number;
  audit: Omit<AuditLine, "escaped">;
}
