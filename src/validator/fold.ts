// Constant folding of the string tricks attackers use to spell a name without writing it:
// concatenation, templates, String.fromCharCode, atob, split/reverse/join, charCode maps, constants
// bound through scope. Bounded (depth, lengths) and never executes skill code.
import { AuditBudgetExceeded, spend, type WorkBudget } from "./budget.js";
import type { Scope, t } from "./parse.js";

export type Folded = string | number | boolean | null | Folded[];

const MAX_DEPTH = 24;
const MAX_LEN = 4096;
const UNKNOWN = undefined;

type Env = ReadonlyMap<string, Folded>;

const STRING_METHODS = new Set([
  "split",
  "slice",
  "substring",
  "substr",
  "toLowerCase",
  "toUpperCase",
  "trim",
  "trimStart",
  "trimEnd",
  "concat",
  "charAt",
  "at",
  "repeat",
  "padStart",
  "padEnd",
  "replace",
  "replaceAll",
  "normalize",
  "toString",
  "valueOf",
  "charCodeAt",
  "codePointAt",
  "toLocaleLowerCase",
  "toLocaleUpperCase",
]);
const ARRAY_METHODS = new Set(["join", "reverse", "concat", "slice", "map", "toString", "at", "toReversed", "flat"]);
const GLOBAL_DECODERS = new Set(["atob", "btoa", "decodeURIComponent", "decodeURI", "unescape", "escape", "String"]);

/** Names of calls worth folding at a use site (a cheap pre-filter for the visitor). */
export const FOLDABLE_CALLS: ReadonlySet<string> = new Set([
  ...STRING_METHODS,
  ...ARRAY_METHODS,
  ...GLOBAL_DECODERS,
  "fromCharCode",
  "fromCodePoint",
  "parse",
  "from",
]);

function capped(v: Folded): Folded | undefined {
  // What a step allocates is paid for too, so a fold cannot build gigabytes under the step count.
  if (typeof v === "string" || Array.isArray(v)) spend(memo?.budget, v.length >> 6);
  if (typeof v === "string" && v.length > MAX_LEN) return UNKNOWN;
  if (Array.isArray(v) && v.length > MAX_LEN) return UNKNOWN;
  return v;
}

function isGlobal(scope: Scope, name: string): boolean {
  return !scope.getBinding(name);
}

function unwrap(node: t.Node): t.Node {
  let n = node;
  while (
    n.type === "TSAsExpression" ||
    n.type === "TSSatisfiesExpression" ||
    n.type === "TSNonNullExpression" ||
    n.type === "TSTypeAssertion" ||
    n.type === "ParenthesizedExpression"
  )
    n = n.expression;
  return n;
}

/** Per-audit memo: each node is folded once (without a local env), and cycles fold to unknown. */
export type FoldMemo = WeakMap<t.Node, Folded | undefined> & { budget?: WorkBudget };
export const createFoldMemo = (budget?: WorkBudget): FoldMemo => Object.assign(new WeakMap(), { budget });

let memo: FoldMemo | undefined;

/** Folds `node` to a constant, or `undefined` when it is not provably constant. */
export function foldConstant(node: t.Node | null | undefined, scope: Scope, cache: FoldMemo): Folded | undefined {
  const outer = memo;
  memo = cache;
  try {
    return fold(node, scope);
  } finally {
    memo = outer;
  }
}

function fold(node: t.Node | null | undefined, scope: Scope, env?: Env, depth = 0): Folded | undefined {
  if (!node || depth > MAX_DEPTH) return UNKNOWN;
  spend(memo?.budget, 1);
  const n = unwrap(node);
  const useMemo = !env && memo !== undefined;
  if (useMemo && memo!.has(n)) return memo!.get(n);
  if (useMemo) memo!.set(n, UNKNOWN);
  let value: Folded | undefined;
  try {
    value = capped(foldNode(n, scope, env, depth + 1) as Folded) ?? UNKNOWN;
  } catch (err) {
    if (err instanceof AuditBudgetExceeded) throw err;
    value = UNKNOWN;
  }
  if (useMemo) memo!.set(n, value);
  return value;
}

function foldNode(n: t.Node, scope: Scope, env: Env | undefined, d: number): Folded | undefined {
  switch (n.type) {
    case "StringLiteral":
    case "NumericLiteral":
    case "BooleanLiteral":
      return n.value;
    case "NullLiteral":
      return null;
    case "TemplateLiteral": {
      let out = n.quasis[0]?.value.cooked ?? "";
      for (let i = 0; i < n.expressions.length; i++) {
        const v = fold(n.expressions[i], scope, env, d);
        if (v === UNKNOWN) return UNKNOWN;
        out += String(v) + (n.quasis[i + 1]?.value.cooked ?? "");
      }
      return out;
    }
    case "Identifier":
      return foldIdentifier(n.name, scope, env, d);
    case "BinaryExpression":
      return foldBinary(n, scope, env, d);
    case "UnaryExpression": {
      const v = fold(n.argument, scope, env, d);
      if (typeof v !== "number") return UNKNOWN;
      return n.operator === "-" ? -v : n.operator === "+" ? v : n.operator === "~" ? ~v : UNKNOWN;
    }
    case "ArrayExpression":
      return foldArray(n.elements, scope, env, d);
    case "MemberExpression":
    case "OptionalMemberExpression":
      return foldMember(n, scope, env, d);
    case "CallExpression":
    case "OptionalCallExpression":
      return foldCall(n, scope, env, d);
    case "SequenceExpression":
      return fold(n.expressions[n.expressions.length - 1], scope, env, d);
    case "ConditionalExpression": {
      const test = fold(n.test, scope, env, d);
      if (test === UNKNOWN) return UNKNOWN;
      return fold(test ? n.consequent : n.alternate, scope, env, d);
    }
    default:
      return UNKNOWN;
  }
}

function foldIdentifier(name: string, scope: Scope, env: Env | undefined, d: number): Folded | undefined {
  if (env?.has(name)) return env.get(name);
  const binding = scope.getBinding(name);
  if (!binding || !binding.constant) return UNKNOWN;
  const decl = binding.path;
  if (!decl.isVariableDeclarator() || decl.node.id.type !== "Identifier") return UNKNOWN;
  return fold(decl.node.init, decl.scope, undefined, d);
}

function foldBinary(n: t.BinaryExpression, scope: Scope, env: Env | undefined, d: number): Folded | undefined {
  if (n.left.type === "PrivateName") return UNKNOWN;
  const l = fold(n.left, scope, env, d);
  if (l === UNKNOWN) return UNKNOWN;
  const r = fold(n.right, scope, env, d);
  if (r === UNKNOWN) return UNKNOWN;
  if (n.operator === "+") {
    if (typeof l === "number" && typeof r === "number") return l + r;
    return String(l) + String(r);
  }
  if (typeof l !== "number" || typeof r !== "number") return UNKNOWN;
  switch (n.operator) {
    case "-":
      return l - r;
    case "*":
      return l * r;
    case "/":
      return l / r;
    case "%":
      return l % r;
    case "^":
      return l ^ r;
    case "|":
      return l | r;
    case "&":
      return l & r;
    case "<<":
      return l << r;
    case ">>":
      return l >> r;
    case ">>>":
      return l >>> r;
    default:
      return UNKNOWN;
  }
}

function foldArray(elements: readonly (t.Node | null)[], scope: Scope, env: Env | undefined, d: number): Folded[] | undefined {
  const out: Folded[] = [];
  for (const el of elements) {
    if (!el) return UNKNOWN;
    if (el.type === "SpreadElement") {
      const v = fold(el.argument, scope, env, d);
      if (typeof v === "string") out.push(...v);
      else if (Array.isArray(v)) out.push(...v);
      else return UNKNOWN;
    } else {
      const v = fold(el, scope, env, d);
      if (v === UNKNOWN) return UNKNOWN;
      out.push(v);
    }
    if (out.length > MAX_LEN) return UNKNOWN;
  }
  return out;
}

function memberName(
  n: t.MemberExpression | t.OptionalMemberExpression,
  scope: Scope,
  env: Env | undefined,
  d: number,
): string | number | undefined {
  if (!n.computed) return n.property.type === "Identifier" ? n.property.name : UNKNOWN;
  const k = fold(n.property, scope, env, d);
  return typeof k === "string" || typeof k === "number" ? k : UNKNOWN;
}

function foldMember(
  n: t.MemberExpression | t.OptionalMemberExpression,
  scope: Scope,
  env: Env | undefined,
  d: number,
): Folded | undefined {
  const key = memberName(n, scope, env, d);
  if (key === UNKNOWN) return UNKNOWN;
  const obj = fold(n.object, scope, env, d);
  if (typeof obj !== "string" && !Array.isArray(obj)) return UNKNOWN;
  if (key === "length") return obj.length;
  const index = typeof key === "number" ? key : /^\d+$/.test(key) ? Number(key) : NaN;
  if (!Number.isInteger(index) || index < 0 || index >= obj.length) return UNKNOWN;
  return obj[index];
}

function foldArgs(args: readonly t.Node[], scope: Scope, env: Env | undefined, d: number): Folded[] | undefined {
  return foldArray(args, scope, env, d);
}

function foldCall(
  n: t.CallExpression | t.OptionalCallExpression,
  scope: Scope,
  env: Env | undefined,
  d: number,
): Folded | undefined {
  const callee = unwrap(n.callee);
  if (callee.type === "Identifier") {
    if (!GLOBAL_DECODERS.has(callee.name) || !isGlobal(scope, callee.name)) return UNKNOWN;
    const args = foldArgs(n.arguments, scope, env, d);
    const s = args?.[0];
    if (typeof s !== "string" && !(callee.name === "String" && s !== undefined)) return UNKNOWN;
    const g = globalThis as unknown as Record<string, (x: unknown) => string>;
    return g[callee.name]!(s);
  }
  if (callee.type !== "MemberExpression" && callee.type !== "OptionalMemberExpression") return UNKNOWN;
  const method = memberName(callee, scope, env, d);
  if (typeof method !== "string") return UNKNOWN;
  const target = unwrap(callee.object);
  if (target.type === "Identifier" && isGlobal(scope, target.name) && !env?.has(target.name)) {
    return foldStatic(target.name, method, n.arguments, scope, env, d);
  }
  if (method === "map") return foldMap(n, target, scope, env, d);
  const recv = fold(target, scope, env, d);
  if (recv === UNKNOWN) return UNKNOWN;
  const args = foldArgs(n.arguments, scope, env, d);
  if (!args) return UNKNOWN;
  if (typeof recv === "string" && STRING_METHODS.has(method)) {
    if ((method === "repeat" || method === "padStart" || method === "padEnd") && Number(args[0]) > MAX_LEN) return UNKNOWN;
    return (recv as unknown as Record<string, (...a: Folded[]) => Folded>)[method]!(...args);
  }
  if (Array.isArray(recv) && ARRAY_METHODS.has(method)) {
    return (recv as unknown as Record<string, (...a: Folded[]) => Folded>)[method]!(...args);
  }
  if (typeof recv === "number" && method === "toString") {
    return recv.toString(args[0] === undefined ? 10 : Number(args[0]));
  }
  return UNKNOWN;
}

function foldStatic(
  name: string,
  method: string,
  argNodes: readonly t.Node[],
  scope: Scope,
  env: Env | undefined,
  d: number,
): Folded | undefined {
  const args = foldArgs(argNodes, scope, env, d);
  if (!args) return UNKNOWN;
  if (name === "String" && (method === "fromCharCode" || method === "fromCodePoint")) {
    if (!args.every((a) => typeof a === "number")) return UNKNOWN;
    return String[method](...(args as number[]));
  }
  if (name === "JSON" && method === "parse" && typeof args[0] === "string") {
    const v: unknown = JSON.parse(args[0]);
    return typeof v === "string" || typeof v === "number" ? v : UNKNOWN;
  }
  if (name === "Array" && method === "from" && typeof args[0] === "string" && args.length === 1) return [...args[0]];
  return UNKNOWN;
}

/** `[99, 111].map((c) => String.fromCharCode(c))`: an arrow with one expression body. */
function foldMap(
  n: t.CallExpression | t.OptionalCallExpression,
  target: t.Node,
  scope: Scope,
  env: Env | undefined,
  d: number,
): Folded | undefined {
  const recv = fold(target, scope, env, d);
  const fnNode = n.arguments[0];
  if (!Array.isArray(recv) || !fnNode) return UNKNOWN;
  if (
    fnNode.type === "MemberExpression" &&
    !fnNode.computed &&
    fnNode.object.type === "Identifier" &&
    fnNode.object.name === "String" &&
    fnNode.property.type === "Identifier" &&
    fnNode.property.name === "fromCharCode"
  ) {
    return recv.every((c) => typeof c === "number") ? recv.map((c) => String.fromCharCode(c as number)) : UNKNOWN;
  }
  if (fnNode.type !== "ArrowFunctionExpression" && fnNode.type !== "FunctionExpression") return UNKNOWN;
  let body: t.Node | null | undefined = fnNode.body;
  if (body.type === "BlockStatement") {
    const only = body.body.length === 1 ? body.body[0] : undefined;
    body = only?.type === "ReturnStatement" ? only.argument : UNKNOWN;
  }
  const params = fnNode.params.map((p) => (p.type === "Identifier" ? p.name : null));
  if (!body || params.some((p) => p === null)) return UNKNOWN;
  const out: Folded[] = [];
  for (let i = 0; i < recv.length; i++) {
    const local = new Map(env ?? []);
    if (params[0]) local.set(params[0], recv[i]!);
    if (params[1]) local.set(params[1], i);
    const v = fold(body, scope, local, d);
    if (v === UNKNOWN) return UNKNOWN;
    out.push(v);
  }
  return out;
}
