// CPU time of this process's main thread alone (the service's event loop), from Linux procfs:
// `process.cpuUsage()` also counts the load generator's worker thread and V8's helper threads.
// The kernel counts in clock ticks (10 ms), so a figure needs a few seconds of work behind it.
import { readFileSync } from "node:fs";

const TICK_US = 10_000;

/** Main-thread user + system CPU in µs so far, or undefined where procfs is not there. */
export function mainThreadCpuUs(): number | undefined {
  try {
    const stat = readFileSync(`/proc/self/task/${process.pid}/stat`, "utf8");
    // Fields after the command name, which is in parentheses and may hold spaces.
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return (Number(fields[11]) + Number(fields[12])) * TICK_US;
  } catch {
    return undefined;
  }
}
