// Long CPU work on the request path (a 10,000-message detect) would hold the event loop for
// hundreds of milliseconds: every other request, health checks included, would wait. A pacer
// cuts the work into slices of a few milliseconds and lets the loop run between them.
import { setImmediate as nextTurn } from "node:timers/promises";
import type { Pace } from "../../detector/index.js";

/** A `Pace` that hands back a turn of the event loop once `sliceMs` of work has passed. */
export function createPacer(sliceMs = 10): Pace {
  let sliceStart = performance.now();
  return function pace() {
    if (performance.now() - sliceStart < sliceMs) return undefined;
    return nextTurn().then(() => {
      sliceStart = performance.now();
    });
  };
}
