// Attack: a change request ("also track …") crafted to break out of the next version's code or to
// widen what it may touch — quotes, backslashes, `${`, comment closers, newlines, U+2028, "(…)",
// "constructor"/"__proto__", names of other collections, reserved row keys ("day", "deleted") —
// or a stored plan edited to smuggle a field name or a collection. Refusal: added field names are
// `[a-z][a-z0-9_]*` built from words, never reserved (the template's own keys, and `constructor`,
// which every object inherits), descriptions keep only letters, digits and spaces of the user's
// words (a bare "__proto__" string is what the audit refuses), every user word reaches the code as
// a JSON-escaped literal; the slug, the collection and the existing fields come from the stored
// plan, which is checked against the version before use. So every next version audits clean with
// exactly the skill's own two capabilities, and a tampered plan is refused.
import { describe, expect, it } from "vitest";
import { seededRandom } from "../../support/seeded.js";
import type { SkillNeed } from "../../../src/detector/index.js";
import { createOfflineGenerator, offlineDraft } from "../../../src/generator/index.js";
import { auditSkill } from "../../../src/validator/index.js";

const PIECES = [
  '"',
  "'",
  "`",
  "\\",
  "${",
  "}",
  "*/",
  "//",
  "\n",
  "\u2028",
  "(",
  ")",
  "constructor",
  "__proto__",
  "prototype",
  " day",
  " deleted",
  " logged_at",
  '");db.from("other_entries").insert({});("',
  " other_entries",
  " and ",
  ", ",
  " whether ",
  " how many ",
  " from 1 to 10",
  " in ml",
  " the brand",
  "ż",
  "🙂",
];

const need: SkillNeed = { kind: "request", subject: "water", unit: "ml", confidence: 1, evidence: [], language: "en" };
const v1 = offlineDraft(need, "track how much water I drink").draft;
const generator = createOfflineGenerator();

describe("a change request cannot escape the next version's literals or widen its capabilities", () => {
  it("120 hostile change requests: each next version audits clean, keeps slug and collection, and may touch only its own", async () => {
    const next = seededRandom(41);
    let changed = 0;
    for (let i = 0; i < 120; i++) {
      const words = Array.from({ length: 1 + Math.floor(next() * 10) }, () => PIECES[Math.floor(next() * PIECES.length)]!);
      const request = `also track ${words.join("")}`;
      const out = await generator.generate({ need, request, current: v1 });
      if (!out.ok) {
        expect(out.code, request).toBe("GENERATOR_NO_CHANGE");
        continue;
      }
      changed++;
      const draft = out.draft;
      expect(draft.manifest.slug).toBe(v1.manifest.slug);
      expect(Object.keys(draft.collections)).toEqual(["water_entries"]);
      const fields = draft.meta.template!.plan.fields.map((f) => f.name);
      expect(fields.slice(0, 1)).toEqual(["amount"]);
      for (const f of fields) expect(f, request).toMatch(/^[a-z][a-z0-9_]{0,39}$/);
      expect(fields).not.toContain("day");
      expect(fields).not.toContain("deleted");
      // A plain object already has `constructor`: an absent optional param would read as Object itself.
      expect(fields).not.toContain("constructor");
      const report = auditSkill({
        source: draft.source,
        language: "js",
        configSchema: draft.config_schema,
        collectionSchemas: draft.collections,
      });
      expect(report.findings, request).toEqual([]);
      expect(report.capabilities).toEqual(["data.read:water_entries", "data.write:water_entries"]);
    }
    // The set is hostile but not empty of meaning: most requests do add something.
    expect(changed).toBeGreaterThan(60);
  }, 180_000);

  it("refuses a stored plan edited to carry a collection or a field name of its choosing", async () => {
    const toOther = structuredClone(v1);
    toOther.meta.template!.names.collection = "other_entries";
    const badField = structuredClone(v1);
    badField.meta.template!.plan.fields[0]!.name = 'amount","x":1});db.from("other_entries").select();//';
    for (const current of [toOther, badField]) {
      const out = await generator.generate({ need, request: "also record the brand", current });
      expect(out).toMatchObject({ ok: false, code: "GENERATOR_CANNOT_CHANGE" });
    }
  });
});
