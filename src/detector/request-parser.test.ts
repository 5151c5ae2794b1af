import { describe, expect, it } from "vitest";
import { createRequestParser } from "./request-parser.js";

const parse = createRequestParser();

describe("parseRequest", () => {
  it("returns a request need with canonical subject, the user's phrase, area, fields and language", () => {
    // "ile" (how much) asks for an amount.
    expect(parse("Chcę śledzić ile piję wody")).toEqual({
      kind: "request",
      need: {
        kind: "request",
        subject: "water",
        phrase: "wody",
        area: "hydration",
        fields: ["amount"],
        confidence: 0.95,
        evidence: [],
        language: "pl",
      },
    });
  });

  it("keeps the user's words for a subject the lexicon does not know", () => {
    const out = parse("I want to track my guitar practice");
    expect(out).toMatchObject({ kind: "request", need: { subject: "guitar practice", language: "en" } });
    if (out.kind === "request") expect(out.need.area).toBeUndefined();
  });

  it("gives unknown subjects and weak verbs less confidence than known subjects", () => {
    const known = parse("I want to track my sleep");
    const unknown = parse("I want to track my guitar practice");
    expect(known.kind === "request" && unknown.kind === "request" && known.need.confidence > unknown.need.confidence).toBe(true);
  });

  it("reports the rating scale as scale and unit", () => {
    expect(parse("rate my pain on a scale of 1 to 10")).toMatchObject({
      kind: "request",
      need: { subject: "pain", scale: { min: 1, max: 10 }, unit: "1-10" },
    });
  });

  it("names why a lookalike is not a request", () => {
    expect(parse("don't track my location")).toEqual({ kind: "none", reason: "negated" });
    expect(parse("log in to the site")).toEqual({ kind: "none", reason: "other-sense" });
    expect(parse("do you track my location?")).toEqual({ kind: "none", reason: "question" });
    expect(parse("I track my runs with an app")).toEqual({ kind: "none", reason: "no-request-frame" });
    expect(parse("I'd like to track this")).toEqual({ kind: "none", reason: "no-subject" });
    expect(parse("What a lovely day")).toEqual({ kind: "none", reason: "no-intent" });
  });

  it("reports stopping as its own intent with the subject", () => {
    expect(parse("stop tracking my weight")).toEqual({ kind: "stop", subject: "weight", language: "en" });
    expect(parse("Arrête de suivre mon poids")).toEqual({ kind: "stop", subject: "weight", language: "fr" });
  });

  it("finds the request in a later sentence of a longer message", () => {
    expect(parse("Long day today. Anyway, could you log my sleep from now on?")).toMatchObject({
      kind: "request",
      need: { subject: "sleep" },
    });
  });

  it("treats the how-can-I question as a request only about one's own known trackable", () => {
    expect(parse("How can I track my sleep?").kind).toBe("request");
    expect(parse("How can I track a package?").kind).toBe("none");
  });

  it("reads a request in a language guessed wrongly when the subject is known", () => {
    expect(parse("Track mi peso")).toMatchObject({ kind: "request", need: { subject: "weight" } });
  });

  it("does not take someone else's tracking for the user's request", () => {
    expect(parse("Sarah wants to track her sleep").kind).toBe("none");
    expect(parse("Er möchte seine Schritte zählen")).toEqual({ kind: "none", reason: "other-sense" });
    expect(parse("Ona chce śledzić swoją wagę")).toEqual({ kind: "none", reason: "other-sense" });
  });

  it("reads the subject of a German compound intent noun", () => {
    expect(parse("Ich möchte ein Schlaftagebuch führen")).toMatchObject({
      kind: "request",
      need: { subject: "sleep", phrase: "schlaftagebuch" },
    });
  });

  it("stays bounded on a message made of intent words", () => {
    expect(parse("track ".repeat(1500)).kind).toBe("none");
  });
});
