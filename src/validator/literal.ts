// Reads a JSON value out of the AST when it is written literally: object/array literals, strings,
// numbers, booleans, null, templates of constants, spreads of and references to `const` literals,
// `Object.freeze(…)`, TS `as const`. Anything else is "not literal". Never executes skill code.
import type { Json, JsonObject } from "../contract/index.js";
import { binaryValue, helperCallValue, mapValue, staticMemberValue, templateValue, type Env } from "./action-forms.js";
import { type AuditContext, isMemberNode } from "./context.js";
import { foldConstant } from "./fold.js";
import type { NodePath, t } from "./parse.js";

export const NOT_LITERAL: unique symbol = Symbol("not literal");
export type Result = Json | typeof NOT_LITERAL;

export const MAX_DEPTH = 48;

/**
 * `env` binds the parameters of a `.map` callback to the element being mapped (action-forms.ts).
 * Every named value followed (a `const`, `this.<field>`, a static member) is recorded in
 * `ctx.literalHolders`, so the contract check can prove nothing else changes it.
 */
export function literalValue(path: NodePath, ctx: AuditContext, depth = 0, env?: Env): Result {
  if (depth > MAX_DEPTH) return NOT_LITERAL;
  const node = path.node;
  const next = depth + 1;
  ctx.literalNodes.add(node);
  switch (node.type) {
    case "TSAsExpression":
    case "TSSatisfiesExpression":
    case "TSNonNullExpression":
    case "TSTypeAssertion":
    case "ParenthesizedExpression":
      return literalValue(path.get("expression") as NodePath, ctx, next, env);
    case "StringLiteral":
    case "NumericLiteral":
    case "BooleanLiteral":
      return node.value;
    case "NullLiteral":
      return null;
    case "TemplateLiteral":
    case "UnaryExpression":
    case "BinaryExpression": {
      // With `.map` parameters bound, a template reads them; otherwise it folds like any constant.
      if (env && node.type === "TemplateLiteral") return templateValue(path as NodePath<t.TemplateLiteral>, ctx, next, env);
      if (env && node.type === "BinaryExpression") return binaryValue(path as NodePath<t.BinaryExpression>, ctx, next, env);
      const v = foldConstant(node, path.scope, ctx.memo);
      return typeof v === "string" || typeof v === "number" || typeof v === "boolean" ? v : NOT_LITERAL;
    }
    case "ArrayExpression":
      return arrayValue(path as NodePath<t.ArrayExpression>, ctx, next, env);
    case "ObjectExpression":
      return objectValue(path as NodePath<t.ObjectExpression>, ctx, next, env);
    case "Identifier": {
      const binding = path.scope.getBinding(node.name);
      if (binding && env?.has(binding)) return env.get(binding)!;
      if (!binding) return enumValue(path, node.name);
      const decl = binding?.path;
      if (!binding?.constant || !decl?.isVariableDeclarator() || decl.node.id.type !== "Identifier" || !decl.node.init) {
        return NOT_LITERAL;
      }
      ctx.literalHolders.push({ kind: "binding", binding });
      return literalValue(decl.get("init") as NodePath, ctx, next);
    }
    case "MemberExpression":
      return memberValue(path as NodePath<t.MemberExpression>, ctx, next, env);
    case "LogicalExpression": {
      // `d.schema ?? {}` in a `.map` body: `??` picks the right side only for null.
      if (node.operator !== "??") return NOT_LITERAL;
      const left = literalValue(path.get("left") as NodePath, ctx, next, env);
      return left === null ? literalValue(path.get("right") as NodePath, ctx, next, env) : left;
    }
    case "CallExpression": {
      const call = path as NodePath<t.CallExpression>;
      const mapped = mapValue(call, ctx, next, env);
      if (mapped !== undefined) return mapped;
      return call.node.callee.type === "Identifier"
        ? helperCallValue(call, ctx, next, env)
        : objectHelperValue(call, ctx, next, env);
    }
    default:
      return NOT_LITERAL;
  }
}

function arrayValue(path: NodePath<t.ArrayExpression>, ctx: AuditContext, depth: number, env?: Env): Result {
  const out: Json[] = [];
  for (const el of path.get("elements")) {
    if (!el.node) return NOT_LITERAL;
    if (el.isSpreadElement()) {
      const v = literalValue(el.get("argument"), ctx, depth, env);
      if (!Array.isArray(v)) return NOT_LITERAL;
      out.push(...v);
      continue;
    }
    const v = literalValue(el as NodePath, ctx, depth, env);
    if (v === NOT_LITERAL) return NOT_LITERAL;
    out.push(v);
  }
  return out;
}

function keyName(prop: NodePath<t.ObjectProperty>, ctx: AuditContext): string | null {
  const key = prop.node.key;
  if (prop.node.computed) {
    const v = foldConstant(key, prop.scope, ctx.memo);
    return typeof v === "string" || typeof v === "number" ? String(v) : null;
  }
  if (key.type === "Identifier") return key.name;
  if (key.type === "StringLiteral") return key.value;
  if (key.type === "NumericLiteral") return String(key.value);
  return null;
}

function objectValue(path: NodePath<t.ObjectExpression>, ctx: AuditContext, depth: number, env?: Env): Result {
  const out: JsonObject = {};
  for (const prop of path.get("properties")) {
    if (prop.isSpreadElement()) {
      const v = literalValue(prop.get("argument"), ctx, depth, env);
      if (v === null || typeof v !== "object" || Array.isArray(v)) return NOT_LITERAL;
      for (const [k, val] of Object.entries(v)) out[k] = val;
      continue;
    }
    if (!prop.isObjectProperty()) return NOT_LITERAL;
    const name = keyName(prop, ctx);
    if (name === null || name === "__proto__") return NOT_LITERAL;
    const v = literalValue(prop.get("value") as NodePath, ctx, depth, env);
    if (v === NOT_LITERAL) return NOT_LITERAL;
    out[name] = v;
  }
  return out;
}

/** A top-level TS enum as the object it compiles to (numeric members map both ways). */
function enumValue(path: NodePath, name: string): Result {
  const program = path.scope.getProgramParent().path.node as t.Program;
  for (const stmt of program.body) {
    const d = stmt.type === "ExportNamedDeclaration" ? stmt.declaration : stmt;
    if (d?.type !== "TSEnumDeclaration" || d.id.name !== name || d.declare) continue;
    const out: JsonObject = {};
    let next = 0;
    for (const m of d.members) {
      const key = m.id.type === "Identifier" ? m.id.name : m.id.value;
      const init = m.initializer;
      if (!init || init.type === "NumericLiteral") {
        const v = init ? init.value : next;
        out[key] = v;
        out[String(v)] = key;
        next = v + 1;
      } else if (init.type === "StringLiteral") {
        out[key] = init.value;
      } else {
        return NOT_LITERAL;
      }
    }
    return out;
  }
  return NOT_LITERAL;
}

/** `Object.freeze(x)`, `Object.keys(x)`, `Object.values(x)`, `Object.entries(x)` of a literal `x`. */
function objectHelperValue(path: NodePath<t.CallExpression>, ctx: AuditContext, depth: number, env?: Env): Result {
  const callee = path.node.callee;
  if (
    !isMemberNode(callee) ||
    callee.computed ||
    callee.object.type !== "Identifier" ||
    callee.object.name !== "Object" ||
    callee.property.type !== "Identifier" ||
    path.scope.getBinding("Object") ||
    path.node.arguments.length !== 1
  )
    return NOT_LITERAL;
  const argPath = (path.get("arguments") as NodePath[])[0]!;
  if (callee.property.name === "keys") {
    // The keys of a literal object are static even when its values are not (a table of functions).
    const keys = literalKeys(argPath, depth);
    if (keys) return keys;
  }
  const arg = literalValue(argPath, ctx, depth, env);
  if (arg === NOT_LITERAL) return NOT_LITERAL;
  const isObject = arg !== null && typeof arg === "object" && !Array.isArray(arg);
  switch (callee.property.name) {
    case "freeze":
      return arg;
    case "keys":
      return isObject ? Object.keys(arg) : NOT_LITERAL;
    case "values":
      return isObject ? Object.values(arg) : NOT_LITERAL;
    case "entries":
      return isObject ? Object.entries(arg) : NOT_LITERAL;
    default:
      return NOT_LITERAL;
  }
}

/** The own keys of an object literal (directly or through a `const`), when every key is written out. */
function literalKeys(path: NodePath, depth: number): string[] | null {
  if (depth > MAX_DEPTH) return null;
  let p = path;
  while (p.isTSAsExpression() || p.isTSSatisfiesExpression() || p.isTSNonNullExpression() || p.isParenthesizedExpression())
    p = p.get("expression") as NodePath;
  if (p.isIdentifier()) {
    const binding = p.scope.getBinding(p.node.name);
    const decl = binding?.path;
    if (!binding?.constant || !decl?.isVariableDeclarator() || decl.node.id.type !== "Identifier" || !decl.node.init) return null;
    return literalKeys(decl.get("init") as NodePath, depth + 1);
  }
  if (!p.isObjectExpression()) return null;
  const keys: string[] = [];
  for (const prop of p.node.properties) {
    if (prop.type === "SpreadElement" || prop.computed) return null;
    const key = prop.key;
    if (key.type === "Identifier") keys.push(key.name);
    else if (key.type === "StringLiteral") keys.push(key.value);
    else if (key.type === "NumericLiteral") keys.push(String(key.value));
    else return null;
  }
  // Own-key order as JavaScript gives it (integer-like keys first); `__proto__:` sets the prototype.
  const ordered: Record<string, true> = Object.create(null) as Record<string, true>;
  for (const key of keys) if (key !== "__proto__") ordered[key] = true;
  return Object.keys(ordered);
}

/** `this.actions` inside a skill method: the class field or object property of that name. */
function thisPropertyValue(path: NodePath, name: string, ctx: AuditContext, depth: number): Result {
  const method = path.findParent((p) => p.isFunction() && !p.isArrowFunctionExpression());
  let owner: NodePath | null = method?.parentPath ?? null;
  if (method?.isFunctionExpression() && owner?.isObjectProperty()) owner = owner.parentPath;
  const members = owner?.isClassBody() ? owner.get("body") : owner?.isObjectExpression() ? owner.get("properties") : [];
  for (const member of members as NodePath[]) {
    const n = member.node;
    if ((n.type === "ClassProperty" && !n.static) || n.type === "ObjectProperty") {
      if (!n.computed && n.key.type === "Identifier" && n.key.name === name && n.value) {
        ctx.literalHolders.push({ kind: "this", owner: owner!, name });
        return literalValue(member.get("value") as NodePath, ctx, depth);
      }
    }
  }
  return NOT_LITERAL;
}

function memberValue(path: NodePath<t.MemberExpression>, ctx: AuditContext, depth: number, env?: Env): Result {
  const node = path.node;
  if (node.object.type === "ThisExpression" && !node.computed && node.property.type === "Identifier") {
    return thisPropertyValue(path, node.property.name, ctx, depth);
  }
  let key: string | number | null = null;
  if (!node.computed && node.property.type === "Identifier") key = node.property.name;
  else if (node.computed) {
    const v = foldConstant(node.property, path.scope, ctx.memo);
    key = typeof v === "string" || typeof v === "number" ? v : null;
  }
  if (key === null) return NOT_LITERAL;
  const statics = staticMemberValue(path, String(key), ctx, depth);
  if (statics !== undefined) return statics;
  const obj = literalValue(path.get("object"), ctx, depth, env);
  if (obj === null || typeof obj !== "object") return NOT_LITERAL;
  const k = String(key);
  return Object.hasOwn(obj, k) ? ((obj as Record<string, Json>)[k] ?? NOT_LITERAL) : NOT_LITERAL;
}

/**
 * The name of a class member if it is static: its identifier or string key, or a computed key
 * folded (a value that is not a string or number, or undefined, when it does not fold — such a
 * key could be any name). Undefined `member` for an instance member or one without a key.
 */
export function staticMemberName(
  m: NodePath,
  ctx: AuditContext,
): { key: t.Node; computed: boolean; name: ReturnType<typeof foldConstant> } | undefined {
  const n = m.node as { static?: boolean; computed?: boolean; key?: t.Node };
  if (!n.static || !n.key) return undefined;
  const name = n.computed
    ? foldConstant(n.key, m.scope, ctx.memo)
    : n.key.type === "Identifier"
      ? n.key.name
      : n.key.type === "StringLiteral"
        ? n.key.value
        : null;
  return { key: n.key, computed: n.computed === true, name };
}
