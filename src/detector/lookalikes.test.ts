// Sentences that hold a tracking phrase but ask for nothing, next to the request each one
// resembles, so every rule is checked from both sides.
import { describe, expect, it } from "vitest";
import { createRequestParser } from "./request-parser.js";

const parse = createRequestParser();
const kind = (text: string): string => parse(text).kind;

describe("lookalikes of a request", () => {
  it("reads a relative as the subject of the wish as someone else's tracking, unless they only passed it on", () => {
    expect(kind("mój mąż chce śledzić swoje ciśnienie")).toBe("none");
    expect(kind("mi marido quiere controlar su tensión")).toBe("none");
    expect(kind("mon mari veut suivre sa tension")).toBe("none");
    expect(kind("Meine Schwester möchte ihr Gewicht tracken")).toBe("none");
    expect(kind("moja żona kazała mi śledzić moje ciśnienie")).toBe("request");
  });

  it("keeps a fact to remember apart from a habit to record", () => {
    expect(kind("Merk dir, dass ich gegen Nüsse allergisch bin")).toBe("none");
    expect(kind("acuérdate de que soy alérgico a los frutos secos")).toBe("none");
    expect(kind("retiens que je suis allergique aux noix")).toBe("none");
    expect(kind("Merk dir jedes Mal, wenn ich kalt dusche")).toBe("request");
  });

  it("takes back advice the user refuses, and a wish only for some day", () => {
    expect(kind("The nurse said I should log my blood pressure, but I don't want to.")).toBe("none");
    expect(kind("On m'a dit de noter mon poids, mais je n'en ai aucune envie.")).toBe("none");
    expect(kind("Me dijeron que apuntara lo que como, pero no me da la gana.")).toBe("none");
    expect(kind("Może kiedyś zacznę zapisywać wagę.")).toBe("none");
    expect(kind("Maybe one day I'll track my steps.")).toBe("none");
    expect(kind("Vielleicht irgendwann zähle ich meine Schritte.")).toBe("none");
    expect(kind("Tal vez algún día cuente mis pasos.")).toBe("none");
    expect(kind("Peut-être un jour je noterai mes pas.")).toBe("none");
    expect(kind("The nurse said I should log my blood pressure, so please do.")).toBe("request");
  });

  it("takes an unknown thing kept for the user only with what to record or a dose", () => {
    expect(kind("count sheep for me")).toBe("none");
    expect(kind("track bitcoin for me")).toBe("none");
    expect(kind("track the kids for me")).toBe("none");
    expect(kind("track magnesium for me, 400mg at night")).toBe("request");
    expect(kind("log ukulele practice for me, how long each time")).toBe("request");
  });

  it("refuses a tracked parcel written as a compound", () => {
    expect(kind("Verfolge mein UPS-Paket bitte")).toBe("none");
  });

  it("takes back a wish the user expects to drop", () => {
    expect(kind("chciałbym prowadzić dziennik jedzenia, ale i tak nie wytrwam")).toBe("none");
    expect(kind("Ich würde gern ein Ernährungstagebuch führen, aber ich halt das eh nicht durch")).toBe("none");
    expect(kind("me gustaría llevar un diario de comidas pero sé que no lo voy a mantener")).toBe("none");
    expect(kind("mi psicóloga quiere que escriba un diario, pero no pienso hacerlo")).toBe("none");
    expect(kind("I want to track my sleep but not on weekends")).toBe("request");
  });

  it("reads a conditional mood after if/wenn/si as imagined", () => {
    expect(kind("Wenn ich anfangen würde, meine Drinks zu zählen, wär ich wohl geschockt")).toBe("none");
    expect(kind("si je commençais à noter mes verres, je serais sûrement choqué")).toBe("none");
    expect(kind("si empezara a apuntar las copas seguro que me asustaba")).toBe("none");
    expect(kind("Ich würde gern meinen Schlaf tracken")).toBe("request");
  });

  it("treats a price as a lookup and money going somewhere as the user's spending", () => {
    expect(kind("quiero ver cuánto cuestan las entradas del concierto")).toBe("none");
    expect(kind("I want to see how much money the trip costs")).toBe("none");
    expect(kind("chce zobaczyc ile kosztuje nowy rower")).toBe("none");
    expect(kind("I wanna see how much money goes on Uber Eats")).toBe("request");
    expect(kind("chce widziec ile kasy wydaje na papierosy")).toBe("request");
    expect(kind("quiero ver cuánto café tomo")).toBe("request");
  });
});

describe("requests phrased with other verbs", () => {
  it.each([
    "every time I bite my nails, note it",
    "add an entry every time I water the garden",
    "could you start noting when I change the cat litter?",
    "count the days I go without sugar",
    "kazdego dnia zapisz mi ile krokow zrobilem",
    "zaznacz, kiedy wymieniam soczewki kontaktowe",
    "wpisuj mi kiedy podlewam kwiatki",
    "zaehl mit wie oft ich am tag auf insta gehe",
    "Trag jede Dosis Ritalin ein, mit Uhrzeit",
    "marca cada vez que me muerdo las uñas",
    "haz una lista de los libros que leo",
    "retiens chaque fois que je vais courir",
    "j'aimerais cocher chaque jour si j'ai passé le fil dentaire",
  ])("%s", (text) => {
    expect(kind(text)).toBe("request");
  });
});
