// The house's shape as a test: every import in src/ is read, and the rules of
// ../shared/ARCHITECTURE.md and STYLE.md are checked — front doors, vendor adapters, the one
// reader of process.env, and the pipeline's direction. A rule broken names the file and import.
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = resolve(import.meta.dirname, "../..");
const SRC = join(ROOT, "src");

interface Edge {
  file: string;
  spec: string;
  typeOnly: boolean;
  target?: string;
}

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = join(dir, e.name);
    if (e.isDirectory()) return sources(p);
    return /\.tsx?$/.test(e.name) && !/\.test\.tsx?$/.test(e.name) ? [p] : [];
  });
}

const STATIC = /^\s*(import|export)\s+(type\s+)?(?:[\s\S]*?\sfrom\s+)?["']([^"']+)["']/gm;
const DYNAMIC = /\bimport\(\s*["']([^"']+)["']\s*\)/g;

function edges(): Edge[] {
  return sources(SRC).flatMap((file) => {
    const text = readFileSync(file, "utf8");
    const found: Edge[] = [];
    for (const m of text.matchAll(STATIC)) found.push({ file, spec: m[3]!, typeOnly: m[2] !== undefined });
    for (const m of text.matchAll(DYNAMIC)) found.push({ file, spec: m[1]!, typeOnly: false });
    return found.map((e) => (e.spec.startsWith(".") ? { ...e, target: resolve(dirname(file), e.spec) } : e));
  });
}

const folderOf = (path: string) => relative(SRC, path).split("/")[0]!;
const rel = (path: string) => relative(ROOT, path);
const ALL = edges();

/**
 * The pipeline's order. A folder may import at run time only the folders listed for it; `import
 * type` may also reach any earlier stage. `api` is the composition root and may use everything.
 */
const ORDER = [
  "contract",
  "json-schema",
  "transpile",
  "config",
  "storage",
  "detector",
  "generator",
  "validator",
  "sandbox",
  "approval",
  "registry",
  "security-suite",
  "api",
];
const FOUNDATION = ["contract", "json-schema", "transpile"];
const RUNTIME: Record<string, string[]> = {
  contract: [],
  "json-schema": ["contract"],
  transpile: [],
  config: ["contract"],
  storage: ["contract", "json-schema"],
  detector: FOUNDATION,
  generator: FOUNDATION,
  validator: FOUNDATION,
  sandbox: FOUNDATION,
  approval: [...FOUNDATION, "storage"],
  registry: [...FOUNDATION, "storage"],
  // The reviewers' suite drives both lines of defence, and nothing else of the pipeline.
  "security-suite": [...FOUNDATION, "validator", "sandbox"],
  // The composition root: every folder before it.
  api: ORDER.filter((folder) => folder !== "api"),
};

/** Which files may import each vendor package (a prefix of the package name). */
const VENDORS: Array<[string, RegExp]> = [
  ["@babel/", /^src\/validator\/parse\.ts$/],
  ["isolated-vm", /^src\/sandbox\/isolate\.ts$/],
  ["sucrase", /^src\/transpile\/transpile\.ts$/],
  ["drizzle-orm", /^src\/storage\//],
  ["postgres", /^src\/storage\//],
  ["@electric-sql/", /^src\/storage\//],
  ["ajv", /^src\/json-schema\//],
  ["re2js", /^src\/json-schema\//],
  ["hono", /^src\/api\//],
  ["@hono/", /^src\/api\//],
  ["croner", /^src\/api\/adapters\/scheduler\.ts$/],
  ["twilio", /^src\/approval\/channels\/twilio\.ts$/],
  ["nodemailer", /^src\/approval\/channels\/smtp\.ts$/],
  ["otplib", /^src\/approval\/channels\/totp\.ts$/],
  ["@anthropic-ai/", /^src\/generator\/providers\/anthropic\.ts$/],
];

describe("architecture", () => {
  it("reads a plausible number of imports (the scanner itself works)", () => {
    expect(ALL.length).toBeGreaterThan(200);
    expect(ALL.some((e) => e.spec === "isolated-vm")).toBe(true);
    expect(ALL.some((e) => e.typeOnly)).toBe(true);
    expect(ALL.some((e) => e.file.endsWith(".tsx"))).toBe(true);
  });

  it("crosses into another folder only through its index.ts", () => {
    const bad = ALL.filter(
      (e) => e.target && folderOf(e.target) !== folderOf(e.file) && !/\/src\/[^/]+\/index\.(js|ts)$/.test(e.target),
    );
    expect(bad.map((e) => `${rel(e.file)} imports ${e.spec}`)).toEqual([]);
  });

  it("imports each vendor package only in its adapter", () => {
    const bad = ALL.filter((e) => !e.target).flatMap((e) => {
      const rule = VENDORS.find(([pkg]) => e.spec === pkg || e.spec.startsWith(pkg.endsWith("/") ? pkg : `${pkg}/`));
      return rule && !rule[1].test(rel(e.file)) ? [`${rel(e.file)} imports ${e.spec}`] : [];
    });
    expect(bad).toEqual([]);
  });

  it("reads process.env only in src/config", () => {
    const bad = sources(SRC).filter(
      (f) => folderOf(f) !== "config" && /\bprocess\.env\b/.test(readFileSync(f, "utf8").replace(/\/\/.*$/gm, "")),
    );
    expect(bad.map(rel)).toEqual([]);
  });

  it("follows the pipeline's direction: run-time imports only as allowed, types only from earlier stages", () => {
    const bad = ALL.filter((e) => e.target).flatMap((e) => {
      const from = folderOf(e.file),
        to = folderOf(e.target!);
      if (from === to) return [];
      if (!(from in RUNTIME)) return [`${rel(e.file)}: folder ${from} is not in the architecture table`];
      if (RUNTIME[from]!.includes(to)) return [];
      if (e.typeOnly && ORDER.indexOf(to) < ORDER.indexOf(from)) return [];
      return [`${rel(e.file)} ${e.typeOnly ? "imports types from" : "imports at run time"} ${to} (${e.spec})`];
    });
    expect(bad).toEqual([]);
  });

  it("audits through the bounded auditor: the synchronous auditSkill is called only inside src/validator", () => {
    const bad = sources(SRC).filter(
      (f) => folderOf(f) !== "validator" && /\bauditSkill\b/.test(readFileSync(f, "utf8").replace(/\/\/.*$/gm, "")),
    );
    expect(bad.map(rel)).toEqual([]);
  });
});
