// How a description names its subject once the words around it are set aside: a frame and its
// recording verb, a time phrase before one, a record word ("notes on"), and a measure that names
// nothing of its own. New sentences, one rule per block.
import { describe, expect, it } from "vitest";
import { parseInstruction, type InstructionParse } from "./index.js";

const subjectOf = (p: InstructionParse): string | undefined => (p.kind === "request" ? p.need.subject : undefined);
const named = (text: string): string | undefined => subjectOf(parseInstruction(text));

describe("frames and recording verbs are no part of the subject", () => {
  it("skips a request frame and the recording verb it leads to, a clitic first or not", () => {
    expect(named("Tu pourrais m'aider à noter des recettes de cuisine ?")).toBe("recipes");
  });

  it("skips a time phrase that opens the description before a recording verb", () => {
    expect(named("every evening, mark whether I took my iron tablet")).toBe("iron tablet");
  });

  it("skips recording verbs that only a box asking for a tracker makes one", () => {
    expect(named("need to keep my glucose readings for the nurse")).toBe("blood sugar");
    expect(named("somewhere to jot down the films I watch")).toBe("films");
    expect(named("I want to mark off the days I meditate")).toBe("meditation");
    expect(named("a daily checkbox: did I water the basil")).not.toMatch(/checkbox/);
  });

  it("reads a longer record name whole: 'journal de bord' is not 'journal' and 'bord'", () => {
    expect(named("journal de bord du voilier")).not.toMatch(/bord/);
  });

  it("takes what notes are on as the subject", () => {
    expect(named("notes on every concert I go to")).toMatch(/^concert/);
  });
});

describe("a measure names what it measures", () => {
  it.each([
    ["la durée de mes siestes du week-end", "naps"],
    ["the intensity of my hot flashes", "hot flashes"],
  ])("%j is about %j", (text, subject) => {
    expect(named(text)).toBe(subject);
  });

  it("reads past a German genitive article or possessive", () => {
    expect(named("die Lautstärke meines Schnarchens")).not.toMatch(/lautstarke/);
  });
});
