// The audit's and the trial's reports as a reader wants them: one line that says how it went,
// and the detail (each finding with its line, each trial step with its time) one click away.
import type { SkillVersion } from "../../registry/index.js";

const STEP_NAME: Record<string, string> = {
  getActions: "listed its actions",
  executeAction: "ran an action",
  getData: "read its data",
  getInsights: "computed insights",
};

export function AuditSummary(props: { audit: SkillVersion["audit"] }) {
  const a = props.audit;
  if (!a) return <p class="muted">Audit: no report kept for this version.</p>;
  return (
    <div>
      <p>
        Audit: <span class={`badge ${a.ok ? "good" : "bad"}`}>{a.ok ? "passed" : "failed"}</span>{" "}
        {a.findings.length === 0 ? "no findings" : `${a.findings.length} finding${a.findings.length === 1 ? "" : "s"}`}, risk{" "}
        <span class={`risk-${a.risk}`}>{a.risk}</span>.
      </p>
      {a.findings.length ? (
        <details>
          <summary>The audit's findings</summary>
          <ul>
            {a.findings.map((f) => (
              <li>
                Line {f.line}: {f.message} <span class="muted">({f.rule})</span>
                {f.excerpt ? (
                  <pre>
                    <code>{f.excerpt}</code>
                  </pre>
                ) : null}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </div>
  );
}

export function TrialSummary(props: { trial: SkillVersion["trial"] }) {
  const t = props.trial;
  if (!t) return <p class="muted">Trial: no report kept for this version.</p>;
  const passed = t.steps.filter((s) => s.ok).length;
  const ms = t.steps.reduce((sum, s) => sum + s.ms, 0);
  return (
    <div>
      <p>
        Trial in the sandbox: <span class={`badge ${t.ok ? "good" : "bad"}`}>{t.ok ? "passed" : "failed"}</span> {passed} of{" "}
        {t.steps.length} steps passed in {Math.round(ms)} ms, peak heap {(t.peakHeapBytes / 1024 / 1024).toFixed(1)} MB.
      </p>
      <details>
        <summary>The trial's steps</summary>
        <ol>
          {t.steps.map((s) => (
            <li>
              {s.ok ? "✓" : "✗"} {STEP_NAME[s.method] ?? s.method}
              {s.action ? (
                <>
                  {" "}
                  <code>{s.action}</code>
                </>
              ) : null}
              {s.invalidParams ? " with params its schema refuses (passes when the host refuses them)" : ""} · {s.ms.toFixed(1)}{" "}
              ms{s.error ? <span class="muted"> · {s.error}</span> : null}
            </li>
          ))}
        </ol>
      </details>
    </div>
  );
}
