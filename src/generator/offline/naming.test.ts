import { describe, expect, it } from "vitest";
import { recordName } from "./naming.js";

describe("recordName: the record word the user called a written record by", () => {
  it("adds the journal a text record was asked as, in any language", () => {
    expect(recordName("gratitude", "a little gratitude diary for the evenings", true)).toBe("gratitude journal");
    expect(recordName("dreams", "Traumtagebuch, jeden Morgen", true)).toBe("dreams journal");
    expect(recordName("pregnancy", "dzienniczek ciąży", true)).toBe("pregnancy journal");
  });

  it("adds notes when the request opens with them, whatever the record's shape", () => {
    expect(recordName("wine", "Notizen zu jedem Wein, den ich trinke", false)).toBe("wine notes");
    expect(recordName("wine", "how many glasses of wine I drink, with notes", false)).toBe("wine");
  });

  it("leaves a subject that already names its record, or a request that names none", () => {
    expect(recordName("training log", "training journal", true)).toBe("training log");
    expect(recordName("dreams", "what I dream about", true)).toBe("dreams");
  });
});
