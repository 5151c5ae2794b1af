// The audit line in a process of its own. The audit only parses a payload (none of its code runs
// here), so one auditor serves many attempts and pays for loading Babel once; an attempt that
// makes it hang or crash costs that attempt an "error" verdict and the auditor a restart.
import { auditSkill } from "../validator/index.js";
import type { AuditRequest, FromAuditor } from "./attempt-protocol.js";
import { endWithParent } from "./orphan.js";
import type { AuditLine } from "./types.js";

function audit(req: AuditRequest): Omit<AuditLine, "escaped"> {
  try {
    const r = auditSkill({ source: req.source, language: req.language });
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

process.on("message", (req: AuditRequest) => {
  const reply: FromAuditor = { n: req.n, audit: audit(req) };
  process.send!(reply);
});
