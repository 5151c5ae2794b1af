import { describeCapability } from "../contract/index.js";
import type { AuditReport } from "./types.js";

/** The human-readable report `skillforge audit` prints (one finding per line, then the excerpt). */
export function formatAuditReport(file: string, report: AuditReport): string {
  const name = report.slug ? `${file} (${report.slug})` : file;
  const lines: string[] = [];
  if (report.ok) {
    lines.push(`✔ ${name}: passed the audit — risk ${report.risk}`);
  } else {
    const n = report.findings.length;
    lines.push(`✘ ${name}: blocked — ${n} finding${n === 1 ? "" : "s"}`);
    for (const f of report.findings) {
      lines.push(`  ${file}:${f.line}:${f.column + 1}  ${f.rule}  ${f.message}`);
      if (f.excerpt) lines.push(`      │ ${f.excerpt}`);
    }
  }
  if (report.capabilities.length > 0) {
    lines.push(report.ok ? "capabilities (what the user is asked to approve):" : "capabilities found so far:");
    for (const cap of report.capabilities) lines.push(`  ${cap.padEnd(36)} ${describeCapability(cap)}`);
  } else {
    lines.push("capabilities: none");
  }
  return lines.join("\n");
}
