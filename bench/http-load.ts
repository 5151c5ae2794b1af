// The load generator for http.bench.ts, run in a worker thread so it never shares the event loop
// of the server it measures: `connections` concurrent keep-alive clients (Node's own http
// client) sending one request each in turn for `durationMs`, after `warmupMs` unmeasured.
import { Agent, request } from "node:http";
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
  non2xx: number;
  errors: number;
  seconds: number;
  /** Latencies of measured requests, ms. */
  latencies: number[];
}

const spec = workerData as LoadSpec;
const agent = new Agent({ keepAlive: true, maxSockets: spec.connections });
const target = new URL(spec.url);
let sent = 0;

function once(): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        agent,
        host: target.hostname,
        port: target.port,
        path: target.pathname + target.search,
        method: spec.method,
        headers: spec.headers,
      },
      (res) => {
        res.on("data", () => {});
        res.on("end", () => resolve(res.statusCode ?? 0));
        res.on("error", reject);
      },
    );
    req.on("error", reject);
    req.end(spec.bodies ? spec.bodies[sent++ % spec.bodies.length] : spec.body);
  });
}

async function run(): Promise<LoadResult> {
  const result: LoadResult = { requests: 0, non2xx: 0, errors: 0, seconds: 0, latencies: [] };
  const start = performance.now();
  const measureFrom = start + spec.warmupMs;
  const stopAt = measureFrom + spec.durationMs;
  await Promise.all(
    Array.from({ length: spec.connections }, async () => {
      while (performance.now() < stopAt) {
        const t0 = performance.now();
        let status = 0;
        try {
          status = await once();
        } catch {
          status = -1;
        }
        const t1 = performance.now();
        if (t0 < measureFrom) continue;
        result.requests++;
        result.latencies.push(t1 - t0);
        if (status < 0) result.errors++;
        else if (status < 200 || status > 299) result.non2xx++;
      }
    }),
  );
  result.seconds = (performance.now() - measureFrom) / 1000;
  agent.destroy();
  return result;
}

if (parentPort) parentPort.postMessage(await run());
