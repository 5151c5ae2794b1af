import { describe, expect, it } from "vitest";
import { parseInstruction, type InstructionParse } from "./index.js";

const subjectOf = (p: InstructionParse): string | undefined => (p.kind === "request" ? p.need.subject : undefined);

describe("parseInstruction: text known to ask for a tracker", () => {
  it("keeps a framed request as the request parser reads it", () => {
    const p = parseInstruction("I want to track how much water I drink, in ml");
    expect(p).toMatchObject({ kind: "request", via: "request", need: { subject: "water", unit: "ml" } });
  });

  it.each([
    ["how many times I wake up at night", "waking up at night"],
    ["how often I eat out", "eating out"],
    ["I floss", "flossing"],
    ["water, in ml", "water"],
    ["my knee pain 1-10", "knee pain"],
    ["ile czasu ćwiczę na pianinie", "piano practice"],
    ["combien de temps je joue du piano chaque jour", "piano practice"],
    ["cuántas veces me muerdo las uñas", "nail biting"],
    ["wie oft ich joggen gehe", "running"],
    ["ile wody piję dziennie", "water"],
  ])("reads the frame-free description %j as %j", (text, subject) => {
    const p = parseInstruction(text);
    expect(p).toMatchObject({ kind: "request", via: "description" });
    expect(subjectOf(p)).toBe(subject);
  });

  it("strips instruction and desire wrappers before naming the subject", () => {
    expect(subjectOf(parseInstruction("make me a tracker for my naps"))).toBe("naps");
    expect(subjectOf(parseInstruction("I want to know how often I eat out"))).toBe("eating out");
    expect(subjectOf(parseInstruction("quiero saber cuántas veces me muerdo las uñas"))).toBe("nail biting");
  });

  it("reads the time spent on an activity as a duration of that activity", () => {
    const p = parseInstruction("how long I spend reading before bed");
    expect(subjectOf(p)).toBe("reading");
    expect(p.kind === "request" && p.need.fields).toContain("duration");
    expect(subjectOf(parseInstruction("le temps que je passe à courir"))).toBe("running");
  });

  it("leaves time phrases out of the subject and takes units from the text", () => {
    const p = parseInstruction("my weight every morning, in kg");
    expect(p).toMatchObject({ kind: "request", need: { subject: "weight", unit: "kg" } });
    expect(subjectOf(parseInstruction("cups of tea per day"))).toBe("tea");
  });

  it("gives a description a lower confidence than a framed request", () => {
    const framed = parseInstruction("track my coffee");
    const bare = parseInstruction("coffee");
    expect(framed.kind === "request" && bare.kind === "request").toBe(true);
    if (framed.kind === "request" && bare.kind === "request") expect(bare.need.confidence).toBeLessThan(framed.need.confidence);
  });

  it.each([
    ["stop tracking coffee", "stop"],
    ["I don't want to track my weight", "negated"],
    ["", "empty"],
    ["  ?! ", "empty"],
    ["the and of", "nothing-trackable"],
    ["thanks", "nothing-trackable"],
    ["nice weather today", "remark"],
    ["my cat is cute", "remark"],
    ["the weather is nice", "remark"],
    ["what's the weather", "question"],
    ["what time is it", "question"],
    ["how do I cook rice", "question"],
  ])("refuses %j (%s) with a reason", (text, reason) => {
    const p = parseInstruction(text);
    expect(p).toMatchObject({ kind: "refused", reason });
    expect(p.kind === "refused" && p.message.length).toBeGreaterThan(10);
  });
});

describe("parseInstruction: ratings, feelings and misplaced languages", () => {
  it("takes a bare range in a description as a rating scale, but not a range of amounts", () => {
    expect(parseInstruction("my mood, 1 to 5")).toMatchObject({
      need: { subject: "mood", scale: { min: 1, max: 5 }, unit: "1-5" },
    });
    const hours = parseInstruction("1 to 2 hours of reading");
    expect(hours.kind === "request" && hours.need.scale).toBeFalsy();
  });

  it.each([
    ["how tired I am, 1-10", "tiredness"],
    ["Wie zufrieden ich mit dem Arbeitstag war, 1 bis 5", "satisfaction"],
    ["qué tan cansada estoy", "tiredness"],
    ["à quel point je suis stressé", "stress"],
  ])("names the feeling in %j by its English noun", (text, subject) => {
    expect(subjectOf(parseInstruction(text))).toBe(subject);
  });

  it("counts the times an event happens, said as a noun, and reads time spent as a duration", () => {
    expect(subjectOf(parseInstruction("times I snooze the alarm"))).toBe("alarm snoozing");
    expect(subjectOf(parseInstruction("the number of times I check my phone"))).toBe("phone checking");
    const gaming = parseInstruction("hours spent gaming");
    expect(gaming).toMatchObject({ need: { subject: "gaming", fields: ["duration"] } });
  });

  it("reads a wh-word before the user as a relative clause, and names a feeling adjective by its noun", () => {
    expect(subjectOf(parseInstruction("what I'm grateful for each day"))).toBe("gratitude");
  });

  it("reads a short description in another language when its own reading is not sure", () => {
    expect(parseInstruction("stwórz mi tracker do picia wody")).toMatchObject({ need: { subject: "water", language: "pl" } });
    expect(parseInstruction("Zahnseide")).toMatchObject({ need: { subject: "floss", language: "de" } });
    expect(parseInstruction("quelle heure est-il")).toMatchObject({ kind: "refused", reason: "question" });
    expect(subjectOf(parseInstruction("kettle descaling"))).toBe("kettle descaling");
  });

  it("names a distance by how it was covered", () => {
    expect(parseInstruction("kilometres cycled each week")).toMatchObject({ need: { subject: "cycling" } });
    expect(subjectOf(parseInstruction("miles walked"))).toBe("walking");
    expect(subjectOf(parseInstruction("calories burned"))).not.toBe("burning");
  });
});
