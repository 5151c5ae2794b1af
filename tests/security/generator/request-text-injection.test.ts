// Attack: request text (and the subject the detector takes from it) crafted to break out of the
// generated skill's string literals — quotes, backslashes, template `${`, comment closers,
// newlines, U+2028/U+2029, lone surrogates, "constructor"/"__proto__" — to smuggle code or widen
// the capability set. Refusal: user text reaches the code only as JSON-escaped literals, so the
// audit parses every draft, reads the label back unchanged from the literal action names, and
// finds exactly the skill's own two capabilities.
import { describe, expect, it } from "vitest";
import { seededRandom } from "../../support/seeded.js";
import type { SkillNeed } from "../../../src/detector/index.js";
import { offlineDraft } from "../../../src/generator/index.js";
import { auditSkill } from "../../../src/validator/index.js";

const PIECES = [
  '"',
  "'",
  "`",
  "\\",
  "${",
  "}",
  "*/",
  "/*",
  "//",
  "\n",
  "\r",
  "\u2028",
  "\u2029",
  "\0",
  "\ud800",
  "</script>",
  "constructor",
  "__proto__",
  "prototype",
  '");db.from("other").select();("',
  "`+process.exit()+`",
  "ż",
  "ß",
  "水",
  "🙂",
  " ",
  "a",
  "{today}",
  "$&",
];

function hostile(next: () => number): string {
  const n = 1 + Math.floor(next() * 12);
  return Array.from({ length: n }, () => PIECES[Math.floor(next() * PIECES.length)]!).join("");
}

describe("request text cannot escape the generated code's string literals", () => {
  it("150 hostile subjects and requests all audit clean, with the label read back unchanged and only the own collection", () => {
    const next = seededRandom(13);
    for (let i = 0; i < 150; i++) {
      const subject = hostile(next);
      const need: SkillNeed = {
        kind: "request",
        subject,
        unit: hostile(next),
        fields: ["notes", hostile(next)],
        confidence: 1,
        evidence: [],
        language: "en",
      };
      const { draft } = offlineDraft(need, hostile(next));
      const report = auditSkill({
        source: draft.source,
        language: "js",
        configSchema: draft.config_schema,
        collectionSchemas: draft.collections,
      });
      expect(report.findings, `sample ${i}: ${JSON.stringify(subject)}`).toEqual([]);
      const [own] = Object.keys(draft.collections);
      expect(own).toMatch(/^[a-z][a-z0-9_]{0,62}$/);
      expect(report.capabilities).toEqual([`data.read:${own}`, `data.write:${own}`]);
      expect(report.slug).toBe(draft.manifest.slug);
      // The audit read the action names out of the literals: the label survived as data.
      expect(report.actions?.[0]?.name).toBe(`Log ${draft.manifest.name.replace(/ tracker$/, "")}`);
    }
  }, 180_000); // 150 audits: a few seconds on a quiet machine, much longer beside other CPU-heavy work

  it("keeps SKILL.md frontmatter valid whatever the subject", () => {
    const next = seededRandom(29);
    for (let i = 0; i < 100; i++) {
      const { draft } = offlineDraft(
        { kind: "request", subject: hostile(next), confidence: 1, evidence: [], language: "en" },
        hostile(next),
      );
      const [, front] = draft.skill_md.split("---\n");
      const lines = front!.trim().split("\n");
      expect(lines).toHaveLength(2);
      expect(lines[0]).toMatch(/^name: [a-z0-9]+(?:-[a-z0-9]+)*$/);
      expect(lines[0]!.length - "name: ".length).toBeLessThanOrEqual(64);
      const description = JSON.parse(lines[1]!.slice("description: ".length)) as string;
      expect(description.length).toBeLessThanOrEqual(1024);
    }
  });
});
