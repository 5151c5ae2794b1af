// Function words in open subjects, on sentences written for these tests (none is in a labelled
// set): a question word, a modal or a helper verb of the message's language names nothing.
import { describe, expect, it } from "vitest";
import { gloss } from "./glossary.js";
import { parseInstruction } from "./index.js";

const subjectOf = (text: string): string | undefined => {
  const out = parseInstruction(text);
  return out.kind === "request" ? out.need.subject : undefined;
};

describe("function words in open subjects", () => {
  it("leaves question words, modals and helper verbs out of a subject the glossary does not name", () => {
    expect(subjectOf("wie oft muss ich zum Zahnarzt, zähl das mit")).toBe("dentist");
    expect(subjectOf("numero de empanadas q me como")).toBe("empanadas");
    expect(subjectOf("Halt fest, ob ich meine Zähne geputzt habe")).toBe("teeth cleaning");
    expect(subjectOf("chcę zapisywać każdą grzybnię którą znajdę")).not.toMatch(/\bktor/);
  });

  it("drops a function word before the glossary, so a noun sharing its stem is not read into it", () => {
    // "wollen" shares its stem with "Wolle" (yarn); "du" is the person asked.
    expect(gloss("wollen", "de")?.en).toBe("yarn");
    expect(subjectOf("wie oft wollen die Kinder Eis, zähl mit")).toBe("children ice cream");
    expect(subjectOf("Wie oft am Tag hast du Schluckauf")).toBe("hiccups");
  });

  it("keeps a word of a closed class that is also a content word as the glossary reads it", () => {
    expect(subjectOf("lleva la cuenta de las veces que me como las uñas")).toBe("nail biting");
  });
});

describe("verbs around a known noun", () => {
  it("reads a German auxiliary after its participle as no verb of its own", () => {
    expect(subjectOf("Halt fest, ob ich meine Zähne geputzt habe")).toBe("teeth cleaning");
    expect(subjectOf("was ich heute auf Italienisch gelernt habe")).toBe("italian learning");
  });

  it("names the thing alone when the act done to it is unknown, not half a translation", () => {
    expect(subjectOf("si he hecho la cama")).toBe("bed");
    expect(subjectOf("si he peinado al perro")).toBe("dog");
  });
});

describe("counting and time words", () => {
  it("names what is counted or what the time is lost in, not the count or the time", () => {
    expect(subjectOf("times my cat escapes")).toBe("cat escaping");
    expect(subjectOf("time wasted in meetings")).toBe("meetings");
    expect(subjectOf("el tiempo perdido en reuniones")).toBe("meetings");
  });
});
