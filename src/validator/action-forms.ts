// Action lists written the ways generators write them besides one array literal, each read without
// running skill code and only where the reading cannot disagree with JavaScript:
//   static readonly ACTIONS = [...]          getActions() { return Skill.ACTIONS; }
//   static get actions() { return [...]; }   getActions() { return Skill.actions; }
//   const DEFS = [["log", "Log"], ...];      getActions() { return DEFS.map(([slug, name]) => ({ slug, name, ... })); }
// `.map` is evaluated element by element with the callback's parameters bound to literal values
// (Array.prototype.map cannot be replaced: builtin-mutation refuses it).
import type { Json } from "../contract/index.js";
import { spend } from "./budget.js";
import type { AuditContext } from "./context.js";
import { literalValue, MAX_DEPTH, NOT_LITERAL, staticMemberName, type Result } from "./literal.js";
import type { Binding, NodePath, t } from "./parse.js";

/** Parameters of `.map` callbacks bound to the element (and index) being mapped. */
export type Env = ReadonlyMap<Binding, Json>;

/**
 * `xs.map(cb)` with `xs` a literal array and `cb` an arrow or function expression whose body is
 * one expression (or one `return`): the array of `cb`'s literal results. `undefined` when the call
 * is not a `.map`, NOT_LITERAL when it is one that cannot be read.
 */
export function mapValue(path: NodePath<t.CallExpression>, ctx: AuditContext, depth: number, env?: Env): Result | undefined {
  const callee = path.node.callee;
  if (callee.type !== "MemberExpression" || callee.computed || callee.property.type !== "Identifier") return undefined;
  if (callee.property.name !== "map") return undefined;
  const args = path.get("arguments") as NodePath[];
  const fn = args[0];
  if (args.length !== 1 || !fn || !(fn.isArrowFunctionExpression() || fn.isFunctionExpression())) return NOT_LITERAL;
  if (fn.node.async || fn.node.generator || fn.node.params.length > 2) return NOT_LITERAL;
  const body = resultExpression(fn);
  if (!body) return NOT_LITERAL;
  const list = literalValue((path.get("callee") as NodePath<t.MemberExpression>).get("object"), ctx, depth, env);
  if (!Array.isArray(list)) return NOT_LITERAL;
  const params = fn.get("params") as NodePath[];
  const out: Json[] = [];
  for (const [i, element] of list.entries()) {
    spend(ctx.memo.budget, 1 + params.length);
    const bound = new Map(env ?? []);
    if (!bind(params[0], element, bound) || !bind(params[1], i, bound)) return NOT_LITERAL;
    const v = literalValue(body, ctx, depth + 1, bound);
    if (v === NOT_LITERAL) return NOT_LITERAL;
    out.push(v);
  }
  return out;
}

/** The one expression a callback yields: an arrow's expression body or a block's single `return`. */
function resultExpression(fn: NodePath<t.ArrowFunctionExpression | t.FunctionExpression>): NodePath | null {
  const body = fn.get("body") as NodePath;
  if (!body.isBlockStatement()) return body;
  const stmts = body.get("body");
  const only = stmts.length === 1 ? stmts[0]! : null;
  return only?.isReturnStatement() && only.node.argument ? (only.get("argument") as NodePath) : null;
}

/**
 * Binds a parameter to a value: a name, `[a, b]` over an array, `{ a, b: c }` over an object. No
 * defaults, rests or holes that would need `undefined`, no parameter written in the body.
 */
function bind(param: NodePath | undefined, value: Json, env: Map<Binding, Json>): boolean {
  if (!param) return true;
  const name = (id: NodePath, v: Json | undefined): boolean => {
    if (!id.isIdentifier() || v === undefined) return false;
    const binding = id.scope.getBinding(id.node.name);
    if (!binding || !binding.constant) return false;
    env.set(binding, v);
    return true;
  };
  if (param.isIdentifier()) return name(param, value);
  if (param.isArrayPattern()) {
    if (!Array.isArray(value)) return false;
    return (param.get("elements") as NodePath[]).every((el, i) => el.node !== null && name(el, value[i]));
  }
  if (param.isObjectPattern()) {
    if (value === null || typeof value !== "object" || Array.isArray(value)) return false;
    return param.get("properties").every((prop) => {
      if (!prop.isObjectProperty() || prop.node.computed || prop.node.key.type !== "Identifier") return false;
      const key = prop.node.key.name;
      return Object.hasOwn(value, key) && name(prop.get("value") as NodePath, value[key]);
    });
  }
  return false;
}

/** `${x}` in a `.map` body: strings, numbers, booleans and null convert as JavaScript does. */
export function templateValue(path: NodePath<t.TemplateLiteral>, ctx: AuditContext, depth: number, env: Env): Result {
  const quasis = path.node.quasis;
  let out = quasis[0]!.value.cooked ?? "";
  for (const [i, expr] of (path.get("expressions") as NodePath[]).entries()) {
    const v = literalValue(expr, ctx, depth, env);
    if (v === NOT_LITERAL || (v !== null && typeof v === "object")) return NOT_LITERAL;
    const cooked = quasis[i + 1]!.value.cooked;
    if (cooked === null || cooked === undefined) return NOT_LITERAL;
    out += String(v) + cooked;
  }
  return out;
}

/**
 * `"log_" + unit`, `i + 1` in a `.map` body: `+` over strings and numbers, `-` and `*` over
 * numbers, computed by JavaScript itself on the literal operands (no coercion of objects).
 */
export function binaryValue(path: NodePath<t.BinaryExpression>, ctx: AuditContext, depth: number, env: Env): Result {
  const op = path.node.operator;
  if (op !== "+" && op !== "-" && op !== "*") return NOT_LITERAL;
  const a = literalValue(path.get("left") as NodePath, ctx, depth, env);
  const b = literalValue(path.get("right") as NodePath, ctx, depth, env);
  const prim = (v: Result): v is string | number => typeof v === "string" || typeof v === "number";
  if (!prim(a) || !prim(b)) return NOT_LITERAL;
  if (op === "+") return typeof a === "string" || typeof b === "string" ? String(a) + String(b) : a + b;
  return typeof a === "number" && typeof b === "number" ? (op === "-" ? a - b : a * b) : NOT_LITERAL;
}

/**
 * `Skill.NAME` where `Skill` is a local class: its static field initializer, or the single return
 * of its static getter. The class and the member are recorded so the contract check can prove
 * neither is written (action-holders.ts). `undefined` when the object is not a local class.
 */
export function staticMemberValue(
  path: NodePath<t.MemberExpression>,
  name: string,
  ctx: AuditContext,
  depth: number,
): Result | undefined {
  const object = path.node.object;
  if (object.type !== "Identifier" || depth > MAX_DEPTH) return undefined;
  const binding = path.scope.getBinding(object.name);
  if (!binding?.path.isClassDeclaration()) return undefined;
  if (!binding.constant) return NOT_LITERAL;
  // A computed static key that folds to the name is that member too; one that does not fold could be.
  const members: NodePath[] = [];
  for (const m of binding.path.get("body").get("body") as NodePath[]) {
    const member = staticMemberName(m, ctx);
    if (!member) continue;
    const key = member.name;
    if (member.computed && typeof key !== "string" && typeof key !== "number") return NOT_LITERAL;
    if (String(key) === name) members.push(m);
  }
  // Two static members of one name (a field and a getter) leave the winner to evaluation order.
  if (members.length !== 1) return NOT_LITERAL;
  const member = members[0]!;
  ctx.literalHolders.push({ kind: "static", binding, name });
  if (member.isClassProperty())
    return member.node.value ? literalValue(member.get("value") as NodePath, ctx, depth + 1) : NOT_LITERAL;
  if (!member.isClassMethod() || member.node.kind !== "get") return NOT_LITERAL;
  const body = member.get("body").get("body");
  const only = body.length === 1 ? body[0]! : null;
  if (!only?.isReturnStatement() || !only.node.argument) return NOT_LITERAL;
  return literalValue(only.get("argument") as NodePath, ctx, depth + 1);
}

/**
 * `macro(300)` where `const macro = (max) => ({ type: "number", maximum: max })` (or a function
 * declaration) is a local, never reassigned function whose body is one expression or one `return`:
 * its literal result with the parameters bound to the literal arguments. Sound because the call
 * builds a fresh value from exactly that expression each time: plain-name parameters only (no
 * defaults, rests or patterns), one argument per parameter, no `this` or `arguments` in the body,
 * not async or a generator. Recursion ends at MAX_DEPTH (not literal).
 */
export function helperCallValue(path: NodePath<t.CallExpression>, ctx: AuditContext, depth: number, env?: Env): Result {
  const callee = path.node.callee;
  if (callee.type !== "Identifier" || depth > MAX_DEPTH) return NOT_LITERAL;
  const binding = path.scope.getBinding(callee.name);
  if (!binding?.constant) return NOT_LITERAL;
  const decl = binding.path;
  const init = decl.isVariableDeclarator() ? (decl.get("init") as NodePath) : null;
  const fn = decl.isFunctionDeclaration()
    ? decl
    : init?.isArrowFunctionExpression() || init?.isFunctionExpression()
      ? init
      : null;
  if (!fn || fn.node.async || fn.node.generator) return NOT_LITERAL;
  const params = fn.get("params") as NodePath[];
  const args = path.get("arguments") as NodePath[];
  if (args.length !== params.length || !params.every((p) => p.isIdentifier())) return NOT_LITERAL;
  if (usesThisOrArguments(fn)) return NOT_LITERAL;
  const body = resultExpression(fn as NodePath<t.FunctionExpression>);
  if (!body) return NOT_LITERAL;
  spend(ctx.memo.budget, 1 + params.length);
  const bound = new Map(env ?? []);
  for (const [i, param] of params.entries()) {
    const v = literalValue(args[i]!, ctx, depth + 1, env);
    if (v === NOT_LITERAL || !bind(param, v, bound)) return NOT_LITERAL;
  }
  return literalValue(body, ctx, depth + 1, bound);
}

function usesThisOrArguments(fn: NodePath): boolean {
  let found = false;
  fn.traverse({
    ThisExpression(p) {
      found = true;
      p.stop();
    },
    Identifier(p) {
      if (p.node.name === "arguments") {
        found = true;
        p.stop();
      }
    },
  });
  return found;
}
