// Story: a source written to stall or swell the audit (technique: a few dozen KiB whose parse,
// scope analysis and per-site analyses take seconds and a few hundred MB — see
// bench/audit-adversarial.ts for the shapes) tries to hold the service's thread and memory, or to
// pass because the audit gave up. Defence: the audit runs in a worker thread with a deadline and
// a heap cap; at either the answer is a refusal (`audit-budget`) with no capabilities, and the
// service's own thread keeps answering meanwhile. Canaries: the service's timers fire while the
// pathological audit runs, and an ordinary audit sent meanwhile gets its real answer.
import { afterEach, describe, expect, it } from "vitest";
import { auditSkill, createAuditor, type Auditor } from "../../../src/validator/index.js";
import { SHELL_CAPABILITIES, skillShell } from "./skill-shell.js";

/** Thousands of builder-helper call sites, each followed on its own, just under the size limit. */
const PATHOLOGICAL = skillShell('await t("notes").select();\n'.repeat(1_900), "method", "ts").replace(
  "export default {",
  "function t(n: string) { return db.from(n); }\nexport default {",
);
const ORDINARY = skillShell("", "method", "ts");

let auditor: Auditor | undefined;
afterEach(async () => {
  await auditor?.close();
  auditor = undefined;
});

describe("a source that stalls or swells the audit", () => {
  it("is a whole skill the audit would otherwise take its time over and pass (so the refusal below is the budget's)", () => {
    const report = auditSkill({ source: PATHOLOGICAL });
    expect(report.findings).toEqual([]);
    expect(report.capabilities).toEqual(SHELL_CAPABILITIES);
  });

  it("is refused at the deadline with audit-budget and no capabilities, while the service's thread and an ordinary audit carry on", async () => {
    // A short deadline, so the refusal does not depend on how fast this machine is; the ordinary
    // audit runs meanwhile in the same process under the default one.
    auditor = createAuditor({ deadlineMs: 150 });
    const other = createAuditor();
    try {
      await Promise.all([auditor.audit({ source: ORDINARY }), other.audit({ source: ORDINARY })]);
      let ticks = 0;
      let ticksBeforeAnswer = -1;
      const beat = setInterval(() => ticks++, 1);
      const attack = auditor.audit({ source: PATHOLOGICAL }).then((r) => ((ticksBeforeAnswer = ticks), r));
      const [refused, answered] = await Promise.all([attack, other.audit({ source: ORDINARY })]);
      clearInterval(beat);
      expect(refused.ok).toBe(false);
      expect(refused.findings.map((f) => f.rule)).toEqual(["audit-budget"]);
      expect(refused.capabilities).toEqual([]);
      expect(answered).toEqual(auditSkill({ source: ORDINARY }));
      // An audit on the service's thread would hold it: no timer could fire before its answer.
      expect(ticksBeforeAnswer).toBeGreaterThan(0);
    } finally {
      await other.close();
    }
  });

  it("is refused with audit-budget when it outgrows the heap cap, never passed", async () => {
    auditor = createAuditor({ heapMb: 40, deadlineMs: 120_000 });
    const report = await auditor.audit({ source: PATHOLOGICAL });
    expect(report.ok).toBe(false);
    expect(report.findings.map((f) => [f.rule, f.message])).toEqual([["audit-budget", expect.stringMatching(/heap/)]]);
  });
});
