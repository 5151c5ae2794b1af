// Shapes a good code generator writes every day: each must pass with exactly the capabilities it
// uses. Each accepted form is proved by a small analysis named in README.md ("Capabilities").
import { describe, expect, it } from "vitest";
import { auditSkill } from "./index.js";

const ACTION = `{ slug: "log", name: "Log", description: "Log a glass", params_schema: { type: "object", properties: { ml: { type: "number" } } } }`;
const REST = `async getInsights() { return []; }`;

const SHAPES: Record<string, { source: string; capabilities: string[]; actions?: string[] }> = {
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
  "static readonly ACTIONS used in getActions": {
    source: `export default class Water {
  static readonly ACTIONS = [${ACTION}];
  slug = "custom-water";
  getActions() { return Water.ACTIONS; }
  async executeAction(ctx: unknown, action: string) { const def = Water.ACTIONS.find((a) => a.slug === action); return { success: Boolean(def) }; }
  async getData() { return {}; }
  ${REST}
}`,
    capabilities: [],
    actions: ["log"],
  },
  "actions built with .map over a literal array of definitions": {
    source: `const DEFS = [["log_water", "Log water"], ["log_tea", "Log tea"]] as const;
export default {
  slug: "custom-water",
  getActions() {
    return DEFS.map(([slug, name], i) => ({ slug, name, description: \`\${name} (#\${i + 1})\`, params_schema: { type: "object", properties: { ml: { type: "number" } } } }));
  },
  async executeAction() { return { success: true }; },
  async getData() { return {}; },
  ${REST}
};`,
    capabilities: [],
    actions: ["log_water", "log_tea"],
  },
  "actions mapped from Object.entries of a definition table": {
    source: `const DEFS = { log: { name: "Log", description: "Log a glass" }, undo: { name: "Undo", description: "Undo the last glass" } };
export default {
  slug: "custom-water",
  getActions() { return Object.entries(DEFS).map(([slug, d]) => ({ slug, ...d, params_schema: { type: "object" } })); },
  async executeAction(ctx, action) { return { success: action in DEFS }; },
  async getData() { return {}; },
  ${REST}
};`,
    capabilities: [],
    actions: ["log", "undo"],
  },
  "a local base class the default export extends": {
    source: `abstract class BaseSkill {
  protected readonly table = "water_log";
  async getInsights() { return []; }
  protected async rows() { return db.from(this.table).select().limit(50); }
}
export default class Water extends BaseSkill {
  slug = "custom-water";
  getActions() { return [${ACTION}]; }
  async executeAction(ctx: unknown, action: string, params: { ml: number }) { await db.from("water_log").insert({ ml: params.ml }); return { success: true }; }
  async getData() { return { rows: await this.rows() }; }
}`,
    capabilities: ["data.read:water_log", "data.write:water_log"],
  },
  "a static getter used inside getActions": {
    source: `export default class Water {
  static get actions() { return [${ACTION}]; }
  slug = "custom-water";
  getActions() { return Water.actions; }
  async executeAction() { return { success: true }; }
  async getData() { return {}; }
  ${REST}
}`,
    capabilities: [],
    actions: ["log"],
  },
  "export default new Tracker() with a field naming the collection": {
    source: `class Tracker {
  private readonly table = "water_log";
  slug = "custom-water";
  getActions() { return [${ACTION}]; }
  async executeAction(ctx: unknown, action: string, params: { ml: number }) { await db.from(this.table).insert({ ml: params.ml }); return { success: true }; }
  async getData() { return { rows: await db.from(this.table).select() }; }
  ${REST}
}
export default new Tracker();`,
    capabilities: ["data.read:water_log", "data.write:water_log"],
  },
  "a top-level const skill object exported by name, actions in a top-level const array": {
    source: `const ACTIONS = [${ACTION}];
const skill = {
  slug: "custom-water",
  getActions() { return ACTIONS; },
  async executeAction(ctx, action) { if (!ACTIONS.some((a) => a.slug === action)) return { success: false }; return { success: true }; },
  async getData() { return { rows: await db.from("water_log").select() }; },
  ${REST}
};
export default skill;`,
    capabilities: ["data.read:water_log"],
  },
  "export default class whose methods call this.helper()": {
    source: `export default class Water {
  slug = "custom-water";
  getActions() { return [${ACTION}]; }
  private total(rows: Array<{ ml?: number }>): number { let t = 0; for (const r of rows) t += r?.ml ?? 0; return t; }
  async executeAction() { return { success: true }; }
  async getData() { const rows = (await db.from("water_log").select()) ?? []; return { total: this.total(rows), last: rows[0]?.ml ?? null }; }
  async getInsights() { const { total } = await this.getData(); return total < 1000 ? [{ type: "warning" as const, title: "Drink", message: \`\${total} ml\` }] : []; }
}`,
    capabilities: ["data.read:water_log"],
  },
  "a collection-name table (as const and Object.freeze)": {
    source: `const C = { water: "water_entries" } as const;
const G = Object.freeze({ goals: "goals" });
export default {
  slug: "custom-water",
  getActions() { return [${ACTION}]; },
  async executeAction(ctx, action, params) { await db.from(C.water).insert({ ml: params.ml }); return { success: true }; },
  async getData() { return { goals: await db.from(G.goals).select() }; },
  ${REST}
};`,
    capabilities: ["data.read:goals", "data.write:water_entries"],
  },
  "a helper returning db.from(name), called with literals (per-site capabilities)": {
    source: `function table(name: string) { return db.from(name); }
const goals = (n: string) => db.from(n);
export default {
  slug: "custom-water",
  getActions() { return [${ACTION}]; },
  async executeAction(ctx: unknown, action: string, params: { ml: number }) { await table("water_log").insert({ ml: params.ml }); return { success: true }; },
  async getData() { return { rows: await table("water_log").select().limit(10), goals: await goals("goals").select() }; },
  ${REST}
};`,
    capabilities: ["data.read:goals", "data.read:water_log", "data.write:water_log"],
  },
  "a private method returning the builder, called as this.col(name)": {
    source: `export default class Water {
  slug = "custom-water";
  private col(name: string) { return db.from(name); }
  getActions() { return [${ACTION}]; }
  async executeAction(ctx: unknown, action: string, params: { ml: number }) { await this.col("water_log").insert({ ml: params.ml }); return { success: true }; }
  async getData() { return { goals: await this.col("goals").select() }; }
  ${REST}
}`,
    capabilities: ["data.read:goals", "data.write:water_log"],
  },
  "a field holding a table of collection names (this.tables.x)": {
    source: `export default class Water {
  private readonly tables = { water: "water_log", goals: "goals" } as const;
  slug = "custom-water";
  getActions() { return [${ACTION}]; }
  async executeAction(ctx: unknown, action: string, params: { ml: number }) { await db.from(this.tables.water).insert({ ml: params.ml }); return { success: true }; }
  async getData() { return { goals: await db.from(this.tables.goals).select() }; }
  ${REST}
}`,
    capabilities: ["data.read:goals", "data.write:water_log"],
  },
  "TypeScript generics, interfaces, type aliases, satisfies and non-null": {
    source: `interface Row { ml: number; at: string }
type Out = { total: number; latest?: Row };
const TABLE = "water_log" as const;
function sum<T extends Row>(rows: readonly T[]): number { return rows.reduce((s, r) => s + r.ml, 0); }
export default {
  slug: "custom-water",
  getActions() { return [${ACTION}] satisfies Array<{ slug: string }>; },
  async executeAction() { return { success: true }; },
  async getData(): Promise<Out> {
    const rows = (await db.from(TABLE).select().order("at", { ascending: false })) as Row[];
    return { total: sum<Row>(rows!), latest: rows[0]! } satisfies Out;
  },
  ${REST}
} satisfies Record<string, unknown>;`,
    capabilities: ["data.read:water_log"],
  },
  "getActions as an arrow property, a params_schema constant": {
    source: `const LOG_SCHEMA = { type: "object", required: ["ml"], properties: { ml: { type: "number", minimum: 1 } } } as const;
export default {
  slug: "custom-water",
  getActions: () => [{ slug: "log", name: "Log", description: "Log a glass", params_schema: LOG_SCHEMA }],
  executeAction: async (ctx: unknown, action: string, params: { ml: number }) => { await db.from("water_log").insert({ ml: params.ml }); return { success: true }; },
  getData: async () => ({ rows: await db.from("water_log").select() }),
  getInsights: async () => [],
};`,
    capabilities: ["data.read:water_log", "data.write:water_log"],
  },
};

describe("everyday generated code passes with exact capabilities", () => {
  for (const [shape, { source, capabilities, actions = ["log"] }] of Object.entries(SHAPES)) {
    it(shape, () => {
      const report = auditSkill({ source });
      expect(report.findings).toEqual([]);
      expect(report.capabilities).toEqual(capabilities);
      expect(report.actions?.map((a) => a.slug)).toEqual(actions);
    });
  }
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
      rulesOf(
        ctorSkill(
          "",
          `super(); this.collection = "water_log";`,
          `class B { rename() { (this as any).collection = "other"; } }\nexport default class Water extends B {`,
        ),
      ),
    ).toContain("db-collection");
  });

  it("a constructor field under a local base class that leaves it alone is proved, with exact capabilities", () => {
    const report = auditSkill({
      source: ctorSkill(
        "",
        `super(); this.collection = "water_log";`,
        "class B { hello() { return 1; } }\nexport default class Water extends B {",
      ),
    });
    expect(report.findings).toEqual([]);
    expect(report.capabilities).toEqual(["data.read:water_log", "data.write:water_log"]);
  });

  it("a builder method under a base class whose method calls it with a run-time name", () => {
    const m = SHAPES["a private method returning the builder, called as this.col(name)"]!.source.replace(
      "export default class Water {",
      "class B { async peek() { return (this as any).col(String(Date.now())).select(); } }\nexport default class Water extends B {",
    );
    expect(rulesOf(m)).toContain("db-escape"); // `this` behind a cast could hide anything
    expect(rulesOf(m.replace("(this as any).col", "this.col"))).toContain("db-collection");
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

describe("each new form, bent to lie about its collection or its actions, is refused", () => {
  const src = (shape: string) => SHAPES[shape]!.source;
  const HIDDEN = `{ slug: "hidden", name: "Hidden", description: "x", params_schema: true }`;
  const twins: Array<[string, string, string]> = [
    // [what the twin does, its source, the rule that must refuse it]
    [
      "a static ACTIONS pushed to at load",
      src("static readonly ACTIONS used in getActions") + `\nWater.ACTIONS.push(${HIDDEN});`,
      "contract-actions",
    ],
    [
      "a static ACTIONS loosened from a static block",
      src("static readonly ACTIONS used in getActions").replace(
        "slug = ",
        `static { this.ACTIONS[0].params_schema = true; }\n  slug = `,
      ),
      "contract-actions",
    ],
    [
      "the class holding ACTIONS aliased",
      src("static readonly ACTIONS used in getActions") + `\nconst K = Water; K.ACTIONS.push(${HIDDEN});`,
      "contract-actions",
    ],
    [
      "a .map source array pushed to",
      src("actions built with .map over a literal array of definitions") + `\n(DEFS as any).push(["hidden", "Hidden"]);`,
      "contract-actions",
    ],
    [
      "a .map callback with statements besides its return",
      src("actions built with .map over a literal array of definitions")
        .replace("(([slug, name], i) => ({", "(([slug, name], i) => { globalCount++; return ({")
        .replace("} } }));", "} } }); });"),
      "contract-actions",
    ],
    [
      "a top-level ACTIONS array aliased and pushed to",
      src("a top-level const skill object exported by name, actions in a top-level const array").replace(
        "const skill",
        `const A2 = ACTIONS; A2.push(${HIDDEN});\nconst skill`,
      ),
      "contract-actions",
    ],
    [
      "a top-level ACTIONS array handed to a helper that pushes to its parameter",
      src("a top-level const skill object exported by name, actions in a top-level const array").replace(
        "const skill",
        `function grow(list: any[]) { list.push(${HIDDEN}); }\ngrow(ACTIONS);\nconst skill`,
      ),
      "contract-actions",
    ],
    [
      "a top-level ACTIONS array handed to a helper that returns it, or hands it on to one that loosens it",
      src("a top-level const skill object exported by name, actions in a top-level const array").replace(
        "const skill",
        `const keep = (list: any) => list;\nfunction loosen(l: any) { l[0].params_schema = true; }\nconst on = (l: any) => loosen(l);\nkeep(ACTIONS).push(${HIDDEN});\non(ACTIONS);\nconst skill`,
      ),
      "contract-actions",
    ],
    [
      "an action's schema loosened at load",
      src("a top-level const skill object exported by name, actions in a top-level const array").replace(
        "export default skill;",
        "ACTIONS[0].params_schema = true as any;\nexport default skill;",
      ),
      "contract-actions",
    ],
    [
      "the base class renames the collection in a method",
      src("a local base class the default export extends").replace(
        "async getInsights() { return []; }",
        `async getInsights() { (this as any).table = "other"; return []; }`,
      ),
      "db-collection",
    ],
    [
      "the subclass overrides the base's collection field",
      src("a local base class the default export extends").replace(
        `slug = "custom-water";`,
        `slug = "custom-water";\n  protected readonly table = "other";`,
      ),
      "db-collection",
    ],
    [
      "a class that extends a global or an expression",
      src("a local base class the default export extends").replace(
        "extends BaseSkill",
        "extends (Math.random() > 1 ? BaseSkill : Object)",
      ),
      "contract-export",
    ],
    [
      "the exported instance's class is extended to swap the field",
      src("export default new Tracker() with a field naming the collection").replace(
        "export default new Tracker();",
        `class Evil extends Tracker { private readonly table2 = 1; constructor() { super(); (this as any).table = "other"; } }\nexport default new Tracker();`,
      ),
      "db-collection",
    ],
    [
      "a collection table with a duplicate key",
      src("a collection-name table (as const and Object.freeze)").replace(
        `{ water: "water_entries" }`,
        `{ water: "water_entries", water: "other" }`,
      ),
      "db-collection",
    ],
    [
      "a collection table written",
      src("a collection-name table (as const and Object.freeze)").replace(
        "export default {",
        `(C as any).water = "other";\nexport default {`,
      ),
      "db-collection",
    ],
    [
      "the builder helper passed on",
      src("a helper returning db.from(name), called with literals (per-site capabilities)").replace(
        "async getData() {",
        `async getData() { const f = table; await f("other").select();`,
      ),
      "db-escape",
    ],
    [
      "the builder helper given a run-time name",
      src("a helper returning db.from(name), called with literals (per-site capabilities)").replace(
        `table("water_log").insert`,
        `table(String(Date.now())).insert`,
      ),
      "db-collection",
    ],
    [
      "the builder method replaced",
      src("a private method returning the builder, called as this.col(name)").replace(
        "async getData() {",
        `async getData() { (this as any).col = (n: string) => db.from(n);`,
      ),
      "db-escape",
    ],
    [
      "a field table's key written",
      src("a field holding a table of collection names (this.tables.x)").replace(
        "async getData() {",
        `async getData() { (this.tables as any).goals = "other";`,
      ),
      "db-collection",
    ],
    [
      "a parameter property that writes the field again",
      src("export default new Tracker() with a field naming the collection")
        .replace(`slug = "custom-water";`, `slug = "custom-water";\n  constructor(private readonly table: string = "other") {}`)
        .replace(`private readonly table = "water_log";`, ""),
      "db-collection",
    ],
  ];
  for (const [what, source, rule] of twins) {
    it(what, () => {
      expect(rulesOf(source)).toContain(rule);
    });
  }

  it("a static field and a static getter of one name: the audit shows no actions and leaves them to the trial's capture", () => {
    // Which of the two wins is evaluation order, not something to read off the source: the audit
    // reports none, and the trial captures the field's value, the one that runs (src/sandbox/trial.ts).
    const report = auditSkill({
      source: src("a static getter used inside getActions").replace("slug = ", `static actions = [${HIDDEN}];\n  slug = `),
    });
    expect(report.actions).toBeUndefined();
    expect(report.actionsAtTrial).toBe(true);
  });

  it("a builder helper reports each site's own operation, never a union", () => {
    const report = auditSkill({ source: src("a helper returning db.from(name), called with literals (per-site capabilities)") });
    expect(report.capabilities).not.toContain("data.write:goals");
  });
});
