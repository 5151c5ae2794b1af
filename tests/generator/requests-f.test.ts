// Request set F, written blind (100 requests, 20 per language, typed into a generate box: many
// with no tracking verb, many asked as questions — who does the dishes, what kind, how well, did
// I — and subjects no list holds). Three fifths were a dev set; two fifths (ids ending in 4, 5, 9
// and 0) were held out until they were scored: first-time pass named in English 15/40 before the
// question reading and the bigger glossaries, 16/40 after (detected 38 both times). From here on
// it is a tuning set like the others. The floors are the figures of the whole set when it was
// added: raise them, never lower them quietly.
import { beforeAll, describe, expect, it } from "vitest";
import { expectOwnCollectionOnly, goalFigures, loadRequestSet, runRequestSet, type RequestResult } from "./request-set.js";

const SET = loadRequestSet("requests-f.json");
let results: RequestResult<(typeof SET)[number]>[] = [];

beforeAll(async () => {
  results = await runRequestSet(SET, "00000000-0000-4000-8000-0000000000f6");
}, 300_000);

describe("offline generator over request set F (100 requests, five languages, many asked as questions)", () => {
  it("passes first time with an English collection name at or above the floors measured when the set was added", () => {
    const { detected, first, goal } = goalFigures(results);
    console.info(`request set F: detected ${detected}/100, first-time pass ${first}, first-time pass named in English ${goal}`);
    expect(first).toBe(detected);
    expect(detected).toBeGreaterThanOrEqual(FLOOR.detected);
    expect(goal).toBeGreaterThanOrEqual(FLOOR.goal);
  });

  it("grants no draft a capability outside its own collection", () => {
    expectOwnCollectionOnly(results);
  });
});

// Goal lowered once, from 69 to 68, on purpose: "how many grams of cat food Biscuit eats a day"
// passed only because its name, cat_food_biscuit_eat_gramming, happened to hold "cat food" ("grams"
// read as a verb). "grams" is now a unit and "Biscuit" who eats; the name is food_entries.
const FLOOR = { detected: 98, goal: 68 };
