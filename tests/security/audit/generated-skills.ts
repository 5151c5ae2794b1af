// Skills generated from the collection-name and contract forms the audit accepts (README
// "Capabilities"), seeded and bounded, for the audit-vs-run property test: every `db` chain a
// generated skill holds runs when getData and the one action run, so the collections it touches
// at run time are exactly the ones its source names.

export const POOL = ["water_log", "goals", "notes", "meals"] as const;
const OPS = ["select", "insert", "update"] as const;
const NAME_FORMS = [
  "literal",
  "const",
  "table",
  "frozen",
  "enum",
  "field",
  "ctor",
  "helper",
  "builder",
  "method",
  "fieldTable",
] as const;
const SHAPES = ["object", "class", "instance", "base"] as const;
const ACTION_FORMS = ["inline", "const", "static", "map"] as const;
type NameForm = (typeof NAME_FORMS)[number];

export interface GeneratedSkill {
  seed: number;
  source: string;
  /** What the generator put in, for a readable failure. */
  plan: string;
}

/** mulberry32: a small seeded generator, so a failing case can be replayed from its seed. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const CLASS_ONLY = new Set<NameForm>(["field", "ctor", "method", "fieldTable"]);

export function generateSkill(seed: number): GeneratedSkill {
  const r = rng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
  const ts = r() < 0.6;
  const shape = pick(SHAPES);
  const isClass = shape !== "object";
  const actionForm = pick(ACTION_FORMS.filter((f) => isClass || f !== "static"));
  const forms = NAME_FORMS.filter((f) => (isClass || !CLASS_ONLY.has(f)) && (ts || f !== "enum"));
  const top: string[] = [];
  const fields: string[] = [];
  const ctor: string[] = [];
  const tables: string[] = [];
  const frozen: string[] = [];
  const fieldTables: string[] = [];
  const enumMembers: string[] = [];
  let builder = false;
  let method = false;
  const bodies: { data: string[]; action: string[] } = { data: [], action: [] };
  const plan: string[] = [];
  const uses = 1 + Math.floor(r() * 4);
  const T = (type: string) => (ts ? `: ${type}` : "");
  for (let i = 0; i < uses; i++) {
    const c = pick(POOL);
    const form = pick(forms);
    const op = form === "helper" ? "select" : pick(OPS);
    plan.push(`${form}:${op}:${c}`);
    const chain = (from: string): string =>
      op === "select"
        ? `await ${from}.select().limit(5);`
        : op === "insert"
          ? `await ${from}.insert({ v: ${i} });`
          : `await ${from}.update({ v: ${i + 1} }).eq("v", ${i});`;
    let stmt: string;
    switch (form) {
      case "literal":
        stmt = chain(`db.from("${c}")`);
        break;
      case "const":
        top.push(`const T${i} = "${c}";`);
        stmt = chain(`db.from(T${i})`);
        break;
      case "table":
        tables.push(`k${i}: "${c}"`);
        stmt = chain(`db.from(TABLES.k${i})`);
        break;
      case "frozen":
        frozen.push(`k${i}: "${c}"`);
        stmt = chain(`db.from(FROZEN.k${i})`);
        break;
      case "enum":
        enumMembers.push(`K${i} = "${c}"`);
        stmt = chain(`db.from(Col.K${i})`);
        break;
      case "field":
        fields.push(`${ts ? "private readonly " : ""}f${i} = "${c}";`);
        stmt = chain(`db.from(this.f${i})`);
        break;
      case "ctor":
        if (ts) fields.push(`private readonly g${i}: string;`);
        ctor.push(`this.g${i} = "${c}";`);
        stmt = chain(`db.from(this.g${i})`);
        break;
      case "helper":
        top.push(`async function read${i}(name${T("string")}) { return db.from(name).select().limit(5); }`);
        stmt = `await read${i}("${c}");`;
        break;
      case "builder":
        builder = true;
        stmt = chain(`table("${c}")`);
        break;
      case "method":
        method = true;
        stmt = chain(`this.col("${c}")`);
        break;
      case "fieldTable":
        fieldTables.push(`k${i}: "${c}"`);
        stmt = chain(`db.from(this.tables.k${i})`);
        break;
    }
    (r() < 0.5 ? bodies.data : bodies.action).push(stmt);
  }
  if (tables.length) top.push(`const TABLES = { ${tables.join(", ")} }${ts ? " as const" : ""};`);
  if (frozen.length) top.push(`const FROZEN = Object.freeze({ ${frozen.join(", ")} });`);
  if (enumMembers.length) top.push(`enum Col { ${enumMembers.join(", ")} }`);
  if (builder) top.push(`function table(name${T("string")}) { return db.from(name); }`);
  if (method) fields.push(`${ts ? "private " : ""}col(name${T("string")}) { return db.from(name); }`);
  if (fieldTables.length)
    fields.push(`${ts ? "private readonly " : ""}tables = { ${fieldTables.join(", ")} }${ts ? " as const" : ""};`);
  if (ctor.length) fields.push(`constructor() { ${shape === "base" ? "super(); " : ""}${ctor.join(" ")} }`);

  const ACTION = `{ slug: "log", name: "Log", description: "Log one", params_schema: { type: "object" } }`;
  let getActions: string;
  switch (actionForm) {
    case "inline":
      getActions = `return [${ACTION}];`;
      break;
    case "const":
      top.push(`const ACTIONS = [${ACTION}];`);
      getActions = "return ACTIONS;";
      break;
    case "static":
      fields.push(`static ${ts ? "readonly " : ""}ACTIONS = [${ACTION}];`);
      getActions = "return Skill.ACTIONS;";
      break;
    case "map":
      top.push(`const DEFS = [["log", "Log"]]${ts ? " as const" : ""};`);
      getActions = `return DEFS.map(([slug, name]) => ({ slug, name, description: \`\${name} one\`, params_schema: { type: "object" } }));`;
      break;
  }
  plan.push(`shape:${shape}`, `actions:${actionForm}`, ts ? "ts" : "js");
  const ctxT = T("{ now: string }");
  const members = [
    `slug${isClass ? " =" : ":"} "custom-generated"${isClass ? ";" : ","}`,
    `getActions() { ${getActions} }${isClass ? "" : ","}`,
    `async executeAction(ctx${ctxT}, action${T("string")}) { ${bodies.action.join(" ")} return { success: true, action }; }${isClass ? "" : ","}`,
    `async getData(ctx${ctxT}) { ${bodies.data.join(" ")} return { at: ctx.now }; }${isClass ? "" : ","}`,
  ];
  if (shape !== "base") members.push(`async getInsights() { return []; }${isClass ? "" : ","}`);
  let skill: string;
  if (!isClass) skill = `export default {\n  ${members.join("\n  ")}\n};`;
  else {
    const head = shape === "base" ? "class Skill extends Base" : "class Skill";
    if (shape === "base") top.push(`class Base { async getInsights() { return []; } }`);
    const body = `${head} {\n  ${[...fields, ...members].join("\n  ")}\n}`;
    skill = shape === "instance" ? `${body}\nexport default new Skill();` : `export default ${body}`;
  }
  return { seed, source: `${top.join("\n")}\n${skill}\n`, plan: plan.join(" ") };
}
