// Worst cases for the audit's budget ("any input answered within 2 s and 256 MB"): adversarial
// sources just under the 64 KiB limit, each audited in its own child process so its time and peak
// memory are its own. A script, not a test: `npx tsx bench/audit-adversarial.ts` prints a table.
import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { AUDIT_SOURCE_MAX_CHARS } from "../src/validator/budget.js";

const LIMIT = AUDIT_SOURCE_MAX_CHARS - 2048;
const fill = (unit: (i: number) => string, sep = ""): string => {
  const out: string[] = [];
  let len = 0;
  for (let i = 0; len < LIMIT; i++) {
    const u = unit(i);
    out.push(u);
    len += u.length + sep.length;
  }
  return out.join(sep);
};
const shell = (top: string, inData = "") => `${top}
export default { slug: "custom-x", getActions() { return []; }, async executeAction() { return {}; },
  async getData() { ${inData} return {}; }, async getInsights() { return []; } };`;
const repeat = (s: string, n: number) => s.repeat(Math.max(0, n));

export const CASES: Record<string, () => string> = {
  "nested parentheses": () => shell(`const x = ${repeat("(", 20000)}1${repeat(")", 20000)};`),
  "nested arrays": () => shell(`const x = ${repeat("[", 20000)}${repeat("]", 20000)};`),
  "nested functions": () => shell(`const f = ${repeat("() => ", 9000)}1;`),
  "nested blocks": () => shell(repeat("{", 15000) + repeat("}", 15000)),
  "long member chain": () => shell(`const o: any = {}; const x = o${fill(() => ".a")};`),
  "long call chain": () => shell(`const o: any = {}; const x = o${fill(() => ".f()")};`),
  "dynamic-key chain": () => shell(`const o: any = {}; const k = String(Date.now()); const x = o${fill(() => "[k]")};`),
  "alias chain": () => shell(`const a0: any = {};\n${fill((i) => `const a${i + 1} = a${i};`, "\n")}`),
  "many identifiers": () => shell(fill((i) => `let v${i} = ${i};`, "\n")),
  "string concatenation": () => shell(`const s = ${fill(() => `"ab"`, "+")};`),
  "concatenation as a key": () => shell(`const o: any = {}; o[${fill(() => `"ab"`, "+")}];`),
  "huge template": () => shell(`const v = 1; const s = \`${fill(() => "${v}x")}\`;`),
  "template of templates": () => shell(`const s = ${repeat("`${", 6000)}1${repeat("}`", 6000)};`),
  "regex literals": () => shell(fill((i) => `const r${i} = /(a+)+$|(\\w*)*\\d{1,99}${i}/u;`, "\n")),
  "one big regex": () => shell(`const r = /${fill(() => "(a|aa)*")}$/;`),
  "nested types": () => shell(`type A<T> = { v: T }; type Deep = ${repeat("A<", 12000)}1${repeat(">", 12000)};`),
  "union type": () => shell(`type U = ${fill((i) => `"k${i}"`, " | ")};`),
  "nested .map over literals": () => shell(`const x = ${repeat("[1,2,3,4,5,6,7,8].map(() => ", 400)}1${repeat(")", 400)};`),
  "fromCharCode folds": () => shell(`const o: any = {}; o[${fill(() => "String.fromCharCode(97)", "+")}];`),
  "split/join folds": () => shell(`const o: any = {}; o[${repeat('"ab".split("").reverse().join("")+', 2500)}"x"];`),
  "many db chains": () =>
    shell(
      "",
      fill((i) => `await db.from("t${i % 50}").select().eq("a", ${i});`, " "),
    ),
  "builder helper sites": () =>
    shell(
      `function t(n: string) { return db.from(n); }`,
      fill(() => `await t("tt").select();`, " "),
    ),
  "actions .map over a big literal": () =>
    `const D = [${fill((i) => `["a${i}", "A ${i}"]`, ",")}];
export default { slug: "custom-x", getActions() { return D.map(([slug, name]) => ({ slug, name, description: \`\${name} \${slug}\`, params_schema: { type: "object" } })); },
  async executeAction() { return {}; }, async getData() { return {}; }, async getInsights() { return []; } };`,
  "actions nested .map": () =>
    `const D = [${repeat('"a",', 60)}"b"];
export default { slug: "custom-x", getActions() { return ${repeat("D.map((x) => ", 6)}({ slug: x, name: x, description: x, params_schema: {} })${repeat(")", 6)}.flat(9); },
  async executeAction() { return {}; }, async getData() { return {}; }, async getInsights() { return []; } };`,
  "deep object in getActions": () =>
    `export default { slug: "custom-x", getActions() { return [{ slug: "a", name: "a", description: "a", params_schema: ${repeat('{ "x": ', 5000)}1${repeat("}", 5000)} }]; },
  async executeAction() { return {}; }, async getData() { return {}; }, async getInsights() { return []; } };`,
  "wide getActions": () =>
    `export default { slug: "custom-x", getActions() { return [${fill((i) => `{ slug: "a${i}", name: "a", description: "a", params_schema: {} }`, ",")}]; },
  async executeAction() { return {}; }, async getData() { return {}; }, async getInsights() { return []; } };`,
  "many classes extending": () =>
    `class C0 {}\n${fill((i) => `class C${i + 1} extends C${i} {}`, "\n")}\nexport default class S extends C0 { slug = "custom-x"; getActions() { return []; } async executeAction() { return {}; } async getData() { return {}; } async getInsights() { return []; } }`,
};

async function child(name: string): Promise<void> {
  const { auditSkill } = await import("../src/validator/index.js");
  const source = CASES[name]!().slice(0, AUDIT_SOURCE_MAX_CHARS);
  // Cold (a fresh process, as the CLI runs) and warm (as in the service, after one audit).
  const timed = () => {
    const started = performance.now();
    const report = auditSkill({ source });
    return { report, ms: performance.now() - started };
  };
  const cold = timed();
  const warm = timed();
  const rules = [...new Set(cold.report.findings.map((f) => f.rule))].join(",") || "ok";
  const rssMb = process.resourceUsage().maxRSS / 1024;
  process.stdout.write(JSON.stringify({ ms: cold.ms, warmMs: warm.ms, rssMb, bytes: source.length, rules }));
}

function main(): void {
  const self = fileURLToPath(import.meta.url);
  console.log(
    "case".padEnd(34),
    "bytes".padStart(6),
    "cold ms".padStart(7),
    "warm ms".padStart(7),
    "peak MB".padStart(8),
    " findings",
  );
  for (const name of Object.keys(CASES)) {
    let line: string;
    try {
      const out = execFileSync(process.execPath, [...process.execArgv, self, name], { timeout: 60_000, maxBuffer: 1 << 20 });
      const r = JSON.parse(out.toString()) as { ms: number; warmMs: number; rssMb: number; bytes: number; rules: string };
      const cells = [r.ms, r.warmMs, r.rssMb].map((v) => v.toFixed(0).padStart(7)).join(" ");
      line = `${String(r.bytes).padStart(6)} ${cells}  ${r.rules.slice(0, 60)}`;
    } catch (err) {
      line = `  failed: ${String((err as Error).message)
        .split("\n")[0]!
        .slice(0, 80)}`;
    }
    console.log(name.padEnd(34), line);
  }
}

const arg = process.argv[2];
if (process.argv[1] === fileURLToPath(import.meta.url)) {
  if (arg) void child(arg);
  else main();
}
