// Request set E, written blind (100 tracking requests, 20 per language, as people type them into a
// generate box: many with no tracking verb at all, many subjects no list holds, and the namings a
// fair judge also accepts in `alt`), held out until it was scored. The measure: a draft
// that passes audit and trial first time AND whose collection names the subject in English.
// Before the instruction parser: 12/100 (detected 27, the chat detector's frames gating it); with
// the instruction parser and the detector's subject refinements: 48/100 (detected 98). From here on
// it is a tuning set like the others. The floors are the figures measured when it was added: raise
// them, never lower them quietly.
import { beforeAll, describe, expect, it } from "vitest";
import { expectOwnCollectionOnly, goalFigures, loadRequestSet, runRequestSet, type RequestResult } from "./request-set.js";

const SET = loadRequestSet("requests-e.json");
let results: RequestResult<(typeof SET)[number]>[] = [];

beforeAll(async () => {
  results = await runRequestSet(SET, "00000000-0000-4000-8000-0000000000e4");
}, 300_000);

describe("offline generator over request set E (100 requests, five languages, many without a tracking verb)", () => {
  it("passes first time with an English collection name at or above the floors measured when the set was added", () => {
    const { detected, first, goal } = goalFigures(results);
    console.info(`request set E: detected ${detected}/100, first-time pass ${first}, first-time pass named in English ${goal}`);
    // Every detected need gives a draft that passes first time; the rest is the detector's and the naming's.
    expect(first).toBe(detected);
    expect(detected).toBeGreaterThanOrEqual(100);
    expect(goal).toBeGreaterThanOrEqual(67);
  });

  it("grants no draft a capability outside its own collection", () => {
    expectOwnCollectionOnly(results);
  });
});
