// Long CPU work on the request path (a 10,000-message detect) would hold the event loop for
// hundreds of milliseconds: every other request, health checks included, would wait. A pacer
// cuts the work into slices of a few milliseconds and lets the loop run between them.
//
// A slice counts work, not waiting. A route awaits its body and the database before the work
// starts; on a busy server those waits are tens of milliseconds of other requests' turns, and a
// slice measured from the pacer's creation made a one-message detect yield a turn it did not
// need (one request in five under load), paying a trip round the whole loop in latency.
import { setImmediate as nextTurn } from "node:timers/promises";
import type { Pace } from "../../detector/index.js";

/**
 * A `Pace` that hands back a turn of the event loop once `sliceMs` of work has passed since the
 * loop last ran: since the pacer's creation, its own last turn, or any await that let the loop
 * run (noticed by an immediate that fires on the loop's next turn). `now` is the clock in ms.
 * A wait that resumes before the loop reaches its check phase (a timer or I/O callback in the same
 * turn as the immediate) is not noticed and counts as work: at worst one turn handed back early.
 */
export function createPacer(sliceMs = 10, now: () => number = () => performance.now()): Pace {
  let sliceStart = now();
  let loopRanAt: number | undefined;
  const watchLoop = () => {
    loopRanAt = undefined;
    setImmediate(() => {
      loopRanAt = now();
    });
  };
  watchLoop();
  return function pace() {
    if (loopRanAt !== undefined) {
      // The loop ran while this request waited: the current run of work began after that.
      sliceStart = Math.max(sliceStart, loopRanAt);
      watchLoop();
    }
    if (now() - sliceStart < sliceMs) return undefined;
    return nextTurn().then(() => {
      sliceStart = now();
    });
  };
}
