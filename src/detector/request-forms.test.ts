// Ways of asking that are neither a wish nor an imperative before the object, on sentences written
// for these tests (none is in a labelled set): a question taken up by a pronoun, a note written
// in the infinitive, a split verb holding a long object, "what I spend on", a Spanish verb with
// its pronoun — and the lookalikes each of them must leave alone.
import { describe, expect, it } from "vitest";
import { createRequestParser } from "./request-parser.js";

const parse = createRequestParser();
const subjectOf = (text: string): string | undefined => {
  const out = parse(text);
  return out.kind === "request" ? out.need.subject : undefined;
};
const kind = (text: string): string => parse(text).kind;

describe("a question about how often or how much, then a pronoun that takes it up", () => {
  it("records what the question asked, in every language", () => {
    expect(subjectOf("how many times do I crack my knuckles? keep count of it")).toBe("knuckle cracking");
    expect(subjectOf("ile razy w tygodniu piekę chleb? zapisuj to")).toBe("bread baking");
    expect(subjectOf("wie oft gieße ich die Kakteen? schreib das bitte mit")).toBe("plant watering");
    expect(subjectOf("¿cuántas veces riego las plantas? apúntalo")).toBe("plant watering");
    expect(subjectOf("combien de fois je promène le chien ? note-le")).toBe("dog walking");
  });

  it("reads the same question as the sentence's opening clause, without a question mark", () => {
    expect(subjectOf("wie oft ich die Kakteen gieße, bitte mitschreiben")).toBe("plant watering");
    expect(subjectOf("ile razy piekę chleb – zapisuj to proszę")).toBe("bread baking");
  });

  it("reads a wish to know the quantity before the order the same way", () => {
    expect(kind("quiero saber cuántas horas juego, sigue anotándolo")).toBe("request");
    expect(subjectOf("I want to know how many hours I sleep, write it down")).toBe("sleep");
  });

  it("takes up a wish to know said as a statement in the sentence before, even after an aside", () => {
    expect(subjectOf("I'd love to know how often I crack my knuckles. Can you count it?")).toBe("knuckle cracking");
    expect(subjectOf("I'd like to see how many times I skip breakfast. Please count it.")).toBe("breakfast skipping");
    expect(kind("es una tontería pero quiero saber cuántas veces me llama mi hermano. Apúntalo")).toBe("request");
    expect(kind("Ciekawi mnie, ile razy dziennie sprawdzam telefon. Możesz to liczyć?")).toBe("request");
    // A price asked the same way is still a lookup.
    expect(kind("I'd love to know how much a Tesla costs. Write it down.")).toBe("none");
  });

  it("leaves a price, and a past one-off, alone", () => {
    expect(kind("I want to know how much a Tesla costs, write it down")).toBe("none");
    expect(kind("how much does a new bike cost? track it")).toBe("none");
    expect(kind("what did I eat yesterday? write it down")).toBe("none");
  });

  it("does not throw when an earlier sentence names a known trackable", () => {
    expect(subjectOf("I drink so much coffee these days. Can you track it?")).toBe("coffee");
  });
});

describe("German notes in the infinitive", () => {
  it("takes an infinitive closing a clause without a subject as an order", () => {
    expect(subjectOf("Blutdruck jeden Abend notieren")).toBe("blood pressure");
    expect(kind("Hundefutter täglich aufschreiben")).toBe("request");
  });

  it("leaves statements and the zu-infinitive alone", () => {
    expect(kind("Blutdruck messen ist nervig")).toBe("none");
    expect(kind("Gestern vergessen, den Blutdruck zu notieren")).toBe("none");
    expect(kind("Ich habe keine Lust, alles aufzuschreiben")).toBe("none");
  });
});

describe("French notes in the infinitive", () => {
  it("takes an infinitive opening the message, with no verb after it, as an order", () => {
    expect(subjectOf("noter mon poids chaque matin")).toBe("weight");
    expect(subjectOf("tenir un journal de mes migraines")).toBe("migraines");
  });

  it("leaves an infinitive that is the topic of a statement alone", () => {
    expect(kind("noter mes dépenses, c'est pénible")).toBe("none");
    expect(kind("suivre mes dépenses ça me saoule")).toBe("none");
    expect(kind("compter les calories ne sert à rien")).toBe("none");
  });
});

describe("split verbs and spending clauses", () => {
  it("finds the object of a German split verb across a long middle", () => {
    expect(subjectOf("Behalte meine Ausgaben für Bücher und Comics im Auge")).toMatch(/spending$/);
    expect(kind("Trag jeden Sonntag das Gewicht von unserem Hund ein")).toBe("request");
  });

  it("reads what I spend on something as its spending", () => {
    expect(subjectOf("keep an eye on what I spend on board games")).toBe("board game spending");
    expect(subjectOf("controla lo que gasto en libros")).toBe("book spending");
    expect(subjectOf("surveille ce que je dépense en livres")).toBe("book spending");
    expect(subjectOf("pilnuj, co wydaję na książki")).toBe("book spending");
  });

  it("reads a Spanish verb with its pronoun as the verb", () => {
    expect(subjectOf("llévame la cuenta de mis cafés")).toBe("coffee");
    expect(kind("pásame la cuenta")).toBe("none");
  });

  it("keeps politeness words out of an open subject", () => {
    expect(subjectOf("note each time I change the towels pls")).toBe("towel changes");
    expect(subjectOf("note à chaque fois que je change les serviettes stp")).not.toMatch(/stp/);
    expect(subjectOf("anota cada vez que cambio las toallas porfa")).not.toMatch(/porfa/);
  });

  it("still reads counting sheep as falling asleep", () => {
    expect(kind("count sheep every night")).toBe("none");
  });
});
