// The CPU time one thread has used, so the audit's deadline can count the auditor's own work
// rather than the wall clock. On a busy machine (a build, a test run, another tenant's load
// beside the service) a worker thread may get a fraction of a core: a wall-clock deadline then
// refuses ordinary skills for the machine's load, not for what they cost to audit.
//
// Linux exposes each thread's user and system time in /proc/<pid>/task/<tid>/stat (fields 14 and
// 15, in clock ticks). A thread learns its own id from /proc/thread-self/stat. Elsewhere both
// functions answer null and the auditor falls back to the wall clock.
import { readFileSync } from "node:fs";

/** USER_HZ: the unit of those fields; 100 on every Linux architecture Node supports. */
const TICK_MS = 10;

/** The calling thread's kernel id, or null where /proc cannot say. */
export function currentThreadId(): number | null {
  const fields = statFields("/proc/thread-self/stat");
  const tid = fields ? Number(fields.pid) : NaN;
  return Number.isInteger(tid) && tid > 0 ? tid : null;
}

/** CPU milliseconds (user + system) thread `tid` of this process has used, or null. */
export function threadCpuMs(tid: number): number | null {
  const fields = statFields(`/proc/self/task/${tid}/stat`);
  if (!fields) return null;
  // After "pid (comm)" come fields 3…; utime and stime are fields 14 and 15.
  const utime = Number(fields.rest[14 - 3]);
  const stime = Number(fields.rest[15 - 3]);
  return Number.isFinite(utime) && Number.isFinite(stime) ? (utime + stime) * TICK_MS : null;
}

function statFields(path: string): { pid: string; rest: string[] } | null {
  let text: string;
  try {
    text = readFileSync(path, "latin1");
  } catch {
    return null;
  }
  // comm (field 2) is in parentheses and may itself hold spaces or parentheses: split after the last ")".
  const close = text.lastIndexOf(")");
  if (close < 0) return null;
  return {
    pid: text.slice(0, text.indexOf(" ")),
    rest: text
      .slice(close + 2)
      .trim()
      .split(" "),
  };
}
