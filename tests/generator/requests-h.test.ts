// Request set H, written blind (160 requests, 32 per language, 20 of each shape — quantity,
// count, scale, category, duration, text, habit, multi — bare descriptions and full requests,
// mostly uncommon subjects: medicines by name, pets, chores, garden, car, kids, work). Held out
// through this round's glossary and naming work: first-time pass named in English 73/160 before
// (detected 155), 83/160 after (detected 154). From here on it is a tuning set like the others.
// The floors are the figures when it was added: raise them, never lower them quietly.
import { beforeAll, describe, expect, it } from "vitest";
import { expectOwnCollectionOnly, goalFigures, loadRequestSet, runRequestSet, type RequestResult } from "./request-set.js";

const SET = loadRequestSet("requests-h.json");
let results: RequestResult<(typeof SET)[number]>[] = [];

beforeAll(async () => {
  results = await runRequestSet(SET, "00000000-0000-4000-8000-0000000000f8");
}, 300_000);

describe("offline generator over request set H (160 requests, five languages, eight shapes)", () => {
  it("passes first time with an English collection name at or above the floors measured when the set was added", () => {
    const { detected, first, goal } = goalFigures(results);
    console.info(`request set H: detected ${detected}/160, first-time pass ${first}, first-time pass named in English ${goal}`);
    expect(first).toBe(detected);
    expect(detected).toBeGreaterThanOrEqual(FLOOR.detected);
    expect(goal).toBeGreaterThanOrEqual(FLOOR.goal);
  });

  it("grants no draft a capability outside its own collection", () => {
    expectOwnCollectionOnly(results);
  });
});

const FLOOR = { detected: 155, goal: 94 };
