import { setImmediate as nextTurn } from "node:timers/promises";
import { describe, expect, it } from "vitest";
import { createPacer } from "./pacer.js";

/** A clock the test moves by hand: "work" is the clock advancing with no turn of the loop. */
function manualClock() {
  let ms = 1_000;
  return { now: () => ms, advance: (by: number) => (ms += by) };
}

describe("createPacer", () => {
  it("lets work go on until the slice is used up, then hands back a turn of the loop", async () => {
    const clock = manualClock();
    const pace = createPacer(10, clock.now);
    clock.advance(4);
    expect(pace()).toBeUndefined();
    clock.advance(7);
    const wait = pace();
    expect(wait).toBeInstanceOf(Promise);
    await wait;
    // A fresh slice after the turn.
    clock.advance(9);
    expect(pace()).toBeUndefined();
  });

  it("counts work done in the same turn before it is first asked (a body's JSON.parse)", () => {
    const clock = manualClock();
    const pace = createPacer(10, clock.now);
    clock.advance(15);
    expect(pace()).toBeInstanceOf(Promise);
  });

  it("does not count waiting: an await that let the loop run starts the slice again", async () => {
    const clock = manualClock();
    const pace = createPacer(10, clock.now);
    // The request waits for its body or the database: 50 ms pass and the loop serves others.
    clock.advance(50);
    // A full turn of the loop (see pacer.ts: a wait that resumes before the loop reaches its
    // check phase, a timer due at once, say, is counted as work — at worst one turn handed back).
    await nextTurn();
    // A one-message detect after the wait has done no work yet: it must not pay for a turn.
    expect(pace()).toBeUndefined();
    clock.advance(11);
    expect(pace()).toBeInstanceOf(Promise);
  });

  it("notices every wait, not only the first", async () => {
    const clock = manualClock();
    const pace = createPacer(10, clock.now);
    await nextTurn();
    clock.advance(6);
    expect(pace()).toBeUndefined();
    clock.advance(30);
    await nextTurn();
    clock.advance(6);
    expect(pace()).toBeUndefined();
    clock.advance(6);
    expect(pace()).toBeInstanceOf(Promise);
  });

  it("does not take a microtask for a turn of the loop", async () => {
    const clock = manualClock();
    const pace = createPacer(10, clock.now);
    // A cached answer awaited: the continuation runs in the same turn, the work goes on.
    clock.advance(8);
    await Promise.resolve();
    await Promise.resolve();
    clock.advance(3);
    expect(pace()).toBeInstanceOf(Promise);
  });
});
