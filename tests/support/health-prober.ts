// Probes a server's /healthz from another thread, so a blocked service event loop shows up as late
// answers (a probe sent from the blocked loop itself would only start once the loop is free).
import { Worker } from "node:worker_threads";

const PROBER = `
const { parentPort, workerData } = require("node:worker_threads");
let stop = false;
parentPort.on("message", () => { stop = true; });
(async () => {
  const ms = [];
  for (let i = 0; i < workerData.max && !stop; i++) {
    const t = performance.now();
    try { await (await fetch(workerData.url)).text(); } catch { ms.push(-1); continue; }
    ms.push(performance.now() - t);
    await new Promise((r) => setTimeout(r, workerData.everyMs));
  }
  parentPort.postMessage(ms);
})();`;

export interface HealthFigures {
  probes: number;
  p50: number;
  p99: number;
  max: number;
  /** Answers slower than 100 ms, and slower than 1 s; failed probes count as late. */
  over100: number;
  over1000: number;
}

/** Starts probing `url` every `everyMs` (at most `max` probes); `stop()` returns the figures. */
export function probeHealth(url: string, everyMs = 10, max = 5_000): { stop(): Promise<HealthFigures> } {
  const worker = new Worker(PROBER, { eval: true, workerData: { url, everyMs, max } });
  const done = new Promise<number[]>((resolve, reject) => {
    worker.once("message", resolve);
    worker.once("error", reject);
  });
  return {
    async stop() {
      worker.postMessage("stop");
      const ms = await done;
      await worker.terminate();
      const sorted = ms.map((x) => (x < 0 ? Infinity : x)).sort((a, b) => a - b);
      const at = (q: number) => Math.round(sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0);
      return {
        probes: sorted.length,
        p50: at(0.5),
        p99: at(0.99),
        max: Math.round(sorted[sorted.length - 1] ?? 0),
        over100: sorted.filter((x) => x > 100).length,
        over1000: sorted.filter((x) => x > 1000).length,
      };
    },
  };
}
