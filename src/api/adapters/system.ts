// The real clock and randomness. Everything that stores or compares a time takes a Clock, so a
// test pins it and an expiry is a value, not a wait.
import { randomInt, randomUUID } from "node:crypto";
import type { Clock, Ids } from "../../contract/index.js";

export const systemClock: Clock = { now: () => new Date() };

export const cryptoIds: Ids = {
  uuid: () => randomUUID(),
  randomInt: (min, max) => randomInt(min, max),
};

/** A clock a test moves by hand. */
export function createManualClock(
  start: Date | string = "2026-01-01T00:00:00Z",
): Clock & { set(t: Date | string): void; advance(ms: number): void } {
  let t = new Date(start).getTime();
  return {
    now: () => new Date(t),
    set: (v) => {
      t = new Date(v).getTime();
    },
    advance: (ms) => {
      t += ms;
    },
  };
}
