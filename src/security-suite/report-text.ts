// The report as a terminal table: one line per attempt, totals per category, then every escape
// with what showed it. Payload text is the reviewer's: control characters are escaped by the caller.
import type { AttemptResult, SuiteReport } from "./types.js";

const pad = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}…` : s.padEnd(n));

function auditCell(a: AttemptResult): string {
  const rules = a.audit.rules.length > 0 ? ` ${a.audit.rules.join(",")}` : "";
  return `${a.audit.escaped ? "ESCAPED " : ""}${a.audit.verdict}${rules}`;
}

function sandboxCell(a: AttemptResult): string {
  if (a.sandbox.verdict === "skipped") return "not run";
  if (a.sandbox.verdict === "escaped") return `ESCAPED ${a.sandbox.escapes.map((e) => e.check).join(",")}`;
  return `contained: ${a.sandbox.heldBy.join(", ")}`;
}

export function formatReport(report: SuiteReport): string {
  const lines = [
    `${pad("payload", 52)} ${pad("technique", 44)} ${pad("audit", 30)} ${pad("sandbox", 44)} ms`,
    ...report.attempts.map(
      (a) => `${pad(a.id, 52)} ${pad(a.technique, 44)} ${pad(auditCell(a), 30)} ${pad(sandboxCell(a), 44)} ${a.ms}`,
    ),
    "",
    `${pad("category", 28)} attempts  audit blocked  audit escaped  sandbox escaped`,
    ...report.categories.map(
      (c) =>
        `${pad(c.category, 28)} ${String(c.attempts).padStart(8)}  ${String(c.auditBlocked).padStart(13)}  ${String(c.auditEscaped).padStart(13)}  ${String(c.sandboxEscaped).padStart(15)}`,
    ),
  ];
  const t = report.totals;
  lines.push(
    `${pad("all", 28)} ${String(t.attempts).padStart(8)}  ${String(t.auditBlocked).padStart(13)}  ${String(t.auditEscaped).padStart(13)}  ${String(t.sandboxEscaped).padStart(15)}`,
  );
  const escaped = report.attempts.filter((a) => a.audit.escaped || a.sandbox.verdict === "escaped");
  for (const a of escaped) {
    lines.push("", `ESCAPED ${a.id} (${a.technique})`);
    if (a.audit.escaped) lines.push(`  audit: ${a.audit.verdict}, but this payload must be refused`);
    for (const e of a.sandbox.escapes) lines.push(`  sandbox ${e.check}: ${e.detail}`);
  }
  lines.push(
    "",
    `${report.ok ? "held" : "ESCAPES FOUND"}: ${t.attempts} attempts in ${(report.ms / 1000).toFixed(1)} s, ` +
      `${t.auditEscaped} past the audit where it must hold, ${t.sandboxEscaped} out of the sandbox`,
  );
  return lines.join("\n");
}
