import { describe, expect, it } from "vitest";
import { fold, tokenize } from "./fold.js";
import { findFields, findScale, findUnit } from "./qualifiers.js";

const fields = (text: string) => findFields(tokenize(fold(text)).map((t) => t.word));

describe("qualifiers", () => {
  it("finds units after in / w / en in every language", () => {
    expect(findUnit(fold("log my runs in km"))).toBe("km");
    expect(findUnit(fold("zapisuj wagę w kilogramach"))).toBe("kg");
    expect(findUnit(fold("Wasser in Litern"))).toBe("l");
    expect(findUnit(fold("mis carreras en kilómetros"))).toBe("km");
    expect(findUnit(fold("mon eau en ml"))).toBe("ml");
    expect(findUnit(fold("in the morning"))).toBeUndefined();
  });

  it("finds rating scales", () => {
    expect(findScale(fold("on a scale of 1 to 10"))).toEqual({ min: 1, max: 10 });
    expect(findScale(fold("w skali od 1 do 5"))).toEqual({ min: 1, max: 5 });
    expect(findScale(fold("auf einer Skala von 0 bis 10"))).toEqual({ min: 0, max: 10 });
    expect(findScale(fold("note mon humeur sur 10"))).toEqual({ min: 1, max: 10 });
    expect(findScale(fold("meet from 9 to 17"))).toBeUndefined();
  });

  it("finds fields by name or after with / by", () => {
    expect(fields("blood pressure, systolic and diastolic")).toEqual(["systolic", "diastolic"]);
    expect(fields("expenses by category with notes")).toEqual(["category", "notes"]);
    expect(fields("gastos por categoría")).toEqual(["category"]);
    expect(fields("every time I wake up")).toEqual([]);
  });
});
