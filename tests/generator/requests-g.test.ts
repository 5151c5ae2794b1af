// Request set G, written blind (120 requests, 24 per language, 15 of each shape — quantity, count,
// scale, category, duration, text, habit, multi — bare descriptions and full requests, slang,
// typos, uncommon subjects). The whole set was held out until it was scored: first-time pass named
// in English 54/120 before this round's naming rules (detected 117), 55/120 after them. From here on it is
// a tuning set like the others. The floors are the figures when it was added: raise them, never
// lower them quietly.
import { beforeAll, describe, expect, it } from "vitest";
import { expectOwnCollectionOnly, goalFigures, loadRequestSet, runRequestSet, type RequestResult } from "./request-set.js";

const SET = loadRequestSet("requests-g.json");
let results: RequestResult<(typeof SET)[number]>[] = [];

beforeAll(async () => {
  results = await runRequestSet(SET, "00000000-0000-4000-8000-0000000000f7");
}, 300_000);

describe("offline generator over request set G (120 requests, five languages, eight shapes)", () => {
  it("passes first time with an English collection name at or above the floors measured when the set was added", () => {
    const { detected, first, goal } = goalFigures(results);
    console.info(`request set G: detected ${detected}/120, first-time pass ${first}, first-time pass named in English ${goal}`);
    expect(first).toBe(detected);
    expect(detected).toBeGreaterThanOrEqual(FLOOR.detected);
    expect(goal).toBeGreaterThanOrEqual(FLOOR.goal);
  });

  it("grants no draft a capability outside its own collection", () => {
    expectOwnCollectionOnly(results);
  });
});

const FLOOR = { detected: 118, goal: 74 };
