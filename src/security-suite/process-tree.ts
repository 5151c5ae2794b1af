// Resident memory of an attempt's service process and of each process below it (the sandbox
// workers), read from procfs. Without procfs every figure is 0 and the RSS check cannot fire;
// the sandbox's own heap cap and RSS watchdog still apply.
import { readdirSync, readFileSync } from "node:fs";

function read(path: string): string {
  try {
    return readFileSync(path, "utf8");
  } catch {
    return "";
  }
}

function rssMb(pid: number): number {
  const pages = Number(read(`/proc/${pid}/statm`).split(" ")[1] ?? 0);
  return Number.isFinite(pages) ? Math.round((pages * 4096) / 1024 / 1024) : 0;
}

function children(pid: number): number[] {
  let tasks: string[];
  try {
    tasks = readdirSync(`/proc/${pid}/task`);
  } catch {
    return [];
  }
  return tasks.flatMap((t) => read(`/proc/${pid}/task/${t}/children`).split(" ").filter(Boolean).map(Number));
}

/** The service's RSS and the largest RSS among its descendants, in MB. */
export function treeRssMb(pid: number): { service: number; worker: number } {
  let worker = 0;
  const queue = children(pid);
  for (let i = 0; i < queue.length && i < 64; i++) {
    worker = Math.max(worker, rssMb(queue[i]!));
    queue.push(...children(queue[i]!));
  }
  return { service: rssMb(pid), worker };
}
