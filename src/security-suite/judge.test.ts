import { describe, expect, it } from "vitest";
import { DEFAULT_SANDBOX_LIMITS } from "../contract/index.js";
import { auditEscaped, floods, heldBy, serviceEscapes, trialCalls } from "./judge.js";

describe("judge", () => {
  it("names the defence that held from the refusal codes; calls that all ran were held by isolation", () => {
    expect(
      heldBy([
        { method: "getData", ok: false, code: "SANDBOX_TIMEOUT" },
        { method: "getData", ok: false, code: "SANDBOX_CAPABILITY_DENIED" },
      ]),
    ).toEqual(["capability check", "time cap"]);
    expect(heldBy([{ method: "getData", ok: true }])).toEqual(["isolation (every call ran, nothing reached the host)"]);
  });

  it("leaves out the trial's own invalid-params step and reads the code from a step's error", () => {
    const calls = trialCalls({
      ok: false,
      peakHeapBytes: 0,
      steps: [
        { method: "executeAction", action: "go", invalidParams: true, ok: true, ms: 1 },
        { method: "getData", ok: false, ms: 1000, error: "SANDBOX_TIMEOUT: the call ran past 1000 ms" },
      ],
    });
    expect(calls).toEqual([{ method: "getData", ok: false, code: "SANDBOX_TIMEOUT" }]);
  });

  it("counts logs over the console cap and results over the result cap as floods", () => {
    const limits = DEFAULT_SANDBOX_LIMITS;
    expect(floods({ logs: ["x".repeat(limits.consoleBytes)], value: "ok" }, limits)).toEqual([]);
    expect(floods({ logs: ["x".repeat(limits.consoleBytes + 2048)] }, limits).map((e) => e.check)).toEqual(["log-flood"]);
    expect(floods({ logs: [], value: "z".repeat(limits.resultBytes + 1) }, limits).map((e) => e.check)).toEqual(["result-flood"]);
  });

  it("turns what the suite saw of the service process into escapes", () => {
    const calm = { silenceMs: 150, peakRssMb: { service: 90, worker: 200 } };
    expect(serviceEscapes(calm, 512)).toEqual([]);
    const bad = serviceEscapes({ died: "exit 0", hung: 23_000, silenceMs: 2_500, peakRssMb: { service: 600, worker: 700 } }, 512);
    expect(bad.map((e) => e.check)).toEqual([
      "service-died",
      "attempt-hung",
      "service-unresponsive",
      "service-rss",
      "worker-rss",
    ]);
  });

  it("counts the audit as escaped only when it must block and did not", () => {
    expect(auditEscaped("passed", true)).toBe(true);
    expect(auditEscaped("error", true)).toBe(true);
    expect(auditEscaped("blocked", true)).toBe(false);
    expect(auditEscaped("passed", false)).toBe(false);
    expect(auditEscaped("skipped", true)).toBe(false);
  });
});
