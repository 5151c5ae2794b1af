// An act the user tells of, then asks to record with a pronoun or with nothing: the statement
// names the subject ("descaled the kettle, note it down" is kettle descaling). Only the user's
// own act counts, and only when it reads as one: a thought, someone else's doing or a question
// before the pronoun names nothing.
import { describe, expect, it } from "vitest";
import { createRequestParser } from "./request-parser.js";

const parse = createRequestParser();
const subjectOf = (text: string): string | undefined => {
  const out = parse(text);
  return out.kind === "request" ? out.need.subject : undefined;
};

describe("an act told before the request names its subject", () => {
  it("in chat style, the past verb alone, in the same sentence", () => {
    expect(subjectOf("vacuumed the stairs this morning, can you keep a record of it")).toBe("stair vacuuming");
    expect(subjectOf("repotted the cactus, pls log that")).toBe("cactus repotting");
  });

  it("in the sentence before, with a first-person subject and what says when", () => {
    expect(subjectOf("I'm going to start journaling before bed. Please track it")).toBe("journaling");
    expect(subjectOf("started ashwagandha yesterday. can you log it")).toBe("ashwagandha");
    expect(subjectOf("I polished my boots today. Keep a record of that")).toBe("boot polishing");
  });

  it("the act forgotten, not the forgetting; how often it happens is no part of it", () => {
    expect(subjectOf("I always forget when I last defrosted the freezer, can you track it")).toBe("freezer defrosting");
    expect(subjectOf("j'ai des crampes aux mollets tout le temps en ce moment, tu peux les noter ?")).not.toMatch(/temps|moment/);
    expect(subjectOf("I forgot my umbrella again, track it")).toBeUndefined();
  });

  it("in the other languages, when the glossary knows the verb", () => {
    expect(subjectOf("hab gerade die Fenster geputzt, schreib es bitte auf")).toMatch(/window/);
    expect(subjectOf("limpié el horno, apúntalo")).toMatch(/oven/);
    expect(subjectOf("j'ai nettoyé le four, note-le")).toMatch(/oven/);
  });

  it("not a thought, someone else's act, or nothing told", () => {
    expect(subjectOf("I think the weather will turn, track it")).toBeUndefined();
    expect(subjectOf("my brother repotted his cactus, log it")).toBeUndefined();
    expect(subjectOf("can you track it")).toBeUndefined();
  });
});
