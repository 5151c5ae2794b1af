import { describe, expect, it } from "vitest";
import { parseInstruction, type InstructionParse } from "./index.js";

const subjectOf = (p: InstructionParse): string | undefined => (p.kind === "request" ? p.need.subject : undefined);

describe("parseInstruction: text known to ask for a tracker", () => {
  it("keeps a framed request as the request parser reads it", () => {
    const p = parseInstruction("I want to track how much water I drink, in ml");
    expect(p).toMatchObject({ kind: "request", via: "request", need: { subject: "water", unit: "ml" } });
  });

  it.each([
    ["how many times I wake up at night", "night waking"],
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
    expect(subjectOf(parseInstruction("times I snooze the alarm"))).toBe("alarm snoozes");
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

describe("parseInstruction: questions about the user's own life", () => {
  const fieldsOf = (p: InstructionParse): string[] => (p.kind === "request" ? (p.need.fields ?? []) : []);

  it.each([
    ["who walks the dog", "dog walks"],
    ["kto wynosi śmieci – ja, Kuba czy Ola", "trash"],
    ["wer bringt den Müll raus", "trash"],
    ["quién saca la basura", "trash"],
    ["qui fait la vaisselle le soir", "dishes"],
  ])("reads the duty asked with who in %j as a record with a person field", (text, subject) => {
    const p = parseInstruction(text);
    expect(p).toMatchObject({ kind: "request", via: "description" });
    expect(subjectOf(p)).toContain(subject);
    expect(fieldsOf(p)).toContain("person");
  });

  it.each([
    ["what kind of poop the dog does (normal/soft/runny)", "poop"],
    ["jaki rodzaj treningu robię (bieg, siłownia, basen)", ""],
    ["welche Art Training ich mache (Laufen, Rad, Yoga)", ""],
    ["qué tipo de entreno hago (correr, gym, yoga)", ""],
    ["quel type de séance à la salle (cardio, muscu, yoga)", "seance"],
  ])("reads the kind asked in %j as a record with a kind field", (text, subject) => {
    const p = parseInstruction(text);
    expect(p).toMatchObject({ kind: "request", via: "description" });
    expect(subjectOf(p)).toContain(subject);
    expect(fieldsOf(p)).toContain("kind");
  });

  it.each([
    ["how well my son slept, 1 to 5", "sleep", 5],
    ["wie gut ich geschlafen habe", "sleep", 5],
    ["qué tan fuerte me duele la rodilla, de 1 a 10", "knee pain", 10],
    ["jak bardzo boli mnie kolano, 1-10", "knee pain", 10],
  ])("reads how well or how bad in %j as a rating", (text, subject, max) => {
    const p = parseInstruction(text);
    expect(subjectOf(p)).toBe(subject);
    expect(p).toMatchObject({ need: { scale: { max } } });
  });

  it.each([
    ["did i floss y/n", "flossing"],
    ["czy zrobiłem ćwiczenia na plecy", "back exercises"],
    ["ob ich meine Tabletten genommen habe", "medication"],
    ["si me tomé la pastilla", "medication"],
    ["est-ce que j'ai fait mes exos de kiné", "physiotherapy"],
    ["I want a daily yes/no: did I get to bed before 11?", "bed"],
  ])("reads the yes/no question %j as the act it asks about", (text, subject) => {
    const p = parseInstruction(text);
    expect(p).toMatchObject({ kind: "request", via: "description" });
    expect(subjectOf(p)).toContain(subject);
  });

  it.each([
    "who is the president of Poland",
    "who invented coffee",
    "which wine goes with fish",
    "how much does a Tesla cost",
    "kto jest prezydentem Polski",
    "ile kosztuje bitcoin",
    "czy jutro będzie padać",
    "jaka jest pogoda",
    "wer ist der Bundeskanzler",
    "was kostet ein Hund",
    "welcher Hund passt zu mir",
    "wie ist das Wetter",
    "quién es el presidente de España",
    "cuál es la capital de Francia",
    "qué hora es",
    "qui est le président de la France",
    "quelle est la capitale de l'Italie",
    "est-ce qu'il va pleuvoir demain",
    "qui a écrit Hamlet",
  ])("still refuses the question about the world %j", (text) => {
    expect(parseInstruction(text)).toMatchObject({ kind: "refused", reason: "question" });
  });

  it.each(["thanks", "danke", "gracias", "merci", "dzięki"])("still refuses the small talk %j", (text) => {
    expect(parseInstruction(text)).toMatchObject({ kind: "refused" });
  });
});

describe("parseInstruction: flags, streaks and activities", () => {
  it.each([
    ["did i floss y/n", "flossing"],
    ["jeden Tag 10 Min dehnen, einfach abhaken", "stretching"],
    ["streak for not checking work email after 7pm", "not checking work email"],
    ["racha de días sin azúcar", "sugar-free days"],
    ["seria dni bez słodyczy", "sweet-free days"],
  ])("leaves flag marks, streak wrappers and amounts out of the subject in %j", (text, subject) => {
    expect(subjectOf(parseInstruction(text))).toBe(subject);
  });

  it("names the time spent on an infinitive by the activity, not its noun", () => {
    expect(subjectOf(parseInstruction("temps passé à jardiner"))).toBe("gardening");
    expect(subjectOf(parseInstruction("le temps que je passe à courir"))).toBe("running");
  });
});

describe("parseInstruction: keeping verbs", () => {
  it.each([
    ["save my gift ideas", "gift ideas"],
    ["Guárdame las ideas de negocio que se me van ocurriendo", "business ideas"],
    ["garde-moi les idées de cadeaux pour Noël", "gift ideas"],
    ["merk dir die Geschenkideen für Weihnachten", "gift ideas"],
  ])("reads %j past its keeping verb as %j", (text, subject) => {
    expect(subjectOf(parseInstruction(text))).toBe(subject);
  });
});
