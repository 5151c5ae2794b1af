/** SKILL-CONTRACT.md §4: default limits; every one is configurable. */
export interface SandboxLimits {
  memoryMb: number;
  callTimeoutMs: number;
  dbCallsPerCall: number;
  rowsPerSelect: number;
  rowBytes: number;
  resultBytes: number;
  consoleBytes: number;
  /** Console lines per call: empty lines cost almost no bytes, each still costs the host. */
  consoleLines: number;
  /** Summed bytes of every row inserted and every patch applied in one call. */
  writeBytesPerCall: number;
}

export const DEFAULT_SANDBOX_LIMITS: Readonly<SandboxLimits> = Object.freeze({
  memoryMb: 128,
  callTimeoutMs: 5_000,
  dbCallsPerCall: 100,
  rowsPerSelect: 1_000,
  rowBytes: 64 * 1024,
  resultBytes: 1024 * 1024,
  consoleBytes: 64 * 1024,
  consoleLines: 1_000,
  writeBytesPerCall: 1024 * 1024,
});

export const APPROVAL_LIFETIME_MS = 24 * 60 * 60 * 1000;
export const ARCHIVE_AFTER_DAYS = 30;
