// The refinements on sentences written for these tests (none is in a labelled set).
import { describe, expect, it } from "vitest";
import { createLexicon } from "./lexicon.js";
import { refineSubject } from "./refine-subject.js";
import { createRequestParser } from "./request-parser.js";

const parse = createRequestParser();
const subjectOf = (text: string): string | undefined => {
  const out = parse(text);
  return out.kind === "request" ? out.need.subject : undefined;
};

describe("refineSubject", () => {
  it("counts days without something as that thing's free days, in every language", () => {
    expect(subjectOf("count the days I go without coffee")).toBe("coffee-free days");
    expect(subjectOf("licz dni bez kawy")).toBe("coffee-free days");
    expect(subjectOf("Zähl die Tage, an denen ich keinen Alkohol trinke")).toBe("alcohol-free days");
    expect(subjectOf("cuenta los días que paso sin fumar cigarrillos")).toBe("smoke-free days");
    expect(subjectOf("compte les jours sans café")).toBe("coffee-free days");
  });

  it("names a thing counted by the act that yields it by that act's participle", () => {
    expect(subjectOf("log the eggs my ducks lay")).toBe("eggs laid");
    expect(subjectOf("track the pages I read each evening")).toBe("pages read");
    expect(subjectOf("anota las páginas que leo cada noche")).toBe("pages read");
    expect(subjectOf("compte les œufs que pondent mes cannes chaque jour")).toBe("eggs laid");
    // Not a plural thing, or no act that yields it: the subject stays.
    expect(subjectOf("track how much water I drink")).toBe("water");
  });

  it("names spending on a delivery service food delivery spending", () => {
    expect(subjectOf("I want to see how much I spend on Deliveroo")).toBe("food delivery spending");
    expect(subjectOf("quiero ver cuánto dinero se me va en Glovo")).toBe("food delivery spending");
  });

  it("names playing games in general gaming, and keeps a named game", () => {
    expect(subjectOf("track how many hours I play video games")).toBe("gaming");
    expect(subjectOf("notuj, ile godzin gram na konsoli")).toBe("gaming");
    expect(subjectOf("track how many games of chess I play")).not.toBe("gaming");
  });

  it("drops the words of the record and a word said twice", () => {
    expect(subjectOf("log my climbing gym sessions")).not.toMatch(/session/);
    expect(subjectOf("odnotuj każdą dawkę Xanaxu")).toBe("xanax");
  });

  it("names time spent on something by what it is spent on", () => {
    expect(subjectOf("track the time I spend knitting")).toBe("knitting");
    expect(subjectOf("note le temps que je passe à repasser")).toBe("ironing");
    expect(subjectOf("apunta el tiempo que paso leyendo")).toBe("reading");
  });

  it("names a medicine by what it treats, in every language", () => {
    expect(subjectOf("note every time I take my headache pills")).toBe("headache pills");
    expect(subjectOf("zapisuj, kiedy biorę tabletki na alergię")).toBe("allergy pills");
    expect(subjectOf("notier, wann ich Allergietabletten nehme")).toBe("allergy pills");
    expect(subjectOf("apunta cuando tomo las pastillas para la alergia")).toBe("allergy pills");
    expect(subjectOf("track my meds")).toBe("medication");
  });

  it("names a walk with the dog, or with a pet named, a dog walk", () => {
    expect(subjectOf("log every walk with the dog")).toBe("dog walks");
    expect(subjectOf("track when I walk Rex")).toBe("dog walks");
    expect(subjectOf("track my walks")).toBe("walking");
  });

  it("gives an open name the lexicon knows its canonical subject", () => {
    expect(subjectOf("note combien de temps je médite")).toBe("meditation");
  });
});

describe("refineSubject: an open name the lexicon knows", () => {
  it("keeps a kind of a general subject by its own name", () => {
    const input = { known: false, folded: "nap", original: "nap", language: "en" as const, lexicon: createLexicon() };
    expect(refineSubject({ ...input, subject: "nap" })).toBe("naps");
    expect(refineSubject({ ...input, subject: "meditating" })).toBe("meditation");
  });

  it("names a unit that measures one thing by that thing", () => {
    const input = { known: false, folded: "", original: "", language: "pl" as const, lexicon: createLexicon() };
    expect(refineSubject({ ...input, subject: "kwh" })).toBe("electricity usage");
    expect(refineSubject({ ...input, subject: "kwh zuzyte" })).toBe("kwh zuzyte");
  });
});
