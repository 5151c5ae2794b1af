import { describe, expect, it } from "vitest";
import { deadlineWait } from "./auditor.js";
import { currentThreadId, threadCpuMs } from "./thread-cpu.js";

const linux = process.platform === "linux";

describe.runIf(linux)("a thread's CPU time, from /proc", () => {
  it("names the calling thread and counts CPU it spends, not time it waits", () => {
    const tid = currentThreadId();
    expect(Number.isInteger(tid)).toBe(true);
    const start = threadCpuMs(tid!)!;
    expect(start).toBeGreaterThanOrEqual(0);
    // Waiting 200 ms without running costs (almost) no CPU.
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 200);
    const afterWait = threadCpuMs(tid!)!;
    expect(afterWait - start).toBeLessThan(100);
    // Spinning until 60 ms of CPU are counted ends well inside its bound, however busy the machine.
    const until = Date.now() + 20_000;
    let spun = afterWait;
    while (spun - afterWait < 60 && Date.now() < until) spun = threadCpuMs(tid!)!;
    expect(spun - afterWait).toBeGreaterThanOrEqual(60);
  });

  it("answers null for a thread this process does not have", () => {
    expect(threadCpuMs(2 ** 30)).toBeNull();
  });
});

describe("the audit deadline, in the audit thread's CPU time", () => {
  it("refuses once the thread has used the deadline's CPU", () => {
    expect(deadlineWait(2_000, 2_000, 2_000, 10_000)).toBe(0);
    expect(deadlineWait(2_500, 2_600, 2_000, 10_000)).toBe(0);
  });

  it("waits on while a starved thread has used less, for at most what it still lacks", () => {
    expect(deadlineWait(500, 2_000, 2_000, 10_000)).toBe(1_500);
    expect(deadlineWait(1_995, 2_000, 2_000, 10_000)).toBe(10);
  });

  it("never waits past the wall cap", () => {
    expect(deadlineWait(500, 9_500, 2_000, 10_000)).toBe(500);
    expect(deadlineWait(500, 10_000, 2_000, 10_000)).toBe(0);
  });

  it("falls back to the wall clock where the thread's CPU time is unknown", () => {
    expect(deadlineWait(null, 2_000, 2_000, 10_000)).toBe(0);
  });
});
