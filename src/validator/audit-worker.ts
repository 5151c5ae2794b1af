// The thread an audit runs in (see auditor.ts). It parses and walks what it is sent and runs none
// of it; the auditor kills it at the deadline or when it outgrows its heap, so a source that makes
// the audit slow or large costs a refusal, never the service's own thread.
import { parentPort } from "node:worker_threads";
import { auditSkill } from "./audit.js";
import { currentThreadId } from "./thread-cpu.js";
import type { AuditInput, AuditReport } from "./types.js";

export type AuditRequest = { n: number; input: AuditInput };
export type FromAuditWorker =
  { ready: true; tid: number | null } | { n: number; report: AuditReport } | { n: number; error: string };

/** A small skill audited once at start: Babel, sucrase and ajv load, and the hot paths compile, before the first real audit. */
const WARM_UP = `const T = "warm_up";
export default { slug: "custom-warm-up",
  getActions() { return [{ slug: "add", name: "Add", description: "Add", params_schema: { type: "object" } }]; },
  async executeAction(ctx: unknown, action: string, params: { n?: number }) { await db.from(T).insert({ n: params.n ?? 0 }); return { success: true }; },
  async getData() { const rows = await db.from(T).select().limit(10); return { rows, total: rows.length }; },
  async getInsights() { return [{ type: "info", title: "t", message: \`\${[1, 2].map((x) => x * 2).join(",")}\` }]; } };`;

const port = parentPort;
if (!port) throw new Error("audit-worker.js runs as a worker thread of the auditor");
auditSkill({ source: WARM_UP });
// The thread's kernel id lets the auditor read the CPU time this thread spends (thread-cpu.ts).
port.postMessage({ ready: true, tid: currentThreadId() } satisfies FromAuditWorker);
port.on("message", (req: AuditRequest) => {
  let answer: FromAuditWorker;
  try {
    answer = { n: req.n, report: auditSkill(req.input) };
  } catch (err) {
    answer = { n: req.n, error: err instanceof Error ? err.message.split("\n")[0]! : String(err) };
  }
  port.postMessage(answer);
});
