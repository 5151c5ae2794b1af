// Shapes a good code generator writes every day: each must pass with exactly the capabilities it
// uses. Each accepted form is proved by a small analysis named in README.md ("Capabilities").
import { describe, expect, it } from "vitest";
import { auditSkill } from "./index.js";

const ACTION = `{ slug: "log", name: "Log", description: "Log a glass", params_schema: { type: "object", properties: { ml: { type: "number" } } } }`;
const REST = `async getInsights() { return []; }`;

const SHAPES: Record<string, { source: string; capabilities: string[] }> = {
  "the standard web globals the sandbox builds (src/contract/globals.ts)": {
    source: `export default class Tool {
  slug = "custom-tool";
  getActions() { return [${ACTION}]; }
  async executeAction() {
    const id = crypto.randomUUID();
    const bytes = crypto.getRandomValues(new Uint8Array(4));
    const url = new URL("https://example.com/?a=1");
    const q = new URLSearchParams(url.search);
    const text = new TextDecoder().decode(new TextEncoder().encode(q.get("a") ?? ""));
    return structuredClone({ id, n: bytes.length, text, at: performance.now(), ok: URL.canParse(url.href) });
  }
  async getData() { return {}; }
  ${REST}
}`,
    capabilities: [],
  },
  "a collection name set once in the constructor from a literal": {
    source: `export default class Water {
  slug = "custom-water";
  private readonly collection: string;
  constructor() { this.collection = "water_log"; }
  getActions() { return [${ACTION}]; }
  async executeAction(ctx: unknown, action: string, params: { ml: number }) { await db.from(this.collection).insert({ ml: params.ml }); return { success: true }; }
  async getData() { return { rows: await db.from(this.collection).select() }; }
  ${REST}
}`,
    capabilities: ["data.read:water_log", "data.write:water_log"],
  },
  "a small readAll(collection) helper only ever called with literals": {
    source: `async function readAll(collection: string) { return db.from(collection).select().limit(100); }
export default {
  slug: "custom-water",
  getActions() { return [${ACTION}]; },
  async executeAction() { return { success: true }; },
  async getData() { return { water: await readAll("water_log"), goals: await readAll("goals") }; },
  ${REST}
};`,
    capabilities: ["data.read:goals", "data.read:water_log"],
  },
  "a TypeScript enum of collection names": {
    source: `enum Collection { Water = "water_log", Goals = "goals" }
export default {
  slug: "custom-water",
  getActions() { return [${ACTION}]; },
  async executeAction(ctx: unknown, action: string, params: { ml: number }) { await db.from(Collection.Water).insert({ ml: params.ml }); return { success: true }; },
  async getData() { return { goals: await db.from(Collection.Goals).select() }; },
  ${REST}
};`,
    capabilities: ["data.read:goals", "data.write:water_log"],
  },
  "this in a nested function": {
    source: `export default {
  slug: "custom-water",
  getActions() { return [${ACTION}]; },
  async executeAction() { return { success: true }; },
  async getData() {
    const rows = await db.from("water_log").select();
    function total(list: { ml: number }[]) { return list.reduce(function (s, r) { return s + r.ml; }, 0); }
    return { total: total(rows as { ml: number }[]) };
  },
  ${REST}
};`,
    capabilities: ["data.read:water_log"],
  },
};

describe("everyday generated code passes with exact capabilities", () => {
  for (const [shape, { source, capabilities }] of Object.entries(SHAPES)) {
    it(shape, () => {
      const report = auditSkill({ source });
      expect(report.findings).toEqual([]);
      expect(report.capabilities).toEqual(capabilities);
    });
  }
  // Contract forms still refused by contract-actions / contract-export: each needs its own proof
  // that the descriptors the approval shows are the ones the skill returns.
  it.todo("static readonly ACTIONS used in getActions");
  it.todo("actions built with .map over a literal array");
  it.todo("a local base class");
  it.todo("a static getter used inside getActions");
});

const rulesOf = (source: string) => auditSkill({ source }).findings.map((f) => f.rule);

describe("each accepted collection form is refused as soon as its proof fails", () => {
  const ctorSkill = (extra: string, ctor = `this.collection = "water_log";`, head = "export default class Water {") =>
    SHAPES["a collection name set once in the constructor from a literal"]!.source.replace(
      `constructor() { this.collection = "water_log"; }`,
      `constructor() { ${ctor} }`,
    )
      .replace("export default class Water {", head)
      .replace("  getActions()", `${extra}\n  getActions()`);

  it("a constructor field written again, written twice, given an initializer too, or set under a base class", () => {
    expect(rulesOf(ctorSkill(`rename() { this.collection = "other"; }`))).toContain("db-collection");
    expect(rulesOf(ctorSkill("", `this.collection = "water_log"; this.collection = "other";`))).toContain("db-collection");
    expect(rulesOf(ctorSkill("", `if (Math.random() > 1) this.collection = "water_log";`))).toContain("db-collection");
    expect(rulesOf(ctorSkill("", `const self = this; self.collection = "other"; this.collection = "water_log";`))).toContain(
      "db-collection",
    );
    expect(
      rulesOf(ctorSkill("", `super(); this.collection = "water_log";`, "class B {}\nexport default class Water extends B {")),
    ).toContain("db-collection");
  });

  it("an enum that is written, merged with a second block, or passed around", () => {
    const e = SHAPES["a TypeScript enum of collection names"]!.source;
    expect(rulesOf(e.replace("export default {", `(Collection as any).Water = "other";\nexport default {`))).toContain(
      "db-collection",
    );
    expect(rulesOf(e.replace("export default {", `enum Collection { Other = "other" }\nexport default {`))).not.toEqual([]);
    expect(rulesOf(e.replace("export default {", `Object.assign(Collection, {});\nexport default {`))).toContain("db-collection");
  });

  it("a helper called once with a run-time value, passed as a callback, or whose parameter is reassigned", () => {
    const h = SHAPES["a small readAll(collection) helper only ever called with literals"]!.source;
    expect(rulesOf(h.replace(`readAll("goals")`, `readAll(String(Date.now()))`))).toContain("db-collection");
    expect(rulesOf(h.replace(`readAll("goals")`, `["goals"].map(readAll)`))).toContain("db-collection");
    expect(rulesOf(h.replace("{ return db.from", `{ collection = "other"; return db.from`))).toContain("db-collection");
  });
});
