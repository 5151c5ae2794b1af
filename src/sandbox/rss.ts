// Resident set size read from procfs: of a worker (the service's watchdog) and of the worker
// itself (its ceiling check after every call). statm counts pages; these hosts use 4 KB pages.
import { openSync, readFileSync, readSync } from "node:fs";

const PAGE = 4096;

/** Resident set size of a process in bytes; 0 without procfs (the heap and time caps still apply). */
export function rssOf(pid: number | undefined): number {
  try {
    const pages = Number(readFileSync(`/proc/${pid}/statm`, "utf8").split(" ")[1]);
    return pages * PAGE;
  } catch {
    return 0;
  }
}

/**
 * This process's RSS, read after every call: one pread on a file kept open (a third of what
 * `process.memoryUsage.rss()` costs, which opens, reads and closes /proc/self/stat each time).
 * Falls back to that call without procfs.
 */
export function openSelfRss(): () => number {
  let fd: number;
  try {
    fd = openSync("/proc/self/statm", "r");
  } catch {
    return () => process.memoryUsage.rss();
  }
  const buf = Buffer.alloc(128);
  return function selfRss() {
    const n = readSync(fd, buf, 0, buf.length, 0);
    // "size resident shared ...": the second field, in pages.
    let i = 0;
    while (i < n && buf[i] !== 0x20) i++;
    let pages = 0;
    for (i++; i < n && buf[i]! >= 0x30 && buf[i]! <= 0x39; i++) pages = pages * 10 + (buf[i]! - 0x30);
    return pages * PAGE;
  };
}
