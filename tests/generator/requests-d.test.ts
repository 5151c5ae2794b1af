// Request set D: 70 generate requests in the frame-free style people type into a generate box
// (14 per language: "how many times I wake up at night", "ile kaw wypijam dziennie", "meine Laune
// von 1 bis 10", "cuánto tiempo leo cada día", "mes heures de sommeil"), with the namings a fair
// judge also accepts in `alt`. Written as a development set for the instruction parser (it was
// tuned against, unlike sets A and C). The measure: a draft that passes audit and trial
// first time AND whose collection names the subject in English, over all requests. With the chat
// detector: 0/70 (detected 0); with the instruction parser: 64/70 (detected 70). The floors are
// those figures: raise them, never lower them quietly.
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

const SET: Labelled[] = JSON.parse(readFileSync(join(import.meta.dirname, "requests-d.json"), "utf8"));
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
    results.push({ item, result: await generate({ text: item.text, tenantId: "00000000-0000-4000-8000-0000000000d4" }) });
}, 300_000);
afterAll(async () => {
  await sandbox?.close();
});

describe("offline generator over request set D (70 frame-free requests, five languages)", () => {
  it("passes first time with an English collection name at or above the floors measured when the set was added", () => {
    const detected = results.filter((r) => r.result.need !== null);
    const first = results.filter((r) => r.result.ok && r.result.attempts.length === 1);
    const goal = first.filter((r) =>
      namesSubject(Object.keys(r.result.draft?.collections ?? {})[0] ?? "", r.item.subject, ...(r.item.alt ?? [])),
    );
    console.info(
      `request set D: detected ${detected.length}/70, first-time pass ${first.length}, first-time pass named in English ${goal.length}`,
    );
    // Every detected need gives a draft that passes first time; the rest is the detector's and the naming's.
    expect(first.length).toBe(detected.length);
    expect(detected.length).toBeGreaterThanOrEqual(70);
    expect(goal.length).toBeGreaterThanOrEqual(65);
  });

  it("grants no draft a capability outside its own collection", () => {
    for (const { result } of results.filter((r) => r.result.ok)) {
      const [own] = Object.keys(result.draft!.collections);
      expect(result.audit!.capabilities).toEqual([`data.read:${own}`, `data.write:${own}`]);
    }
  });
});
