import { randomUUID } from "node:crypto";
// The offline generator with real collaborators: the audit, and the sandbox running the drafts.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Json, JsonObject } from "../../contract/index.js";
import type { SkillNeed } from "../../detector/index.js";
import { createMemoryRecordStore, createSandbox, type Sandbox } from "../../sandbox/index.js";
import { auditSkill } from "../../validator/index.js";
import { offlineDraft } from "./generate.js";
import { humanLabel, namesFor, safeBase } from "./naming.js";
import { SHAPE_STRATEGIES } from "./shape.js";
import { subjectDefaults } from "./subjects.js";

const need = (subject: string, extra: Partial<SkillNeed> = {}): SkillNeed => ({
  kind: "request",
  subject,
  confidence: 0.9,
  evidence: [],
  language: "en",
  ...extra,
});

describe("subject defaults", () => {
  it("borrows a measure, scale or money head for a more specific subject, never an activity head", () => {
    expect(subjectDefaults("grocery spending")?.shape).toBe("category_amount");
    expect(subjectDefaults("knee pain")?.shape).toBe("scale");
    expect(subjectDefaults("resting heart rate")?.unit).toBe("bpm");
    expect(subjectDefaults("page reading")).toBeUndefined();
    expect(subjectDefaults("orchid watering")).toBeUndefined();
  });
});

describe("names", () => {
  it.each([
    ["water", "water_entries", "custom-water-tracker"],
    ["blood pressure", "blood_pressure_entries", "custom-blood-pressure-tracker"],
    ["ćwiczenia oddechowe", "cwiczenia_oddechowe_entries", "custom-cwiczenia-oddechowe-tracker"],
    ["Größe über Straße", "grosse_uber_strasse_entries", "custom-grosse-uber-strasse-tracker"],
    ["żółć łąka", "zolc_laka_entries", "custom-zolc-laka-tracker"],
    ["5k runs", "t_5k_runs_entries", "custom-t-5k-runs-tracker"],
    ["水 🙂", "tracker_entries", "custom-tracker-tracker"],
  ])("%j → %s", (subject, collection, slug) => {
    expect(namesFor(subject)).toMatchObject({ collection, slug });
  });

  it("caps the base at 40 characters on a word boundary, and cleans labels of control characters", () => {
    expect(safeBase("very long subject name that goes on and on and on forever").length).toBeLessThanOrEqual(40);
    expect(humanLabel("a\u2028b\nc\u0000d")).toBe("a b c d");
  });
});

describe("shape strategies", () => {
  const cases: [SkillNeed, string, string][] = [
    [need("tea"), "count how many teas I drink", "count"],
    [need("water", { unit: "ml" }), "track my water in ml", "quantity"],
    [need("mood", { scale: { min: 1, max: 5 } }), "rate my mood 1 to 5", "scale"],
    [need("blood pressure", { fields: ["systolic", "diastolic"] }), "log blood pressure", "multi"],
    [need("expenses", { fields: ["category"] }), "log my expenses by category", "category_amount"],
    [need("gratitude"), "keep a gratitude journal", "text"],
    [need("yoga"), "how long I do yoga", "duration"],
    [need("vitamins"), "track whether I took my vitamins", "yesno"],
    [need("kite surfing"), "log kite surfing", "count"],
  ];
  it.each(cases)("%j with %j → %s", (n, text, shape) => {
    expect(offlineDraft(n, text).plan.shape).toBe(shape);
  });

  it("is a table of named strategies ending in a fallback", () => {
    expect(SHAPE_STRATEGIES.at(-1)!.name).toBe("fallback-count");
    expect(new Set(SHAPE_STRATEGIES.map((s) => s.name)).size).toBe(SHAPE_STRATEGIES.length);
  });

  it("is deterministic: the same need and request give the same bytes", () => {
    expect(offlineDraft(need("water"), "water please").draft).toEqual(offlineDraft(need("water"), "water please").draft);
  });
});

describe("offline drafts in the sandbox", () => {
  let sandbox: Sandbox;
  beforeAll(() => {
    sandbox = createSandbox({ store: createMemoryRecordStore(), workers: 1, maxWorkers: 1 });
  });
  afterAll(async () => {
    await sandbox?.close();
  });

  function runner(n: SkillNeed, text: string, config: JsonObject = {}) {
    const { draft } = offlineDraft(n, text);
    const audit = auditSkill({
      source: draft.source,
      language: "js",
      configSchema: draft.config_schema,
      collectionSchemas: draft.collections,
    });
    expect(audit.findings).toEqual([]);
    const scope = { tenantId: "00000000-0000-4000-8000-0000000000a3", skillId: randomUUID() };
    return async (method: "executeAction" | "getData" | "getInsights", now: string, action?: string, params?: Json) => {
      const o = await sandbox.call({
        versionId: `v-${scope.skillId}`,
        source: draft.source,
        capabilities: audit.capabilities,
        scope,
        ctx: { tenantId: "00000000-0000-4000-8000-0000000000a3", config, now },
        method,
        ...(action ? { action, params: params ?? {} } : {}),
      });
      if (!o.ok) throw new Error(`${o.code}: ${o.message}`);
      return o.value as Record<string, Json>;
    };
  }

  it("logs, lists, undoes the last entry, totals per day and week, and reports the goal and streak", async () => {
    const call = runner(need("water", { unit: "ml" }), "track how much water I drink");
    await call("executeAction", "2026-03-02T09:00:00.000Z", "log_entry", { amount: 2000 });
    await call("executeAction", "2026-03-03T09:00:00.000Z", "log_entry", { amount: 1500 });
    await call("executeAction", "2026-03-03T12:00:00.000Z", "log_entry", { amount: 700 });
    await call("executeAction", "2026-03-03T13:00:00.000Z", "log_entry", { amount: 999 });
    const undone = await call("executeAction", "2026-03-03T13:01:00.000Z", "undo_last_entry");
    expect(undone).toMatchObject({ success: true, undone: { amount: 999 } });
    const listed = await call("executeAction", "2026-03-03T14:00:00.000Z", "list_entries", { days: 7 });
    expect((listed.entries as Json[]).length).toBe(3);
    const data = await call("getData", "2026-03-03T20:00:00.000Z");
    expect(data.today).toMatchObject({ date: "2026-03-03", total: 2200, entries: 2 });
    expect((data.per_day as Record<string, Json>[]).at(-2)).toMatchObject({ date: "2026-03-02", total: 2000 });
    expect((data.per_week as Record<string, Json>[]).at(-1)).toMatchObject({
      week_start: "2026-03-02",
      total: 4200,
      days_logged: 2,
    });
    expect(data.streak_days).toBe(2);
    const insights = (await call("getInsights", "2026-03-03T20:00:00.000Z")) as unknown as {
      type: string;
      title: string;
      message: string;
    }[];
    expect(insights[0]).toMatchObject({ type: "success", message: "Today's water total: 2200 ml (goal 2000 ml)." });
    expect(insights.some((i) => i.title === "water: 2-day streak")).toBe(true);
  });

  it("warns above an at-most limit taken from config, and groups amounts by category", async () => {
    const call = runner(need("expenses", { fields: ["category"], unit: "EUR" }), "log my expenses by category in euros", {
      goal: 50,
    });
    await call("executeAction", "2026-03-03T09:00:00.000Z", "log_entry", { category: "food", amount: 40 });
    await call("executeAction", "2026-03-03T10:00:00.000Z", "log_entry", { category: "travel", amount: 25 });
    const insights = (await call("getInsights", "2026-03-03T20:00:00.000Z")) as unknown as {
      type: string;
      title: string;
      message: string;
    }[];
    expect(insights[0]).toMatchObject({ type: "warning", title: "expenses: over your limit" });
    expect(insights.at(-1)!.message).toBe("food leads with 40 EUR over the last 7 days.");
  });

  it("counts yes/no days and averages ratings", async () => {
    const habit = runner(need("flossing"), "track whether I floss");
    await habit("executeAction", "2026-03-02T21:00:00.000Z", "log_entry", {});
    await habit("executeAction", "2026-03-03T21:00:00.000Z", "log_entry", { done: true });
    expect((await habit("getData", "2026-03-03T22:00:00.000Z")).streak_days).toBe(2);
    const mood = runner(need("mood", { scale: { min: 1, max: 10 } }), "rate my mood 1-10");
    await mood("executeAction", "2026-03-03T09:00:00.000Z", "log_entry", { rating: 4 });
    await mood("executeAction", "2026-03-03T19:00:00.000Z", "log_entry", { rating: 8 });
    expect((await mood("getData", "2026-03-03T22:00:00.000Z")).today).toMatchObject({ average: 6, value: 6 });
  });
});
