import { describe, expect, it } from "vitest";
import { createDetector } from "./detect.js";

const { detectNeeds } = createDetector();
const at = (day: number) => new Date(Date.UTC(2026, 10, day, 12)).toISOString();
const coffee = [1, 2, 3].map((d) => ({ id: `m${d}`, text: "another coffee this morning", at: at(d) }));

describe("installed lists built once", () => {
  it("answers each installed list for itself, however calls with other lists interleave", () => {
    const subjects = (installed: string[]) => detectNeeds(coffee, { now: at(4), installed }).map((n) => n.subject);
    for (let round = 0; round < 3; round++) {
      expect(subjects(["custom-coffee-counter"])).toEqual([]);
      expect(subjects(["custom-sleep-tracker"])).toEqual(["coffee"]);
      expect(subjects(["custom-sleep-tracker", "custom-coffee-counter"])).toEqual([]);
      expect(subjects(["custom-sleep-tracker", "custom-steps-log"])).toEqual(["coffee"]);
      expect(subjects([])).toEqual(["coffee"]);
    }
  });

  it("reads a new list afresh rather than reusing one of the same length", () => {
    const installed = ["custom-coffee-counter"];
    expect(detectNeeds(coffee, { now: at(4), installed })).toEqual([]);
    expect(detectNeeds(coffee, { now: at(4), dismissed: [{ subject: "sleep", at: at(3) }] }).map((n) => n.subject)).toEqual([
      "coffee",
    ]);
    expect(detectNeeds(coffee, { now: at(4), installed: ["custom-sleep-tracker"] }).map((n) => n.subject)).toEqual(["coffee"]);
  });
});
