// The audit line in a process of its own. The audit only parses a payload (none of its code runs
// here), so one auditor serves many attempts and pays for loading Babel once. It audits the way the
// service does (the validator's auditor: a worker thread with a deadline and a heap cap), so a
// payload that makes the audit slow or large is refused as it would be there; an attempt that
// still makes this process hang or crash costs that attempt an "error" verdict and a restart.
import { createAuditor } from "../validator/index.js";
import type { AuditRequest, FromAuditor } from "./attempt-protocol.js";
import { endWithParent } from "./orphan.js";
import type { AuditLine } from "./types.js";

const auditor = createAuditor({ maxWorkers: 1 });

async function audit(req: AuditRequest): Promise<Omit<AuditLine, "escaped">> {
  try {
    const r = await auditor.audit({ source: req.source, language: req.language });
    return {
      verdict: r.ok ? "passed" : "blocked",
      rules: [...new Set(r.findings.map((f) => f.rule))].sort(),
      capabilities: [...r.capabilities],
      findings: r.findings.map(({ rule, line, column, message }) => ({ rule, line, column, message })),
    };
  } catch (err) {
    return {
      verdict: "error",
      rules: [],
      capabilities: [],
      findings: [{ rule: "auditor-error", line: 0, column: 0, message: String(err) }],
    };
  }
}

endWithParent();

process.on("message", async (req: AuditRequest) => {
  const reply: FromAuditor = { n: req.n, audit: await audit(req) };
  process.send!(reply);
});
