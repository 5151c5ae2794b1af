// Request set C, written blind (100 tracking requests, 20 per language, with the namings a fair
// judge also accepts in `alt`), held out until it was scored. The measure: a draft that
// passes audit and trial first time AND whose collection names the subject in English, over all
// requests. Before this set was added: 47/100 (detected 75); when it was added: 53/100 (detected
// 80). With the instruction parser (a generate request needs no tracking frame): 58/100 (detected
// 100); with the detector's subject refinements as well, 65/100. The floors are the figures last
// measured: raise them, never lower them quietly.
import { beforeAll, describe, expect, it } from "vitest";
import { expectOwnCollectionOnly, goalFigures, loadRequestSet, runRequestSet, type RequestResult } from "./request-set.js";

const SET = loadRequestSet("requests-c.json");
let results: RequestResult<(typeof SET)[number]>[] = [];

beforeAll(async () => {
  results = await runRequestSet(SET, "00000000-0000-4000-8000-0000000000c4");
}, 300_000);

describe("offline generator over request set C (100 requests, five languages)", () => {
  it("passes first time with an English collection name at or above the floors measured when the set was added", () => {
    const { detected, first, goal } = goalFigures(results);
    console.info(`request set C: detected ${detected}/100, first-time pass ${first}, first-time pass named in English ${goal}`);
    // Every detected need gives a draft that passes first time; the rest is the detector's and the naming's.
    expect(first).toBe(detected);
    expect(detected).toBeGreaterThanOrEqual(100);
    expect(goal).toBeGreaterThanOrEqual(78);
  });

  it("grants no draft a capability outside its own collection", () => {
    expectOwnCollectionOnly(results);
  });
});
