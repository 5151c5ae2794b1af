import { describe, expect, it } from "vitest";
import { MAX_TEXT_CHARS, parseMessages } from "./messages.js";

describe("parseMessages", () => {
  it("accepts an array of messages and a single message", () => {
    expect(parseMessages([{ id: "a", text: "hi", at: "2026-11-01T10:00:00Z" }, { text: "yo" }])).toEqual({
      ok: true,
      messages: [{ id: "a", text: "hi", at: "2026-11-01T10:00:00Z" }, { text: "yo" }],
    });
    expect(parseMessages({ text: "track my water" })).toEqual({ ok: true, messages: [{ text: "track my water" }] });
  });

  it("turns numeric ids into strings", () => {
    expect(parseMessages([{ id: 7, text: "x" }])).toEqual({ ok: true, messages: [{ id: "7", text: "x" }] });
  });

  it("refuses wrong shapes with a reason naming the message", () => {
    const cases: [unknown, RegExp][] = [
      ["text", /expected an array/],
      [null, /expected an array/],
      [[1], /message 0 must be an object/],
      [[{ text: "ok" }, { text: "  " }], /message 1: "text" must be a non-empty string/],
      [{ text: 3 }, /"text" must be/],
      [[{ text: "x", at: "yesterday" }], /"at" must be an ISO 8601/],
      [[{ text: "x", at: "2026-13-45T00:00:00Z" }], /"at"/],
      [[{ text: "x", id: {} }], /"id" must be/],
      [[{ text: "x".repeat(MAX_TEXT_CHARS + 1) }], /longer than/],
    ];
    for (const [input, reason] of cases) {
      const out = parseMessages(input);
      expect(out.ok).toBe(false);
      if (!out.ok) expect(out.error).toMatch(reason);
    }
  });
});
