// Request set E, written blind (100 tracking requests, 20 per language, as people type them into a
// generate box: many with no tracking verb at all, many subjects no list holds, and the namings a
// fair judge also accepts in `alt`), held out until it was scored. The measure: a draft
// that passes audit and trial first time AND whose collection names the subject in English.
// Before the instruction parser: 12/100 (detected 27, the chat detector's frames gating it); with
// the instruction parser and the detector's subject refinements: 48/100 (detected 98). From here on
// it is a tuning set like the others. The floors are the figures measured when it was added: raise
// them, never lower them quietly.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseInstruction } from "../../src/detector/index.js";
import { createGeneratePipeline, createOfflineGenerator, type GenerateResult } from "../../src/generator/index.js";
import { createMemoryRecordStore, createSandbox, type Sandbox } from "../../src/sandbox/index.js";
import { auditSkill } from "../../src/validator/index.js";
import { namesSubject } from "./naming.js";

interface Labelled {
  id: string;
  lang: string;
  text: string;
  subject: string;
  alt?: string[];
}

const SET: Labelled[] = JSON.parse(readFileSync(join(import.meta.dirname, "requests-e.json"), "utf8"));
let sandbox: Sandbox;
const results: { item: Labelled; result: GenerateResult }[] = [];

beforeAll(async () => {
  sandbox = createSandbox({ store: createMemoryRecordStore(), workers: 1, maxWorkers: 1 });
  const generate = createGeneratePipeline({
    generator: createOfflineGenerator(),
    // As the composition root's generate: the instruction parser (requests, then descriptions).
    detect: (text) => {
      const parsed = parseInstruction(text);
      return parsed.kind === "request" ? parsed.need : { refused: parsed.message };
    },
    audit: auditSkill,
    trial: (input) => sandbox.trial(input),
    clock: { now: () => new Date() },
  });
  for (const item of SET)
    results.push({ item, result: await generate({ text: item.text, tenantId: "00000000-0000-4000-8000-0000000000e4" }) });
}, 300_000);
afterAll(async () => {
  await sandbox?.close();
});

describe("offline generator over request set E (100 requests, five languages, many without a tracking verb)", () => {
  it("passes first time with an English collection name at or above the floors measured when the set was added", () => {
    const detected = results.filter((r) => r.result.need !== null);
    const first = results.filter((r) => r.result.ok && r.result.attempts.length === 1);
    const goal = first.filter((r) =>
      namesSubject(Object.keys(r.result.draft?.collections ?? {})[0] ?? "", r.item.subject, ...(r.item.alt ?? [])),
    );
    console.info(
      `request set E: detected ${detected.length}/100, first-time pass ${first.length}, first-time pass named in English ${goal.length}`,
    );
    // Every detected need gives a draft that passes first time; the rest is the detector's and the naming's.
    expect(first.length).toBe(detected.length);
    expect(detected.length).toBeGreaterThanOrEqual(98);
    expect(goal.length).toBeGreaterThanOrEqual(48);
  });

  it("grants no draft a capability outside its own collection", () => {
    for (const { result } of results.filter((r) => r.result.ok)) {
      const [own] = Object.keys(result.draft!.collections);
      expect(result.audit!.capabilities).toEqual([`data.read:${own}`, `data.write:${own}`]);
    }
  });
});
