// The suite's self-test: a suite that says "contained" proves something only if it would say
// "escaped" when a defence fails. Each story breaks the runner on purpose (a fault that opens one
// hole on the host side of the sandbox) and a payload uses the hole: the suite must report that
// attempt as an escape, by the observable the hole touches, and the same payload without the
// fault must be contained. The payloads are a reviewer's folder, run with no code change.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { loadPayloads, runSuite, type SuiteFault } from "../../../src/security-suite/index.js";

const ROOT = resolve(import.meta.dirname, "../../..");
const childPath = join(ROOT, "dist/src/security-suite/attempt-child.js");

const skill = (body: string) => `export default {
  slug: "custom-self-test",
  getActions() { return []; },
  async executeAction() { return null; },
  async getData(ctx) { ${body} },
  async getInsights() { return []; },
};`;

/** A folder holding one payload and its sidecar, as a reviewer would write them. */
function folder(name: string, source: string, sidecar: object): string {
  const dir = mkdtempSync(join(tmpdir(), "skillforge-self-test-"));
  writeFileSync(join(dir, `${name}.js`), source);
  writeFileSync(join(dir, `${name}.json`), JSON.stringify(sidecar));
  return dir;
}

const story = {
  auditMustBlock: false,
  technique: "uses a hole the self-test opened",
  tries: "the host",
  defence: "none: the hole is real",
};

async function runOne(dir: string, fault?: SuiteFault) {
  const report = await runSuite(loadPayloads(dir, "reviewer"), { childPath, concurrency: 1, ...(fault ? { fault } : {}) });
  expect(report.attempts).toHaveLength(1);
  return { report, attempt: report.attempts[0]! };
}

describe("a deliberately broken runner is reported as an escape", () => {
  const hookWrite = folder(
    "hook-write",
    skill(`await db.from("host_hook").insert({ path: ctx.config.marker, text: "escaped" }); return "wrote";`),
    { ...story, collections: ["host_hook"] },
  );

  it("fault host-file-hook: the payload writes its marker file through the hook → escaped (marker-file), report not ok", async () => {
    const { report, attempt } = await runOne(hookWrite, "host-file-hook");
    expect(attempt.sandbox.verdict).toBe("escaped");
    expect(attempt.sandbox.escapes.map((e) => e.check)).toContain("marker-file");
    expect(report.ok).toBe(false);
    expect(report.totals.sandboxEscaped).toBe(1);
  });

  it("no fault: the same payload is contained, so the escape above was the hole's", async () => {
    const { report, attempt } = await runOne(hookWrite);
    expect(attempt.sandbox).toMatchObject({ verdict: "contained", escapes: [] });
    expect(report.ok).toBe(true);
  });

  it("fault cross-tenant-select: a plain read gets another tenant's canary row → escaped (canary-leak)", async () => {
    const reader = folder("reader", skill(`return await db.from("notes").select();`), { ...story, collections: ["notes"] });
    const broken = await runOne(reader, "cross-tenant-select");
    expect(broken.attempt.sandbox.escapes.map((e) => e.check)).toContain("canary-leak");
    const sound = await runOne(reader);
    expect(sound.attempt.sandbox.verdict).toBe("contained");
  });

  it("fault host-exit-hook: the payload ends the service process → escaped (service-died), and the run still reports", async () => {
    const { attempt } = await runOne(hookWrite, "host-exit-hook");
    expect(attempt.sandbox.escapes.map((e) => e.check)).toContain("service-died");
    expect(attempt.audit.verdict).toBe("passed");
  });
});
