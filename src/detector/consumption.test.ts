import { describe, expect, it } from "vitest";
import { fold, tokenize } from "./fold.js";
import { consumedThings } from "./consumption.js";

const things = (text: string) => consumedThings(tokenize(fold(text)), text);

describe("consumedThings", () => {
  it("names what was drunk or eaten past measures and articles", () => {
    expect(things("I drank a bottle of kombucha")).toEqual(["kombucha"]);
    expect(things("ate a huge burrito for lunch")).toEqual(["burrito"]);
  });

  it("never names a meal, a time word or nothing at all", () => {
    expect(things("I ate lunch late")).toEqual([]);
    expect(things("drank too much yesterday")).toEqual([]);
    expect(things("we ate out")).toEqual([]);
  });
});
