// The open-vocabulary mechanisms on sentences written for these tests (none is in a labelled
// set): a tracking frame's clause or noun phrase is the subject whatever the word.
import { describe, expect, it } from "vitest";
import { createRequestParser } from "./request-parser.js";
import { gerund, singularEn } from "./open-subject.js";

const parse = createRequestParser();
const subjectOf = (text: string): string | undefined => {
  const out = parse(text);
  return out.kind === "request" ? out.need.subject : undefined;
};
const fieldsOf = (text: string): string[] | undefined => {
  const out = parse(text);
  return out.kind === "request" ? out.need.fields : undefined;
};

describe("open-vocabulary subjects", () => {
  it("names an English event clause by its verb and object, whatever the words", () => {
    expect(subjectOf("log when I replace my toothbrush")).toBe("toothbrush changes");
    expect(subjectOf("mark it down whenever I skip breakfast")).toBe("breakfast skipping");
    expect(subjectOf("track whenever I take Lexapro")).toBe("lexapro");
    expect(subjectOf("keep track of how long I practise the flute")).toBe("flute practice");
    expect(subjectOf("every time I defrost the freezer, write it down")).toBe("freezer defrosting");
    expect(subjectOf("keep a list of every movie I watch")).toBe("movie");
  });

  it("names a clause in another language in English when the glossary knows its words, else keeps the user's words", () => {
    expect(subjectOf("anota cada vez que limpio el baño")).toBe("bathroom cleaning");
    expect(subjectOf("zapisuj, kiedy zmieniam pościel")).toBe("bedsheet changes");
    expect(subjectOf("Halt fest, wann ich die Bettwäsche wechsle")).toBe("bedsheet changes");
    expect(subjectOf("marque chaque fois que je nettoie la litière")).toBe("litter cleaning");
    expect(subjectOf("notuj, kiedy szczepię kury")).toBe("hen vaccinating");
    // No entry for either word: an ASCII transliteration, never the user's diacritics.
    expect(subjectOf("notuj, kiedy woskuję żaglówkę")).toBe("woskuje zaglowke");
    expect(subjectOf("notuj, kiedy smaruję łańcuch")).toBe("chain lubricating");
  });

  it("names an act by its English event noun, its phrasal verb, its night form and its setting", () => {
    expect(subjectOf("count how often I order sushi")).toBe("sushi orders");
    expect(subjectOf("note every time the cat throws up")).toBe("cat vomiting");
    expect(subjectOf("log each time my daughter wakes up at night")).toBe("daughter night waking");
    expect(subjectOf("track how many hours I sleep each night")).toBe("sleep");
    expect(subjectOf("count how often I scroll instagram in bed")).toBe("instagram scrolling in bed");
    expect(subjectOf("zapisuj, ile razy budzę się w nocy")).toBe("night waking");
    expect(subjectOf("anota cuántas veces se despierta el bebé de noche")).toBe("baby night waking");
    expect(subjectOf("note combien de fois je saute le déjeuner")).toBe("lunch skipping");
    expect(subjectOf("zähl, wie oft ich den Wecker wegdrücke")).toBe("alarm snoozes");
    expect(subjectOf("zähl, wie oft ich im Monat Altglas wegbringe")).not.toMatch(/\bin\b/);
    expect(subjectOf("zapisuj, ile razy przeklinam w szkole, kurde")).toBe("swearing at school");
  });

  it("lets the most specific phrase win over a general lexicon hit inside it", () => {
    expect(subjectOf("track my lower back pain")).toBe("lower back pain");
    expect(subjectOf("quiero llevar un registro de mis ejercicios de fisio")).toBe("physiotherapy exercises");
    expect(subjectOf("Notier, wann ich die Waschmaschine entkalke")).not.toBe("water");
    expect(subjectOf("Erfass bitte, wann ich die Kaffeemaschine entkalke")).toBe("coffee machine descaling");
    // A known word right before a general head is its modifier, in any word order or link.
    expect(subjectOf("log my eczema symptoms every evening")).toBe("eczema symptoms");
    expect(subjectOf("track my sleep medication")).toBe("sleep medication");
    expect(subjectOf("zapisuj objawy grypy")).toBe("flu symptoms");
    expect(subjectOf("anota los síntomas de la gripe")).toBe("flu symptoms");
    expect(subjectOf("note les symptômes du rhume des foins")).toBe("hay fever symptoms");
    // Time, not money, spent on a thing is the thing.
    expect(subjectOf("track how many hours I spend on Pinterest")).toBe("pinterest");
    expect(subjectOf("track how much I spend on Pinterest")).toBe("pinterest spending");
    // French "pain" is bread: the English form does not apply.
    expect(subjectOf("note chaque fois que je mange du pain")).not.toBe("pain");
  });

  it("takes fields asked for in passing", () => {
    expect(fieldsOf("log my Advil with the dose and whether it helps")).toEqual(["dose", "effect"]);
    expect(fieldsOf("track whenever I get a cramp and how bad it is")).toContain("severity");
    expect(fieldsOf("I want to see how many coffees I drink")).toContain("amount");
  });

  it("does not take a retracted, imagined or one-off wish for a request", () => {
    expect(parse("I'd like to log my naps, but better not")).toMatchObject({ kind: "none" });
    expect(parse("si algún día empiezo a contar mis pasos, avísame")).toMatchObject({ kind: "none" });
    expect(parse("gdybym miał czas, zapisywałbym każdy spacer")).toMatchObject({ kind: "none" });
    expect(parse("I want to know how much I weigh")).toMatchObject({ kind: "none" });
    expect(subjectOf("I want to know how many hours I sleep each night")).toBe("sleep");
  });

  it("does not take a one-off note (an address, an appointment) for tracking", () => {
    for (const text of [
      "note my new address: 5 Main St",
      "Trag meinen Termin beim Zahnarzt ein",
      "marque mon rendez-vous de mardi",
      "apúntame a la piscina municipal",
    ]) {
      expect(parse(text)).toMatchObject({ kind: "none" });
    }
  });

  it("takes seeing how much something is for a lookup unless it is the user's own doing", () => {
    for (const text of [
      "I want to see how much the tickets cost",
      "je veux voir combien coûte le billet",
      "chcę zobaczyć, ile kosztuje bilet",
      "quiero ver cuánto cuesta el billete",
    ]) {
      expect(parse(text)).toMatchObject({ kind: "none" });
    }
    expect(subjectOf("I want to see how much sugar I eat")).toBe("sugar");
    expect(subjectOf("chcę zobaczyć, ile stron czytam")).toBeDefined();
  });
});

describe("people, medicines and time words in a clause", () => {
  it("names calling or visiting someone as calls or visits to them, in every language", () => {
    expect(subjectOf("note every time I phone my brother")).toBe("calls to brother");
    expect(subjectOf("zapisuj, kiedy dzwonię do siostry")).toBe("calls to sister");
    expect(subjectOf("notier, wann ich mit Opa telefoniere")).toBe("calls to grandpa");
    expect(subjectOf("anota cuando llamo a mi hermano")).toBe("calls to brother");
    expect(subjectOf("note quand je rends visite à mon grand-père")).toBe("visits to grandpa");
  });

  it("keeps a named medicine filed under medication, whatever its doses are called", () => {
    expect(subjectOf("keep a record of my insulin injections")).toBe("insulin");
    expect(subjectOf("garde une trace de mes piqûres d'insuline")).toBe("insulin");
  });

  it("names a body part that hurts as its pain", () => {
    expect(subjectOf("note every time my shoulder hurts")).toBe("shoulder pain");
    expect(subjectOf("zapisuj, kiedy boli mnie kolano")).toBe("knee pain");
    expect(subjectOf("Cada vez que me duela el hombro, apúntalo.")).toBe("shoulder pain");
  });

  it("reads a Spanish imperative with its pronoun after an event clause", () => {
    expect(subjectOf("Cada vez que riego las plantas, anótalo.")).toBe("plant watering");
    expect(parse("Cada vez que fumo, lo apunto en mi libreta.").kind).toBe("none");
  });

  it("drops a time phrase and the preposition it leaves behind", () => {
    expect(subjectOf("licz, ile razy w miesiącu dzwonię do taty")).toBe("calls to dad");
    expect(subjectOf("note combien de fois par semaine j'appelle ma sœur")).toBe("calls to sister");
  });
});

describe("English word forms", () => {
  it("makes gerunds and singulars", () => {
    expect(["descale", "bite", "jog", "floss", "water", "tie"].map(gerund)).toEqual([
      "descaling",
      "biting",
      "jogging",
      "flossing",
      "watering",
      "tying",
    ]);
    expect(["bedsheets", "lenses", "berries", "glass"].map(singularEn)).toEqual(["bedsheet", "lens", "berry", "glass"]);
  });
});
