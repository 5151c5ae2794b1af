import { describe, expect, it } from "vitest";
import { contextMentions } from "./context-mentions.js";
import { fold } from "./fold.js";

const mentions = (text: string) => contextMentions(fold(text));

describe("activity concept map", () => {
  it("reads one complaint or activity said in different words, in every language", () => {
    expect(mentions("My temples are throbbing again")).toContain("headaches");
    expect(mentions("Głowa mi pęka od rana")).toContain("headaches");
    expect(mentions("Mein Kreuz tut heute richtig weh")).toContain("back pain");
    expect(mentions("J'ai encore mal au dos ce matin")).toContain("back pain");
    expect(mentions("Me duele la tripa después de comer")).toContain("stomach aches");
    expect(mentions("Kein Auge zugetan heute Nacht")).toContain("sleep");
    expect(mentions("Quick dip at the lido before work")).toContain("swimming");
    expect(mentions("Désherbé les allées du potager")).toContain("gardening");
  });

  it("names a walk with the dog a dog walk, not the user's own walk", () => {
    expect(mentions("Long walk with the dog by the river")).toEqual(["dog walks"]);
    expect(mentions("Paseo largo con la perrita")).toEqual(["dog walks"]);
    expect(mentions("Went for a walk after lunch")).toEqual(["walking"]);
  });

  it("needs a word that fixes the sense of a word with other meanings", () => {
    expect(mentions("Can you look at the car pool schedule?")).toEqual([]);
    expect(mentions("I'll be back in an hour")).toEqual([]);
    expect(mentions("The garden centre closes at six")).toEqual([]);
    expect(mentions("Im Akkord gearbeitet heute")).toEqual([]);
  });
});
