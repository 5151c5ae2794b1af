// The suite's side of the audit process: one request at a time, each under a deadline; a hang or
// a crash kills the process (a new one starts for the next request) and is that attempt's verdict.
import { fork, type ChildProcess } from "node:child_process";
import type { AuditRequest, FromAuditor } from "./attempt-protocol.js";
import type { AuditLine, Payload } from "./types.js";

export type AuditResult = Omit<AuditLine, "escaped">;

export interface Auditor {
  audit(payload: Payload): Promise<AuditResult>;
  close(): void;
}

const failed = (message: string): AuditResult => ({
  verdict: "error",
  rules: [],
  capabilities: [],
  findings: [{ rule: "auditor-error", line: 0, column: 0, message }],
});

export function createAuditor(childPath: string, timeoutMs: number): Auditor {
  let child: ChildProcess | undefined;
  let n = 0;
  const stop = () => {
    child?.kill("SIGKILL");
    child = undefined;
  };
  const start = () => {
    const proc = fork(childPath, [], { execArgv: [], stdio: ["ignore", "ignore", "ignore", "ipc"], serialization: "json" });
    // An auditor that dies between requests is replaced by the next one.
    proc.on("exit", () => child === proc && (child = undefined));
    return proc;
  };
  return {
    audit(payload) {
      const proc = (child ??= start());
      const req: AuditRequest = { n: ++n, source: payload.source, language: payload.language };
      return new Promise<AuditResult>((resolve) => {
        const done = (result: AuditResult, kill: boolean) => {
          clearTimeout(timer);
          proc.off("message", onMessage).off("exit", onExit);
          if (kill) stop();
          resolve(result);
        };
        const onMessage = (m: FromAuditor) => m.n === req.n && done(m.audit, false);
        const onExit = () => done(failed("the auditor process ended while auditing this payload"), true);
        const timer = setTimeout(() => done(failed(`the audit gave no verdict within ${timeoutMs} ms`), true), timeoutMs);
        proc.on("message", onMessage).on("exit", onExit);
        // A send to an auditor that just died fails with EPIPE; its exit answers this request.
        proc.send(req, () => {});
      });
    },
    close: stop,
  };
}
