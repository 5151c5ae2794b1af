// Computed member access (`obj[key]`). A key that folds to a constant is treated like a dotted name;
// a numeric key is an index; any other key is "dynamic". Dynamic keys are common in benign skills
// (`totals[category]`), so they are refused only where they can reach something sensitive:
//   - on functions, classes, `super`, `arguments`, literals, globals and built-in methods
//     (`fn[k]` with k = "constructor" is the Function constructor);
//   - a value reached by two dynamic lookups (`o[a][b]`) that is then called: with a = b =
//     "constructor" that is `Function(code)`;
//   - three dynamic lookups in a chain, and keys that look like a split-up "constructor"/"__proto__".
// What static analysis cannot see (a key laundered through a parameter into a helper) is the
// sandbox's job: it must tame Function.prototype.constructor (see README, "Does not protect against").
import { type AuditContext, isGlobalRef, isMemberNode, unwrapTs } from "./context.js";
import { foldConstant } from "./fold.js";
import type { Binding, Scope, t } from "./parse.js";
import { BUILTIN_METHOD_NAMES, DENIED_KEY_STEMS } from "./policy.js";

export type MemberKey =
  { kind: "name"; name: string; folded: boolean } | { kind: "numeric" } | { kind: "dynamic"; suspicious: boolean };

export function memberKey(node: t.MemberExpression | t.OptionalMemberExpression, scope: Scope, ctx: AuditContext): MemberKey {
  const prop = node.property;
  if (!node.computed) {
    if (prop.type === "Identifier") return { kind: "name", name: prop.name, folded: false };
    return { kind: "name", name: "#private", folded: false };
  }
  return keyOf(prop, scope, ctx);
}

/** Classifies a computed key expression (members, destructuring keys). */
export function keyOf(key: t.Node, scope: Scope, ctx: AuditContext): MemberKey {
  const k = unwrapTs(key);
  const v = foldConstant(k, scope, ctx.memo);
  if (typeof v === "number") return { kind: "numeric" };
  if (typeof v === "string") {
    const literal = k.type === "StringLiteral" || (k.type === "TemplateLiteral" && k.expressions.length === 0);
    return /^\d+$/.test(v) ? { kind: "numeric" } : { kind: "name", name: v, folded: !literal };
  }
  if (isNumeric(k, scope, 0)) return { kind: "numeric" };
  return { kind: "dynamic", suspicious: isSuspiciousKey(k, scope) };
}

const NUMERIC_CALLS = new Set([
  "indexOf",
  "lastIndexOf",
  "findIndex",
  "findLastIndex",
  "getDay",
  "getDate",
  "getMonth",
  "getFullYear",
  "getHours",
  "getMinutes",
  "getSeconds",
  "getMilliseconds",
  "getTime",
  "getUTCDay",
  "getUTCDate",
  "getUTCMonth",
  "getUTCFullYear",
  "getUTCHours",
  "getUTCMinutes",
  "charCodeAt",
  "codePointAt",
  "localeCompare",
  "getTimezoneOffset",
  "valueOf",
]);
const NUMERIC_GLOBAL_CALLS = new Set(["Number", "parseInt", "parseFloat"]);
const NUMERIC_OPS = new Set(["-", "*", "/", "%", "**", "|", "&", "^", "<<", ">>", ">>>"]);
const INDEX_CALLBACKS: ReadonlyMap<string, number> = new Map([
  ["map", 1],
  ["filter", 1],
  ["some", 1],
  ["every", 1],
  ["find", 1],
  ["findIndex", 1],
  ["findLast", 1],
  ["findLastIndex", 1],
  ["flatMap", 1],
  ["reduce", 2],
  ["reduceRight", 2],
  ["from", 1],
]);

/** Provably a number (so never "constructor"): arithmetic, lengths, loop counters, index params. */
export function isNumeric(node: t.Node, scope: Scope, depth: number): boolean {
  if (depth > 12) return false;
  const n = unwrapTs(node);
  switch (n.type) {
    case "NumericLiteral":
    case "UpdateExpression":
      return true;
    case "UnaryExpression":
      return n.operator === "-" || n.operator === "+" || n.operator === "~";
    case "BinaryExpression":
      if (NUMERIC_OPS.has(n.operator)) return true;
      return (
        n.operator === "+" &&
        n.left.type !== "PrivateName" &&
        isNumeric(n.left, scope, depth + 1) &&
        isNumeric(n.right, scope, depth + 1)
      );
    case "ConditionalExpression":
      return isNumeric(n.consequent, scope, depth + 1) && isNumeric(n.alternate, scope, depth + 1);
    case "LogicalExpression":
      return isNumeric(n.left, scope, depth + 1) && isNumeric(n.right, scope, depth + 1);
    case "MemberExpression":
    case "OptionalMemberExpression":
      return !n.computed && n.property.type === "Identifier" && (n.property.name === "length" || n.property.name === "size");
    case "CallExpression":
    case "OptionalCallExpression": {
      const c = unwrapTs(n.callee);
      if (c.type === "Identifier") return NUMERIC_GLOBAL_CALLS.has(c.name) && !scope.getBinding(c.name);
      if (!isMemberNode(c) || c.computed || c.property.type !== "Identifier") return false;
      if (
        c.object.type === "Identifier" &&
        (c.object.name === "Math" || c.object.name === "Date" || c.object.name === "Number") &&
        !scope.getBinding(c.object.name)
      )
        return true;
      return NUMERIC_CALLS.has(c.property.name);
    }
    case "Identifier":
      return numericBinding(scope.getBinding(n.name), depth);
    default:
      return false;
  }
}

function numericBinding(binding: Binding | undefined, depth: number): boolean {
  if (!binding) return false;
  const p = binding.path;
  if (binding.kind === "param") return isIndexParam(binding);
  if (!p.isVariableDeclarator() || p.node.id.type !== "Identifier" || !p.node.init) return false;
  if (!isNumeric(p.node.init, p.scope, depth + 1)) return false;
  return binding.constantViolations.every((v) => {
    const n = v.node;
    if (n.type === "UpdateExpression") return true;
    if (n.type !== "AssignmentExpression") return false;
    return n.operator !== "=" && n.operator !== "+=" && n.operator !== "??=" && n.operator !== "||=" && n.operator !== "&&="
      ? true
      : isNumeric(n.right, v.scope, depth + 1);
  });
}

/** The index parameter of an array callback: `.map((x, i) => …)`, `.reduce((acc, x, i) => …)`. */
function isIndexParam(binding: Binding): boolean {
  const fn = binding.path;
  if (!fn.isFunction()) return false;
  const index = fn.node.params.findIndex((p) => p.type === "Identifier" && p.name === binding.identifier.name);
  const call = fn.parent;
  if (call.type !== "CallExpression" || !call.arguments.includes(fn.node as t.Expression)) return false;
  const callee = call.callee;
  if (!isMemberNode(callee) || callee.computed || callee.property.type !== "Identifier") return false;
  return INDEX_CALLBACKS.get(callee.property.name) === index && index > 0;
}

/** Keys that only make sense as obfuscation: literals with coercion hooks, fragments of "constructor". */
function isSuspiciousKey(k: t.Node, scope: Scope): boolean {
  switch (k.type) {
    case "ObjectExpression":
    case "ArrayExpression":
    case "FunctionExpression":
    case "ArrowFunctionExpression":
    case "ClassExpression":
      return true;
    case "Identifier": {
      const b = scope.getBinding(k.name);
      const init = b?.path.isVariableDeclarator() ? b.path.node.init : null;
      return (
        !!init &&
        (init.type === "ObjectExpression" ||
          init.type === "ArrayExpression" ||
          init.type === "FunctionExpression" ||
          init.type === "ArrowFunctionExpression" ||
          init.type === "ClassExpression")
      );
    }
    case "BinaryExpression":
    case "TemplateLiteral":
      return fragments(k).some(isStem);
    default:
      return false;
  }
}

function fragments(k: t.Node): string[] {
  if (k.type === "StringLiteral") return [k.value];
  if (k.type === "TemplateLiteral") return k.quasis.map((q) => q.value.cooked ?? "");
  if (k.type === "BinaryExpression" && k.operator === "+" && k.left.type !== "PrivateName")
    return [...fragments(k.left), ...fragments(k.right)];
  return [];
}

const isStem = (s: string): boolean => s.length >= 3 && DENIED_KEY_STEMS.some((stem) => stem.includes(s));

/** Why a dynamic key on this object is refused, or null when the object is ordinary data. */
export function sensitiveObject(node: t.Node, scope: Scope, ctx: AuditContext, depth = 0): string | null {
  const n = unwrapTs(node);
  switch (n.type) {
    case "FunctionExpression":
    case "ArrowFunctionExpression":
    case "ClassExpression":
      return "a function";
    case "Super":
      return "`super`";
    case "StringLiteral":
    case "TemplateLiteral":
    case "NumericLiteral":
    case "RegExpLiteral":
    case "BooleanLiteral":
      return "a literal";
    case "Identifier": {
      if (isGlobalRef(scope, n.name, ctx)) return `the global ${n.name}`;
      const b = scope.getBinding(n.name);
      if (!b) return null;
      if (b.kind === "hoisted" || b.path.isClassDeclaration() || b.path.isFunctionDeclaration()) return `the function ${n.name}`;
      const init = b.path.isVariableDeclarator() && b.path.node.id.type === "Identifier" ? b.path.node.init : null;
      if (!init || depth > 8) return null;
      const why = sensitiveObject(init, b.path.scope, ctx, depth + 1);
      return why && (why.startsWith("the ") || why.startsWith("a ")) ? `${n.name} (${why})` : why;
    }
    case "MemberExpression":
    case "OptionalMemberExpression": {
      if (!n.computed && n.property.type === "Identifier" && BUILTIN_METHOD_NAMES.has(n.property.name)) {
        return `the method ${n.property.name}`;
      }
      const held = heldValue(n, scope, ctx, depth);
      if (held) return held;
      let root: t.Node = n;
      while (isMemberNode(root)) root = unwrapTs(root.object);
      if (root.type === "Identifier" && isGlobalRef(scope, root.name, ctx) && root.name !== "db")
        return `a member of ${root.name}`;
      return null;
    }
    case "ConditionalExpression":
      return sensitiveObject(n.consequent, scope, ctx, depth + 1) ?? sensitiveObject(n.alternate, scope, ctx, depth + 1);
    case "LogicalExpression":
      return sensitiveObject(n.left, scope, ctx, depth + 1) ?? sensitiveObject(n.right, scope, ctx, depth + 1);
    case "SequenceExpression":
      return sensitiveObject(n.expressions[n.expressions.length - 1]!, scope, ctx, depth + 1);
    default:
      return null;
  }
}

/** The object or array literal a name is bound to (`const m = { … }`), if any. */
function literalOf(
  node: t.Node,
  scope: Scope,
  depth: number,
): { node: t.ObjectExpression | t.ArrayExpression; scope: Scope } | null {
  const n = unwrapTs(node);
  if (n.type === "ObjectExpression" || n.type === "ArrayExpression") return { node: n, scope };
  if (n.type !== "Identifier" || depth > 8) return null;
  const b = scope.getBinding(n.name);
  const init = b && b.path.isVariableDeclarator() && b.path.node.id.type === "Identifier" ? b.path.node.init : null;
  return init ? literalOf(init, b!.path.scope, depth + 1) : null;
}

/**
 * A member of a local literal that holds a function (`m.f` of `const m = { f: () => 1 }`, `fns[0]`
 * of `const fns = [() => 1]`): a dynamic key on it is a dynamic key on a function.
 */
function heldValue(
  n: t.MemberExpression | t.OptionalMemberExpression,
  scope: Scope,
  ctx: AuditContext,
  depth: number,
): string | null {
  const lit = literalOf(n.object, scope, depth + 1);
  if (!lit || depth > 8) return null;
  if (lit.node.type === "ArrayExpression") {
    for (const el of lit.node.elements) {
      const why = el && el.type !== "SpreadElement" ? sensitiveObject(el, lit.scope, ctx, depth + 1) : null;
      if (why) return why;
    }
    return null;
  }
  for (const prop of lit.node.properties) {
    if (prop.type === "SpreadElement") continue;
    const name =
      prop.key.type === "Identifier" && !prop.computed
        ? prop.key.name
        : prop.key.type === "StringLiteral"
          ? prop.key.value
          : null;
    const wanted =
      !n.computed && n.property.type === "Identifier"
        ? n.property.name
        : n.property.type === "StringLiteral"
          ? n.property.value
          : null;
    if (wanted !== null && name !== wanted) continue;
    const why = prop.type === "ObjectMethod" ? "a function" : sensitiveObject(prop.value, lit.scope, ctx, depth + 1);
    if (why) return why;
  }
  return null;
}
