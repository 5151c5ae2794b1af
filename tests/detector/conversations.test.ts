import { describe, expect, it } from "vitest";
import { detectNeeds } from "../../src/detector/index.js";
import { CONVERSATIONS } from "./conversations.js";

describe("detectNeeds over conversations", () => {
  it("has at least twenty conversations", () => {
    expect(CONVERSATIONS.length).toBeGreaterThanOrEqual(20);
  });

  for (const c of CONVERSATIONS) {
    it(`${c.name}: finds every expected need and no forbidden subject`, () => {
      const needs = detectNeeds(c.messages, c.options);
      const found = needs.map((n) => `${n.kind}:${n.subject}`);
      for (const e of c.expect) expect(found).toContain(e);
      for (const f of c.forbid) expect(needs.map((n) => n.subject)).not.toContain(f);
      expect(needs.filter((n) => n.kind === "gap").length).toBeLessThanOrEqual(1);
    });
  }

  it("gives pattern evidence as the ids of the messages that mention the subject", () => {
    const needs = detectNeeds(CONVERSATIONS[0]!.messages);
    const coffee = needs.find((n) => n.kind === "pattern" && n.subject === "coffee");
    expect(coffee?.evidence).toEqual(["d0-0", "d1-0", "d2-0"]);
    expect(coffee?.language).toBe("en");
  });

  it("returns the same needs for the same input", () => {
    for (const c of CONVERSATIONS.slice(0, 5))
      expect(detectNeeds(c.messages, c.options)).toEqual(detectNeeds(c.messages, c.options));
  });
});
