// The load generator for http.bench.ts and registry.bench.ts, run in a worker thread so it never
// shares the event loop of the server it measures: `connections` concurrent keep-alive clients
// (autocannon) for `durationMs`, after `warmupMs` unmeasured.
import autocannon from "autocannon";
import { parentPort, workerData } from "node:worker_threads";

export interface LoadSpec {
  url: string;
  method: "GET" | "POST";
  headers: Record<string, string>;
  body?: string;
  /** Bodies sent in turn instead of `body` (a different one on each request, until they run out). */
  bodies?: string[];
  connections: number;
  warmupMs: number;
  durationMs: number;
}

export interface LoadResult {
  requests: number;
  /** Every answered request, warm-up included (what the server did while the load ran). */
  answered: number;
  non2xx: number;
  errors: number;
  seconds: number;
  /** Latencies of measured requests, ms. */
  latencies: number[];
}

const spec = workerData as LoadSpec;
let sent = 0;

/**
 * autocannon keeps `connections` keep-alive sockets busy with a request built once, and parses
 * answers with a small parser: a few µs of client CPU per request, where Node's own http client
 * costs ~175 µs. On a 2-core machine the client shares the cores with the server, so an expensive
 * client measured mostly itself (and flattered every ratio towards 1×).
 */
function run(): Promise<LoadResult> {
  const result: LoadResult = { requests: 0, answered: 0, non2xx: 0, errors: 0, seconds: 0, latencies: [] };
  const start = performance.now();
  const measureFrom = start + spec.warmupMs;
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        url: spec.url,
        method: spec.method,
        headers: spec.headers,
        body: spec.body,
        // Bodies in turn across all connections (one counter), so no two requests of a run repeat one.
        ...(spec.bodies
          ? {
              requests: [
                {
                  setupRequest: (req: autocannon.Request) => ({ ...req, body: spec.bodies![sent++ % spec.bodies!.length] }),
                },
              ],
            }
          : {}),
        connections: spec.connections,
        duration: (spec.warmupMs + spec.durationMs) / 1000,
      },
      (err) => {
        if (err) return reject(err);
        result.seconds = (performance.now() - measureFrom) / 1000;
        resolve(result);
      },
    );
    instance.on("response", (_client, statusCode, _bytes, responseTime) => {
      result.answered++;
      if (performance.now() < measureFrom) return;
      result.requests++;
      result.latencies.push(responseTime);
      if (statusCode < 200 || statusCode > 299) result.non2xx++;
    });
    instance.on("reqError", () => {
      if (performance.now() >= measureFrom) result.errors++;
    });
  });
}

if (parentPort) parentPort.postMessage(await run());
