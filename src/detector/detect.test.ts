import { describe, expect, it } from "vitest";
import { createDetector } from "./detect.js";

const { detectNeeds, detectNeedsPaced } = createDetector();
const at = (day: number) => new Date(Date.UTC(2026, 10, day, 12)).toISOString();

describe("detectNeeds", () => {
  it("collects requests for the same subject into one need with all evidence", () => {
    const needs = detectNeeds([
      { id: "a", text: "track my water" },
      { id: "b", text: "please log my water intake" },
    ]);
    expect(needs).toHaveLength(1);
    expect(needs[0]).toMatchObject({ kind: "request", subject: "water", evidence: ["a", "b"] });
  });

  it("quotes the text as evidence when messages have no id", () => {
    expect(detectNeeds([{ text: "track my sleep" }])[0]?.evidence).toEqual(['"track my sleep"']);
  });

  it("withdraws a request that a later message stops", () => {
    expect(detectNeeds([{ text: "track my weight" }, { text: "actually, stop tracking my weight" }])).toEqual([]);
  });

  it("measures the window back from options.now", () => {
    const messages = [1, 2, 3].map((d) => ({ id: `m${d}`, text: "another coffee", at: at(d) }));
    expect(detectNeeds(messages, { now: at(4) }).map((n) => n.subject)).toEqual(["coffee"]);
    expect(detectNeeds(messages, { now: at(20) })).toEqual([]);
    expect(detectNeeds(messages, { now: at(20), windowDays: 30 }).map((n) => n.subject)).toEqual(["coffee"]);
  });

  it("counts distinct days, not messages", () => {
    const messages = [1, 1, 1, 2].map((d, i) => ({ id: `m${i}`, text: "coffee", at: at(d) }));
    expect(detectNeeds(messages)).toEqual([]);
  });

  it("returns nothing for an empty list", () => {
    expect(detectNeeds([])).toEqual([]);
  });

  it("gives the same answer paced, waiting wherever the pace asks it to", async () => {
    const messages = [
      ...[1, 2, 3, 4].map((d) => ({ id: `c${d}`, text: "another coffee", at: at(d) })),
      { id: "r1", text: "track my water", at: at(4) },
      { id: "r2", text: "stop tracking my water", at: at(5) },
      { id: "r3", text: "please log my sleep", at: at(5) },
    ];
    let waits = 0;
    const paced = await detectNeedsPaced(messages, { now: at(6) }, () => {
      waits++;
      return waits % 2 ? Promise.resolve() : undefined;
    });
    expect(paced).toEqual(detectNeeds(messages, { now: at(6) }));
    expect(paced.map((n) => n.subject)).toEqual(["sleep", "coffee"]);
    expect(waits).toBe(messages.length);
  });
});

describe("detectNeeds limits", () => {
  it("keeps at most the twenty most recent evidence ids per need", () => {
    const messages = Array.from({ length: 60 }, (_, i) => ({ id: `m${i}`, text: "coffee again", at: at(1 + (i % 10)) }));
    const coffee = detectNeeds(messages).find((n) => n.subject === "coffee");
    expect(coffee?.evidence).toHaveLength(20);
    expect(coffee?.evidence.at(-1)).toBe("m59");
  });
});
