// Request set D: 70 generate requests in the frame-free style people type into a generate box
// (14 per language: "how many times I wake up at night", "ile kaw wypijam dziennie", "meine Laune
// von 1 bis 10", "cuánto tiempo leo cada día", "mes heures de sommeil"), with the namings a fair
// judge also accepts in `alt`. Written as a development set for the instruction parser (it was
// tuned against, unlike sets A and C). The measure: a draft that passes audit and trial
// first time AND whose collection names the subject in English, over all requests. With the chat
// detector: 0/70 (detected 0); with the instruction parser: 64/70 (detected 70). The floors are
// those figures: raise them, never lower them quietly.
import { beforeAll, describe, expect, it } from "vitest";
import { expectOwnCollectionOnly, goalFigures, loadRequestSet, runRequestSet, type RequestResult } from "./request-set.js";

const SET = loadRequestSet("requests-d.json");
let results: RequestResult<(typeof SET)[number]>[] = [];

beforeAll(async () => {
  results = await runRequestSet(SET, "00000000-0000-4000-8000-0000000000d4");
}, 300_000);

describe("offline generator over request set D (70 frame-free requests, five languages)", () => {
  it("passes first time with an English collection name at or above the floors measured when the set was added", () => {
    const { detected, first, goal } = goalFigures(results);
    console.info(`request set D: detected ${detected}/70, first-time pass ${first}, first-time pass named in English ${goal}`);
    // Every detected need gives a draft that passes first time; the rest is the detector's and the naming's.
    expect(first).toBe(detected);
    expect(detected).toBeGreaterThanOrEqual(70);
    expect(goal).toBeGreaterThanOrEqual(68);
  });

  it("grants no draft a capability outside its own collection", () => {
    expectOwnCollectionOnly(results);
  });
});
