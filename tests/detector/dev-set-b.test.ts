// A second labelled set, written after set A to probe phrasing no list held: imperatives with
// other verbs ("add an entry", "wpisuj", "trag ein", "marca", "retiens"), lists of what the user
// does, counts of days, details asked with an unknown thing, Polish without diacritics, typed
// umlauts; lookalikes that keep a fact ("merk dir, dass …"), are someone else's ("mój mąż
// chce …"), imagined, refused, past or a lookup ("cuánto cuestan las entradas"); and
// conversations with one activity in other words (cycling, walking, meditation, reading) or one
// word in unrelated senses ("wina", "Kaffeemaschine", "ça marche", "partido", "pool").
// Subjects are scored by the evaluation script, not here: naming is judged on set A.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { detectNeeds, parseRequest } from "../../src/detector/index.js";
import { precision, recall, scoreSet, type LabelledSet } from "./evaluate.js";

const SET = JSON.parse(readFileSync(new URL("./dev-set-b.json", import.meta.url), "utf8")) as LabelledSet;
const report = scoreSet(SET, parseRequest, detectNeeds);

describe("dev set B", () => {
  it("holds at least 30 messages per language, requests and lookalikes, and conversations", () => {
    for (const lang of ["en", "pl", "de", "es", "fr"]) {
      const mine = SET.messages.filter((m) => m.lang === lang);
      expect(mine.length).toBeGreaterThanOrEqual(30);
      expect(mine.some((m) => m.request) && mine.some((m) => !m.request)).toBe(true);
    }
    expect(SET.conversations.length).toBeGreaterThanOrEqual(10);
  });

  // German objects that sit before an infinitive or inside a split verb with a relative clause
  // after it ("die Nächte zu zählen, in denen …", "Schreib jedes Zyrtec auf, das ich nehme")
  // are still missed: German is held to 93%, every other language to 95%.
  it("reaches precision ≥ 98% in every language, recall ≥ 95% (German 93%) and ≥ 97% overall", () => {
    for (const [lang, t] of report.byLanguage) {
      const floor = lang === "de" ? 0.93 : 0.95;
      expect({ lang, precision: precision(t) >= 0.98, recall: recall(t) >= floor }).toEqual({
        lang,
        precision: true,
        recall: true,
      });
    }
    expect(recall(report.total)).toBeGreaterThanOrEqual(0.984);
  });

  it("gets every conversation right: paraphrases group, unrelated senses do not", () => {
    expect(report.conversations.filter((c) => !c.ok).map((c) => `${c.id}: ${c.got.join(",")}`)).toEqual([]);
  });
});
