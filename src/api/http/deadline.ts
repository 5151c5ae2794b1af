// A request that waits on a database which stopped answering (accepts connections, never replies)
// would hang for minutes: the server-side statement timeout cannot fire on a frozen server. The
// deadline answers 503 STORAGE_UNAVAILABLE with Retry-After instead; the stuck query is left to
// the driver. Routes that legitimately run long (an LLM writing a skill, event streams) are exempt,
// and a route whose database work is done before long CPU work (detect over a large batch) ends
// the deadline there: work that no longer waits on the database is never answered "unavailable".
import type { Context, MiddlewareHandler } from "hono";
import { StorageError } from "../../storage/index.js";

// The request's timer, kept on its context under a private symbol: `c.set` would build Hono's
// variable map on every request, GETs included, and cost /healthz about 15% of its throughput.
const TIMER = Symbol("database deadline");
type WithTimer = { [TIMER]?: NodeJS.Timeout };

/** Ends the request's database deadline: what follows no longer waits on the database. */
export function endDatabaseDeadline(c: Context): void {
  clearTimeout((c as unknown as WithTimer)[TIMER]);
}

export function requestDeadline(ms: number, exempt: (path: string) => boolean = () => false): MiddlewareHandler {
  return async function requestDeadlineMiddleware(c, next) {
    if (exempt(c.req.path)) return next();
    let timer: NodeJS.Timeout | undefined;
    const expired = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () => reject(new StorageError("STORAGE_UNAVAILABLE", `no answer from the database within ${ms} ms`)),
        ms,
      );
    });
    // Once cleared, `expired` never settles and the race waits for the route alone.
    (c as unknown as WithTimer)[TIMER] = timer;
    try {
      await Promise.race([next(), expired]);
    } finally {
      clearTimeout(timer);
    }
  };
}
