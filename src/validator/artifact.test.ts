import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { transpileSkill } from "../transpile/index.js";
import { buildArtifact, compareWithSource } from "./artifact.js";
import { auditSkill } from "./index.js";
import { parseSkillSource } from "./parse.js";

function skill(body: string, top = ""): string {
  return `${top}
export default { slug: "custom-x", getActions() { return []; }, async executeAction() { return {}; },
  async getData(ctx: unknown) { ${body} }, async getInsights() { return []; } };`;
}

const rules = (source: string) => auditSkill({ source }).findings.map((f) => f.rule);

describe("the audit checks the script the isolate runs", () => {
  it("builds its artifact with the sandbox's own transpile, and reports that script's sha256", () => {
    const source = skill(`return db.from("a").select();`, `enum T { A = "a" }`);
    const artifact = buildArtifact(source);
    const script = (transpileSkill(source) as { script: string }).script;
    expect(artifact.ok && artifact.script).toBe(script);
    expect(auditSkill({ source }).artifactSha256).toBe(createHash("sha256").update(script).digest("hex"));
  });

  it("refuses when the two readings disagree on the top-level statements", () => {
    const audited = parseSkillSource(skill("return 1;"));
    const executed = buildArtifact(skill("return 1;", "const hidden = 1;"));
    expect(audited.ok && executed.ok).toBe(true);
    const diff = audited.ok && executed.ok ? compareWithSource(audited.ast, executed.file) : undefined;
    expect(diff).toMatchObject({ ok: false, rule: "artifact-mismatch", line: 1 });
  });

  it("refuses when the two readings disagree on the names in value positions", () => {
    const audited = parseSkillSource(skill("return a;", "const a = 1;"));
    const executed = buildArtifact(skill("return b;", "const a = 1;"));
    const diff = audited.ok && executed.ok ? compareWithSource(audited.ast, executed.file) : undefined;
    expect(diff).toMatchObject({ ok: false, rule: "artifact-mismatch" });
  });

  it("runs the security rules on the transpiled script: an erased type-only import is the real global there", () => {
    expect(rules(skill("return (globalThis as any).process;", `import type { globalThis } from "./t";`))).toContain(
      "host-access",
    );
    expect(rules(skill("return F;", `import { type Function as F } from "./t";`))).toContain("type-as-value");
  });

  it("refuses `declare` of fields, functions and enums; a typed `declare const db` only types the global (ambient.test.ts)", () => {
    expect(rules(skill("return 1;", "class H { declare static process: unknown; }"))).toContain("ambient-declaration");
    expect(rules(skill("return 1;", "declare function helper(): void;"))).toContain("ambient-declaration");
    expect(rules(skill("return 1;", "declare enum E { A }"))).toContain("ambient-declaration");
    expect(rules(skill(`return db.from("a").select();`, "declare const db: { from(c: string): any };"))).toEqual([]);
  });

  it("accepts what sucrase rewrites without changing meaning: enums, parameter properties, type-only imports", () => {
    const source = skill(
      `return db.from("a").select();`,
      `import type { Row } from "./t";\nenum T { A = "x" }\nvoid T;\nclass Box { constructor(readonly name: string) {} }\nvoid Box;`,
    );
    const report = auditSkill({ source });
    expect(report.findings).toEqual([]);
    expect(report.capabilities).toEqual(["data.read:a"]);
  });
});
