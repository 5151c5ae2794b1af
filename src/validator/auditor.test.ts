import { afterEach, describe, expect, it } from "vitest";
import { AUDIT_SOURCE_MAX_CHARS } from "./budget.js";
import { auditSkill, createAuditor, type Auditor } from "./index.js";

const SKILL = `const T = "water_log";
export default { slug: "custom-water", getActions() { return [{ slug: "log", name: "Log", description: "Log", params_schema: { type: "object" } }]; },
  async executeAction() { await db.from(T).insert({ ml: 250 }); return { success: true }; },
  async getData() { return { rows: await db.from(T).select().limit(5) }; }, async getInsights() { return []; } };`;
const HOSTILE = SKILL.replace("async getInsights() { return []; }", "async getInsights() { return [process.env]; }");

/** Many call sites of a builder helper: each is followed on its own, so it takes seconds at the size limit. */
const SLOW = `function t(n: string) { return db.from(n); }
export default { slug: "custom-x", getActions() { return []; }, async executeAction() { return {}; },
  async getData() { ${'await t("tt").select(); '.repeat(2_500)} return {}; }, async getInsights() { return []; } };`;

let auditor: Auditor | undefined;
afterEach(async () => {
  await auditor?.close();
  auditor = undefined;
});

describe("the auditor (the audit in a worker thread)", () => {
  it("answers an ordinary audit exactly as the audit itself does, pass or refuse", async () => {
    auditor = createAuditor();
    for (const source of [SKILL, HOSTILE]) expect(await auditor.audit({ source })).toEqual(auditSkill({ source }));
    expect((await auditor.audit({ source: HOSTILE })).findings.map((f) => f.rule)).toEqual(["host-access"]);
  });

  it("refuses a source over the size limit without sending it to a worker", async () => {
    auditor = createAuditor({ workerPath: "/nonexistent/audit-worker.js", warm: 0 });
    const report = await auditor.audit({ source: "x".repeat(AUDIT_SOURCE_MAX_CHARS + 1) });
    expect(report.ok).toBe(false);
    expect(report.findings.map((f) => f.rule)).toEqual(["audit-budget"]);
  });

  it("refuses at the deadline, with no capabilities", async () => {
    auditor = createAuditor({ deadlineMs: 100 });
    const slow = await auditor.audit({ source: SLOW });
    expect(slow.ok).toBe(false);
    expect(slow.findings.map((f) => [f.rule, f.message])).toEqual([["audit-budget", expect.stringMatching(/within 100 ms/)]]);
    expect(slow.capabilities).toEqual([]);
  });

  it("refuses when the worker outgrows its heap, and answers the next audit from a fresh worker", async () => {
    auditor = createAuditor({ heapMb: 40, deadlineMs: 120_000 });
    const report = await auditor.audit({ source: SLOW });
    expect(report.findings.map((f) => [f.rule, f.message])).toEqual([["audit-budget", expect.stringMatching(/40 MB heap/)]]);
    expect(await auditor.audit({ source: HOSTILE })).toEqual(auditSkill({ source: HOSTILE }));
  });

  it("fails closed when its worker cannot start (a refusal, not a hang or a pass)", async () => {
    auditor = createAuditor({ workerPath: "/nonexistent/audit-worker.js" });
    const report = await auditor.audit({ source: SKILL });
    expect(report.ok).toBe(false);
    expect(report.findings.map((f) => f.rule)).toEqual(["audit-error"]);
  });

  it("refuses the audits still waiting when it is closed", async () => {
    const closing = createAuditor({ maxWorkers: 1 });
    const pending = [closing.audit({ source: SLOW }), closing.audit({ source: SKILL })];
    await closing.close();
    for (const report of await Promise.all(pending)) expect(report.findings.map((f) => f.rule)).toEqual(["audit-error"]);
  });
});
