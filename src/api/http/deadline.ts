// A request that waits on a database which stopped answering (accepts connections, never replies)
// would hang for minutes: the server-side statement timeout cannot fire on a frozen server. The
// deadline answers 503 STORAGE_UNAVAILABLE with Retry-After instead; the stuck query is left to
// the driver. Routes that legitimately run long (an LLM writing a skill, event streams) are exempt,
// and a route whose database work is done before long CPU work (detect over a large batch) ends
// the deadline there: work that no longer waits on the database is never answered "unavailable".
//
// Why one sweep and not a timer per request: arming and clearing a timer and racing a promise
// against it cost an authenticated GET about a tenth of its throughput, on requests that almost
// never wait. The requests in flight sit in a set; a timer that runs only while the set is not
// empty fails those past their deadline (and so never holds a finished process open). A request is answered between `ms` and `ms` + one sweep
// period (a quarter of `ms`, at most 250 ms) after it started.
import type { Context, MiddlewareHandler } from "hono";
import { StorageError } from "../../storage/index.js";

interface Waiter {
  until: number;
  fail(err: Error): void;
  set: Set<Waiter>;
}

// The request's waiter, kept on its context under a private symbol: `c.set` would build Hono's
// variable map on every request, GETs included, and cost /healthz about 15% of its throughput.
const WAITER = Symbol("database deadline");
type WithWaiter = { [WAITER]?: Waiter };

/** Ends the request's database deadline: what follows no longer waits on the database. */
export function endDatabaseDeadline(c: Context): void {
  const waiter = (c as unknown as WithWaiter)[WAITER];
  waiter?.set.delete(waiter);
}

export function requestDeadline(ms: number, exempt: (path: string) => boolean = () => false): MiddlewareHandler {
  const waiting = new Set<Waiter>();
  const period = Math.max(5, Math.min(250, Math.floor(ms / 4)));
  let sweeper: NodeJS.Timeout | undefined;
  const sweep = () => {
    const now = performance.now();
    for (const waiter of waiting) {
      if (waiter.until > now) continue;
      waiting.delete(waiter);
      waiter.fail(new StorageError("STORAGE_UNAVAILABLE", `no answer from the database within ${ms} ms`));
    }
    if (waiting.size === 0) {
      clearInterval(sweeper);
      sweeper = undefined;
    }
  };
  return function requestDeadlineMiddleware(c, next) {
    if (exempt(c.req.path)) return next();
    return new Promise<void>((resolve, reject) => {
      const waiter: Waiter = { until: performance.now() + ms, fail: reject, set: waiting };
      waiting.add(waiter);
      (c as unknown as WithWaiter)[WAITER] = waiter;
      if (!sweeper) {
        sweeper = setInterval(sweep, period);
      }
      // Once the sweep has failed the request, the route's own end is ignored (a settled promise).
      next().then(
        () => {
          waiting.delete(waiter);
          resolve();
        },
        (err: unknown) => {
          waiting.delete(waiter);
          reject(err);
        },
      );
    });
  };
}
