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

describe("a description that is an act names what is done", () => {
  it.each([
    ["if i fed the fish", /fish/],
    ["if we locked the back door", /door/],
  ])("%j opens with 'if' as 'whether' does", (text, subject) => {
    expect(named(text)).toMatch(subject);
  });

  it.each([
    ["he vaciado el lavavajillas", /dishwasher/],
    ["hab den Müll runtergebracht", /trash/],
    ["j'ai pris mon Spasfon", /spasfon/],
    ["tomé mi Ibuprofeno", /ibuprofen/],
  ])("%j reads past the article or possessive to the thing acted on", (text, subject) => {
    expect(named(text)).toMatch(subject);
  });

  it("keeps a text placed by its own letters in its language: '¿he …' is no English clause", () => {
    expect(named("¿he regado el huerto hoy?")).not.toMatch(/heing|^he\b/);
  });
});

describe("words that are not the thing's name", () => {
  it.each([
    ["combien de ml de sirop je donne au petit", /^(?!.*\bml\b)/],
    ["wie viele kWh die Wärmepumpe braucht", /^(?!.*kwh)/],
  ])("%j: a unit is how it is measured, not its name", (text, subject) => {
    expect(named(text)).toMatch(subject);
  });

  it.each([
    ["wie lange ich im Keller aufgeräumt hab", /^(?!.*aufgeraumt)/],
    ["ile razy kot przewrócił miskę", /^(?!.*przewrocil)/],
    ["cuántas veces he limpiado el acuario", /aquarium/],
  ])("%j: a verb form the glossary does not know is left out beside a known noun", (text, subject) => {
    expect(named(text)).toMatch(subject);
  });

  it.each([
    ["the plants i repot", "plants"],
    ["the podcasts we listen to", "podcasts"],
  ])("%j: a noun and a clause about it is the noun", (text, subject) => {
    expect(named(text)).toBe(subject);
  });

  it("reads no English into a text with no English word", () => {
    expect(named("ob ich heute ohne Wecker aufgewacht bin")).not.toMatch(/\bich\b|obbing/);
  });
});

describe("English clauses that do not open with their verb", () => {
  it("a preposition opening a head names nothing itself: 'for lunges' is lunges", () => {
    expect(named("For lunges: sets, reps and weight each session")).toBe("lunges");
  });

  it("a question's helper verb is not the act: 'how long do I spend' is not 'do'", () => {
    expect(named("How many minutes do I waste on the news app?")).not.toMatch(/^do\b|\bdo$/);
  });

  it("'instead of' ends what is done: 'take the bike instead of the car'", () => {
    expect(named("every time I take the bike instead of the car")).not.toMatch(/instead|\bof$/);
  });

  it("a word before another's act must be someone: 'for squats' is no one squatting", () => {
    expect(named("For squats: sets, reps and the kg on the bar")).not.toMatch(/^for\b/);
  });
});

describe("a word the glossaries know only as a noun is no English verb", () => {
  it.each([
    ["bike service log: date, shop and price", "bike service"],
    ["how many grams of hay the rabbit eats", "hay"],
  ])("%j is named %j", (text, subject) => {
    expect(named(text)).toBe(subject);
  });

  it("a noun before its object is still a verb the glossaries lack: 'oil the chain'", () => {
    expect(named("each time I oil the chain")).toMatch(/oiling/);
  });
});

describe("taking or using a thing one would look up is the act", () => {
  it.each([
    ["ile razy biorę komórkę do ręki", "phone pickups"],
    ["cuántas veces uso el portátil por la noche", /laptop use/],
  ])("%j is %j", (text, subject) => {
    if (typeof subject === "string") expect(named(text)).toBe(subject);
    else expect(named(text)).toMatch(subject);
  });
});

describe("a day before a clause is when, and the clause says what", () => {
  it("reads 'every Friday I'll send you …' past the day and the contracted pronoun", () => {
    expect(named("Every Friday I'll send you my blood pressure, keep it")).not.toMatch(/friday|i'll/);
  });
});

describe("French 'pas'", () => {
  it("is the negation unless steps are counted or owned", () => {
    expect(named("Pas de sucre dans le café : oui ou non")).not.toBe("steps");
    expect(named("je passe pas mal de temps au jardin")).not.toMatch(/steps/);
    expect(named("compte mes pas")).toBe("steps");
  });
});
