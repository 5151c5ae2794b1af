// How the request sets run: each labelled request goes through generate as the composition root
// wires it (the instruction parser, the offline generator, the audit, a trial in a memory sandbox),
// and the measure is read off the results. Shared by tests/generator/requests-*.test.ts.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { parseInstruction } from "../../src/detector/index.js";
import { createGeneratePipeline, createOfflineGenerator, type GenerateResult } from "../../src/generator/index.js";
import { createMemoryRecordStore, createSandbox } from "../../src/sandbox/index.js";
import { auditSkill } from "../../src/validator/index.js";
import { namesSubject } from "./naming.js";

export interface LabelledRequest {
  id: string;
  lang: string;
  text: string;
  subject: string;
  alt?: string[];
}

export interface RequestResult<T extends LabelledRequest> {
  item: T;
  result: GenerateResult;
}

/** A set's JSON file next to the tests (`requests-c.json`). */
export function loadRequestSet<T extends LabelledRequest = LabelledRequest>(file: string): T[] {
  return JSON.parse(readFileSync(join(import.meta.dirname, file), "utf8")) as T[];
}

/** Every request of the set through generate, one at a time, on a one-worker memory sandbox. */
export async function runRequestSet<T extends LabelledRequest>(set: readonly T[], tenantId: string): Promise<RequestResult<T>[]> {
  const sandbox = createSandbox({ store: createMemoryRecordStore(), workers: 1, maxWorkers: 1 });
  try {
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
    const results: RequestResult<T>[] = [];
    for (const item of set) results.push({ item, result: await generate({ text: item.text, tenantId }) });
    return results;
  } finally {
    await sandbox.close();
  }
}

/** The draft's (only) collection, or "" when there is no draft. */
export const collectionOf = (r: RequestResult<LabelledRequest>): string =>
  Object.keys(r.result.draft?.collections ?? {})[0] ?? "";

/** Detected needs, drafts that passed first time, and those of them named in English (the goal). */
export function goalFigures<T extends LabelledRequest>(results: readonly RequestResult<T>[]) {
  const detected = results.filter((r) => r.result.need !== null);
  const first = results.filter((r) => r.result.ok && r.result.attempts.length === 1);
  const goal = first.filter((r) => namesSubject(collectionOf(r), r.item.subject, ...(r.item.alt ?? [])));
  return { detected: detected.length, first: first.length, goal: goal.length };
}

/** No passing draft holds a capability outside its own collection. */
export function expectOwnCollectionOnly(results: readonly RequestResult<LabelledRequest>[]): void {
  for (const { result } of results.filter((r) => r.result.ok)) {
    const [own] = Object.keys(result.draft!.collections);
    expect(result.audit!.capabilities).toEqual([`data.read:${own}`, `data.write:${own}`]);
  }
}

export interface RequestSetSuite {
  /** The set's JSON file next to the tests. */
  file: string;
  /** Its letter, as the figures are printed ("K"). */
  name: string;
  /** What the set holds, for the suite's title ("150 requests, five languages, eight shapes"). */
  holds: string;
  tenantId: string;
  /** The figures when the set was added or last raised: detected needs, first-time passes named in English. */
  floor: { detected: number; goal: number };
}

/**
 * The suite every request set runs: each detected need passes audit and trial first time, the
 * detected and named-in-English counts stay at or above the set's floors, and no passing draft
 * holds a capability outside its own collection.
 */
export function describeRequestSet(suite: RequestSetSuite): void {
  const set = loadRequestSet(suite.file);
  let results: RequestResult<LabelledRequest>[] = [];

  beforeAll(async () => {
    results = await runRequestSet(set, suite.tenantId);
  }, 300_000);

  describe(`offline generator over request set ${suite.name} (${suite.holds})`, () => {
    it("passes first time with an English collection name at or above the floors measured when the set was added", () => {
      const { detected, first, goal } = goalFigures(results);
      console.info(
        `request set ${suite.name}: detected ${detected}/${set.length}, first-time pass ${first}, first-time pass named in English ${goal}`,
      );
      // Every detected need gives a draft that passes first time; the rest is the detector's and the naming's.
      expect(first).toBe(detected);
      expect(detected).toBeGreaterThanOrEqual(suite.floor.detected);
      expect(goal).toBeGreaterThanOrEqual(suite.floor.goal);
    });

    it("grants no draft a capability outside its own collection", () => {
      expectOwnCollectionOnly(results);
    });
  });
}
