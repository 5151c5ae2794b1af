import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { createDetector } from "./detect.js";
import { DEFAULT_LIFE_AREAS } from "./life-areas.js";
import { createDetectMemo } from "./memo.js";
import type { Message } from "./types.js";

const { detectNeeds } = createDetector();
const set = JSON.parse(readFileSync(new URL("../../tests/detector/blind-set-f.json", import.meta.url), "utf8")) as {
  messages: { id: string; text: string }[];
  conversations: { messages: Message[] }[];
};

describe("the detect memo", () => {
  it("gives the same needs on a second reading of the same texts, under other ids and times", () => {
    const memo = createDetectMemo();
    const options = { memo: { store: memo, scope: "tenant-a" } };
    const cases: Message[][] = [...set.messages.map((m) => [m]), ...set.conversations.map((c) => c.messages)];
    // The second reading moves every message by a day and renames it: only the text is shared.
    const moved = (messages: Message[]) =>
      messages.map((m, i) => ({
        id: `x${i}`,
        text: m.text,
        ...(m.at ? { at: new Date(Date.parse(m.at) + 86_400_000).toISOString() } : {}),
      }));
    for (const messages of cases) {
      const fresh = detectNeeds(messages);
      expect(detectNeeds(messages, options)).toEqual(fresh);
      expect(detectNeeds(messages, options)).toEqual(fresh);
      expect(detectNeeds(moved(messages), options)).toEqual(detectNeeds(moved(messages)));
      expect(
        detectNeeds(
          messages.map((m) => ({ text: m.text })),
          options,
        ),
      ).toEqual(detectNeeds(messages.map((m) => ({ text: m.text }))));
    }
  });

  it("keeps scopes apart: a text one scope sent is read afresh for another", () => {
    const memo = createDetectMemo();
    detectNeeds([{ text: "I want to track how much water I drink" }], { memo: { store: memo, scope: "tenant-a" } });
    expect(memo.get("tenant-a", "I want to track how much water I drink", DEFAULT_LIFE_AREAS)).toBeDefined();
    expect(memo.get("tenant-b", "I want to track how much water I drink", DEFAULT_LIFE_AREAS)).toBeUndefined();
  });

  it("is not changed by a caller that edits the needs it was handed", () => {
    const memo = createDetectMemo();
    const options = { memo: { store: memo, scope: "t" } };
    const text = "track my blood pressure, systolic and diastolic, on a scale of 1 to 10";
    const before = detectNeeds([{ id: "a", text }]);
    expect(before[0]).toMatchObject({ fields: expect.any(Array), scale: expect.any(Object) });
    const first = detectNeeds([{ id: "a", text }], options);
    first[0]!.fields?.push("edited");
    if (first[0]!.scale) first[0]!.scale.max = 99;
    const second = detectNeeds([{ id: "a", text }], options);
    second[0]!.fields?.push("edited again");
    expect(detectNeeds([{ id: "a", text }], options)).toEqual(before);
  });

  it("holds no more characters than it was given, evicting the least recently used", () => {
    const memo = createDetectMemo(200);
    const options = { memo: { store: memo, scope: "t" } };
    for (let i = 0; i < 20; i++) detectNeeds([{ text: `another coffee number ${i}` }], options);
    expect(memo.chars).toBeLessThanOrEqual(200);
    expect(memo.get("t", "another coffee number 19", DEFAULT_LIFE_AREAS)).toBeDefined();
    expect(memo.get("t", "another coffee number 0", DEFAULT_LIFE_AREAS)).toBeUndefined();
  });
});
