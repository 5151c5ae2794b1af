// A degree asked of a noun phrase, a head before its list of fields, and "each" before a noun
// phrase: descriptions and framed requests name what is rated or noted, not the adjective, the
// linking verb or the first field.
import { describe, expect, it } from "vitest";
import { parseInstruction, type InstructionParse } from "./index.js";

const subjectOf = (p: InstructionParse): string | undefined => (p.kind === "request" ? p.need.subject : undefined);

describe("a degree asked of a noun phrase", () => {
  it.each([
    ["how itchy my eczema is, 1 to 5", "eczema"],
    ["how crispy my air fryer fries come out, out of 5", "air fryer fries"],
    ["rate how itchy my eczema is every night, 1 to 5", "eczema"],
    ["i wanna rate how crispy my air fryer fries come out, out of 5 lmao", "air fryer fries"],
  ])("rates the noun phrase in %j, not the adjective", (text, subject) => {
    expect(subjectOf(parseInstruction(text))).toBe(subject);
  });

  it.each([
    ["how bad my lower back feels, 0 to 10", "lower back pain"],
    ["how sore my legs are after a run, 1-5", "leg pain"],
    ["track how bad my lower back feels", "lower back pain"],
    ["wie schlimm mein Knie heute ist, 1-10", "knee pain"],
  ])("rates a body part rated for how bad it is by its pain: %j", (text, subject) => {
    expect(subjectOf(parseInstruction(text))).toBe(subject);
  });

  it("still reads the user's own degree as a feeling, and an amount or an answer as before", () => {
    expect(subjectOf(parseInstruction("how tired I am after work"))).toBe("tiredness");
    expect(subjectOf(parseInstruction("track how stressed I am"))).toBe("stress");
    expect(subjectOf(parseInstruction("how well I slept"))).toBe("sleep");
    expect(subjectOf(parseInstruction("how many times I wake up at night"))).toBe("night waking");
  });
});

describe("a head before the list of what to note", () => {
  it("names the head, not the first field", () => {
    expect(subjectOf(parseInstruction("climbing sessions: which gym, hardest grade sent, how long"))).toBe("climbing");
  });
});

describe('"each" before a noun phrase', () => {
  it("reads the noun phrase as a thing, not a verb with its object", () => {
    expect(subjectOf(parseInstruction("Notes on every sourdough bake - what went wrong, what worked"))).toBe("sourdough bake");
    expect(subjectOf(parseInstruction("note every cold shower"))).toBe("cold shower");
  });

  it("keeps an amount without its pronoun a verb: cuántos km corro is running", () => {
    expect(subjectOf(parseInstruction("cuántos kilómetros corro a la semana"))).toBe("kilometre running");
  });
});
