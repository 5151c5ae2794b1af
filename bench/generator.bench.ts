// Offline generation end to end: detect → generate → audit → trial per request, median ms, over a
// five-language mix of shapes; and its parts. Baseline: audit + trial of the hand-written water
// example from prompts/ (a 70-line skill), the same work on the smallest good skill we have.
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { detectNeeds } from "../src/detector/index.js";
import { createGeneratePipeline, createOfflineGenerator, offlineDraft } from "../src/generator/index.js";
import { createMemoryRecordStore, createSandbox } from "../src/sandbox/index.js";
import { projectRoot } from "../src/storage/index.js";
import { auditSkill } from "../src/validator/index.js";
import { median, sample } from "./stats.js";
import type { BenchFigure, BenchSuite } from "./types.js";

const REQUESTS = [
  "I want to track how much water I drink",
  "count my push-ups every day",
  "rate my mood from 1 to 10 every evening",
  "log my blood pressure, systolic and diastolic",
  "log my expenses by category in euros",
  "keep a gratitude journal",
  "track how many hours I sleep",
  "track whether I took my vitamins",
  "chcę śledzić ile wody piję",
  "Ich möchte meine Ausgaben nach Kategorien erfassen",
  "registra mi nivel de estres del 1 al 5",
  "je veux noter mon humeur de 1 à 10",
  "Zapisuj moje ciśnienie: skurczowe, rozkurczowe i tętno",
  "cuenta cuántos cigarrillos fumo",
];

// Trials keep their rows under the tenant's scope: a tenant id is a uuid, as the stores require.
const TENANT = "00000000-0000-4000-8000-00000000be0c";

export const suite: BenchSuite = {
  name: "generator",
  async run(): Promise<BenchFigure[]> {
    const sandbox = createSandbox({ store: createMemoryRecordStore(), workers: 1, maxWorkers: 1 });
    try {
      const detect = (text: string) => detectNeeds([{ text }]).find((n) => n.kind === "request") ?? null;
      const generate = createGeneratePipeline({
        generator: createOfflineGenerator(),
        detect,
        audit: auditSkill,
        trial: (i) => sandbox.trial(i),
        clock: { now: () => new Date() },
      });
      let i = 0;
      const next = () => REQUESTS[i++ % REQUESTS.length]!;
      const needs = REQUESTS.map((t) => ({ text: t, need: detect(t)! }));
      let j = 0;
      const drafts = needs.map((n) => offlineDraft(n.need, n.text).draft);

      const whole = median(
        await sample(
          async () => {
            const r = await generate({ text: next(), tenantId: TENANT });
            if (!r.ok) throw new Error("bench request failed");
          },
          70,
          14,
        ),
      );
      const draftOnly = median(
        await sample(() => {
          const n = needs[j++ % needs.length]!;
          offlineDraft(n.need, n.text);
        }, 280),
      );
      const auditOnly = median(
        await sample(
          () => {
            const d = drafts[j++ % drafts.length]!;
            auditSkill({ source: d.source, language: "js", configSchema: d.config_schema, collectionSchemas: d.collections });
          },
          70,
          14,
        ),
      );
      const example = await readFile(join(projectRoot(), "prompts", "example-water.v1.js"), "utf8");
      const caps = auditSkill({ source: example, language: "js" }).capabilities;
      const baseline = median(
        await sample(
          async () => {
            auditSkill({ source: example, language: "js" });
            const t = await sandbox.trial({ source: example, capabilities: caps, tenantId: TENANT });
            if (!t.ok) throw new Error("bench baseline trial failed");
          },
          70,
          14,
        ),
      );
      return [
        {
          suite: "generator",
          name: "offline detect + generate + audit + trial, median per request",
          value: whole,
          unit: "ms",
          baseline: { name: "audit + trial of the 70-line prompt example, ms", value: baseline },
          ratio: whole / baseline,
          target: "≤ 150 ms",
        },
        { suite: "generator", name: "offline generate only (need → draft), median", value: draftOnly, unit: "ms" },
        { suite: "generator", name: "audit of an offline draft, median", value: auditOnly, unit: "ms" },
      ];
    } finally {
      await sandbox.close();
    }
  },
};
