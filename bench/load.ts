// Starts the load generator (http-load.ts) on its own worker thread, as an outside client would
// be: the server measured never shares its event loop with the client's work.
import { Worker } from "node:worker_threads";
import type { LoadResult, LoadSpec } from "./http-load.js";

export type { LoadResult, LoadSpec } from "./http-load.js";

export function runLoad(spec: LoadSpec): Promise<LoadResult> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL("./http-load.js", import.meta.url), { workerData: spec });
    worker.once("message", (r: LoadResult) => resolve(r));
    worker.once("error", reject);
  });
}
