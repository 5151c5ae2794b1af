// The report as one self-contained HTML page (no scripts, no external files) a reviewer can attach
// to a review; the dashboard shows the same JSON. Every text from a payload is escaped.
import type { AttemptResult, SuiteReport } from "./types.js";

const esc = (v: string | number) => String(v).replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);

function row(a: AttemptResult): string {
  const audit = `${a.audit.verdict}${a.audit.rules.length ? ` (${a.audit.rules.join(", ")})` : ""}`;
  const sandbox =
    a.sandbox.verdict === "escaped"
      ? a.sandbox.escapes.map((e) => `${e.check}: ${e.detail}`).join("; ")
      : a.sandbox.verdict === "skipped"
        ? "not run"
        : `contained by ${a.sandbox.heldBy.join(", ")}`;
  return `<tr class="${a.audit.escaped || a.sandbox.verdict === "escaped" ? "escaped" : ""}">
<td><code>${esc(a.id)}</code></td><td>${esc(a.category)}</td><td>${esc(a.technique)}<br><small>${esc(a.tries)}</small></td>
<td class="${a.audit.escaped ? "bad" : ""}">${esc(audit)}<br><small>capabilities: ${esc(a.audit.capabilities.join(", ") || "none")}</small></td>
<td class="${a.sandbox.verdict === "escaped" ? "bad" : ""}">${esc(sandbox)}</td><td>${a.ms}</td></tr>`;
}

export function renderReportHtml(report: SuiteReport): string {
  const t = report.totals;
  const cats = report.categories
    .map(
      (c) =>
        `<tr><td>${esc(c.category)}</td><td>${c.attempts}</td><td>${c.auditBlocked}</td><td>${c.auditEscaped}</td><td>${c.sandboxEscaped}</td></tr>`,
    )
    .join("\n");
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>skillforge security suite</title>
<style>body{font:14px system-ui,sans-serif;margin:2rem}table{border-collapse:collapse;margin:1rem 0}td,th{border:1px solid #ccc;padding:4px 8px;text-align:left;vertical-align:top}tr.escaped{background:#fee}.bad{color:#b00;font-weight:bold}small{color:#555}</style>
</head><body>
<h1>Security suite: ${report.ok ? "both lines held" : "escapes found"}</h1>
<p>${t.attempts} attempts, started ${esc(report.startedAt)}, ${(report.ms / 1000).toFixed(1)} s. Audit: ${t.auditBlocked} blocked, ${t.auditEscaped} let through where it must hold. Sandbox (audit off): ${t.attempts - t.sandboxEscaped} contained, ${t.sandboxEscaped} escaped. Call cap ${report.limits.callTimeoutMs} ms, heap ${report.limits.memoryMb} MB.</p>
<h2>Per category</h2>
<table><tr><th>category</th><th>attempts</th><th>audit blocked</th><th>audit escaped</th><th>sandbox escaped</th></tr>
${cats}</table>
<h2>Attempts</h2>
<table><tr><th>payload</th><th>category</th><th>technique</th><th>audit</th><th>sandbox</th><th>ms</th></tr>
${report.attempts.map(row).join("\n")}</table>
</body></html>
`;
}
