// Every text gets an answer, never an exception: the detector reads what users type, and a throw
// on one message is a 500 for the whole batch. Messages here are recombined from the labelled
// sets — sentences of different messages and languages joined, cut mid-word, with emoji, numbers,
// pronouns and punctuation put between them — from a fixed seed, so a failure can be replayed.
import { readFileSync, readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { detectNeeds, fieldWordsOf, parseInstruction, parseRequest } from "../../src/detector/index.js";
import { seededRandom } from "../support/seeded.js";
import type { LabelledSet } from "./evaluate.js";

const CASES = 3_000;
const dir = new URL("./", import.meta.url);
const texts = readdirSync(dir)
  .filter((f) => f.endsWith(".json"))
  .flatMap((f) => (JSON.parse(readFileSync(new URL(f, dir), "utf8")) as LabelledSet).messages.map((m) => m.text));
const pieces = texts.flatMap((t) => t.split(/(?<=[.!?;,:–—])\s+/));
const GLUE = [
  " ",
  ". ",
  ", ",
  " 😅 ",
  " 💪🏼 ",
  "? ",
  " - ",
  " lol ",
  " jajaja ",
  "\n",
  " (",
  ") ",
  " 12 ",
  " 3,5 kg ",
  " it ",
  " them ",
  " les ",
  " lo ",
  "!! ",
];

function recombined(random: () => number): string {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)]!;
  const parts: string[] = [];
  const n = 1 + Math.floor(random() * 4);
  for (let i = 0; i < n; i++) {
    let piece = pick(pieces);
    // Cut mid-word now and then: a message may end anywhere.
    if (random() < 0.2) piece = piece.slice(0, Math.floor(random() * piece.length));
    parts.push(piece, pick(GLUE));
  }
  return parts.join("").slice(0, 2_000);
}

describe("the detector on recombined messages", () => {
  it(`answers ${CASES} of them without throwing, with well-formed needs`, () => {
    const random = seededRandom(20261207);
    for (let i = 0; i < CASES; i++) {
      const text = recombined(random);
      const context = `case ${i}: ${JSON.stringify(text)}`;
      let parsed;
      try {
        parsed = parseRequest(text);
        parseInstruction(text);
        fieldWordsOf(text);
      } catch (err) {
        throw new Error(`${context} threw ${String(err)}`);
      }
      if (parsed.kind === "request") {
        expect(parsed.need.subject, context).toMatch(/\S/);
        expect(parsed.need.subject, context).not.toMatch(/^\d+$/);
      }
    }
  });

  it("answers a message of many counted things each taken up by a pronoun (the look-back does not nest)", () => {
    // "1 it. 2 it. … log it": each count could take up the one before it; read nested, 20 of them
    // took seconds and 30 would take hours. Read once, the answer is immediate.
    const text = Array.from({ length: 300 }, (_, i) => `${i + 1} it.`).join(" ") + " log it";
    expect(parseRequest(text).kind).toBeDefined();
    expect(parseInstruction(text).kind).toBeDefined();
  });

  it("reads the same recombined texts as one conversation without throwing", () => {
    const random = seededRandom(7);
    const start = Date.parse("2026-11-01T08:00:00Z");
    const messages = Array.from({ length: 400 }, (_, i) => ({
      id: `m${i}`,
      text: recombined(random),
      at: new Date(start + i * 3_600_000).toISOString(),
    }));
    const needs = detectNeeds(messages);
    for (const need of needs) expect(need.subject).toMatch(/\S/);
  });
});
