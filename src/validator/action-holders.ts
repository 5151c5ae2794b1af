// The actions the approval shows are read from named values (a `const` array, a static field, a
// field of the skill). That reading is the run-time value only if nothing changes it: at load
// (`ACTIONS.push(hidden)` at the top level) or later. Every use of each named value must be a
// read — a member read, a non-mutating method call, a comparison — or, inside getActions, the
// value returned or spread. Writes, mutating methods, aliases and passing it on are refused.
import { isMemberNode, type LiteralHolder } from "./context.js";
import type { NodePath, t } from "./parse.js";

/** Methods that change their receiver (arrays, maps, sets). */
export const MUTATORS = new Set([
  "push",
  "pop",
  "shift",
  "unshift",
  "splice",
  "sort",
  "reverse",
  "fill",
  "copyWithin",
  "set",
  "add",
  "delete",
  "clear",
]);
/** Whole-value positions that only read: `a === X`, `${X.length}`, `for (… of X)`, `Object.keys(X)`. */
const READ_PARENTS = new Set(["BinaryExpression", "TemplateLiteral", "IfStatement", "SwitchStatement"]);
const OBJECT_READERS = new Set(["keys", "values", "entries", "freeze"]);
const COPYING_CONSTRUCTORS = new Set(["Set", "Map"]);
const PRIMITIVE_INITS = new Set([
  "StringLiteral",
  "NumericLiteral",
  "BooleanLiteral",
  "NullLiteral",
  "TemplateLiteral",
  "BinaryExpression",
  "UnaryExpression",
]);
const TS_WRAPPERS = new Set([
  "TSAsExpression",
  "TSSatisfiesExpression",
  "TSNonNullExpression",
  "TSTypeAssertion",
  "ParenthesizedExpression",
]);

export interface HolderProblem {
  message: string;
  node: t.Node;
}

/**
 * The first use of a followed value that could change what getActions returns, or null. With
 * `primitive` (a string such as the slug), only writes count: a string cannot be changed in place.
 */
export function holderProblem(
  holders: readonly LiteralHolder[],
  getActions: t.Node,
  read: ReadonlySet<t.Node>,
  options: { primitive?: boolean; subject?: string } = {},
): HolderProblem | null {
  for (const h of holders) {
    for (const use of usesOf(h)) {
      if (use === "escapes") return { message: `${label(h)} is used other than by name: it could be changed`, node: nodeOf(h) };
      if (use.findParent((p) => p.isTSType() || p.isTSTypeAnnotation())) continue; // `typeof X` in a type
      const why = writeAt(use, getActions, read, options.primitive === true);
      if (why)
        return {
          message: `${label(h)} ${why}: ${options.subject ?? "the actions"} must be exactly what the source shows`,
          node: use.node,
        };
    }
  }
  return null;
}

function label(h: LiteralHolder): string {
  if (h.kind === "binding") return `\`${h.binding.identifier.name}\``;
  if (h.kind === "this") return `\`this.${h.name}\``;
  return `\`${h.binding.identifier.name}.${h.name}\``;
}

function nodeOf(h: LiteralHolder): t.Node {
  return h.kind === "this" ? h.owner.node : h.binding.identifier;
}

/** Every expression that evaluates to the held value, or "escapes" when one cannot be seen. */
function usesOf(h: LiteralHolder): Array<NodePath | "escapes"> {
  if (h.kind === "binding") {
    const init = h.binding.path.isVariableDeclarator() ? h.binding.path.node.init : null;
    if (init && PRIMITIVE_INITS.has(init.type)) return []; // a primitive cannot be changed in place
    return h.binding.referencePaths;
  }
  if (h.kind === "this") return [...thisMembers(h.owner, h.name), ...heldBy(h.owner, h.name)];
  const uses: Array<NodePath | "escapes"> = [];
  for (const ref of h.binding.referencePaths) {
    const parent = ref.parentPath;
    if (ref.isExportDefaultDeclaration() || parent?.isExportDefaultDeclaration()) continue;
    if (parent?.isNewExpression() && parent.parentPath?.isExportDefaultDeclaration()) continue;
    if (!parent || !isMemberNode(parent.node) || parent.node.object !== ref.node) return ["escapes"];
    const key = parent.node.computed ? null : parent.node.property.type === "Identifier" ? parent.node.property.name : null;
    if (key === null) return ["escapes"];
    if (key === h.name) uses.push(parent);
  }
  // `this.NAME` in a static method or block is the same field.
  return [...uses, ...thisMembers(h.binding.path, h.name)];
}

/** `skill.name` where `const skill = { … }` is the skill object (exported by name). */
function heldBy(owner: NodePath, name: string): Array<NodePath | "escapes"> {
  const holder = owner.parentPath;
  if (!owner.isObjectExpression() || !holder?.isVariableDeclarator() || holder.node.id.type !== "Identifier") return [];
  const binding = holder.scope.getBinding(holder.node.id.name);
  const out: Array<NodePath | "escapes"> = [];
  for (const ref of binding?.referencePaths ?? []) {
    const parent = ref.parentPath;
    if (ref.isExportDefaultDeclaration() || parent?.isExportDefaultDeclaration()) continue;
    if (!parent || !isMemberNode(parent.node) || parent.node.object !== ref.node || parent.node.computed) return ["escapes"];
    if (parent.node.property.type === "Identifier" && parent.node.property.name === name) out.push(parent);
  }
  return out;
}

/** `this.name` uses inside a class or object literal; "escapes" when `this` is used any other way. */
function thisMembers(owner: NodePath, name: string): Array<NodePath | "escapes"> {
  const out: Array<NodePath | "escapes"> = [];
  owner.traverse({
    ThisExpression(p) {
      const parent = p.parentPath;
      if (!isMemberNode(parent.node) || parent.node.object !== p.node) return void out.push("escapes");
      if (parent.node.computed) return void out.push("escapes");
      if (parent.node.property.type === "Identifier" && parent.node.property.name === name) out.push(parent);
    },
  });
  return out;
}

/**
 * Why this use could change the value, or null when it only reads. A part of the value read out
 * (`STAGES[i]`, `ACTIONS.find(…)`) may be kept or passed: what a method later does to an element
 * happens after the host captured the actions (README "Does not protect against").
 */
function writeAt(use: NodePath, getActions: t.Node, read: ReadonlySet<t.Node>, primitive: boolean, depth = 0): string | null {
  let e: NodePath = use;
  for (;;) {
    const parent = e.parentPath;
    if (!parent) return null;
    if (TS_WRAPPERS.has(parent.node.type)) {
      e = parent;
      continue;
    }
    if (isMemberNode(parent.node) && parent.node.object === e.node) {
      const grand = parent.parentPath;
      if (grand && (grand.isCallExpression() || grand.isOptionalCallExpression()) && grand.node.callee === parent.node) {
        const name = parent.node.computed ? null : parent.node.property.type === "Identifier" ? parent.node.property.name : null;
        return name === null || MUTATORS.has(name) ? `is changed by .${name ?? "[computed]"}()` : null;
      }
      e = parent;
      continue;
    }
    return positionProblem(e, parent, getActions, read, e === use && !primitive, depth);
  }
}

function positionProblem(
  e: NodePath,
  parent: NodePath,
  getActions: t.Node,
  read: ReadonlySet<t.Node>,
  whole: boolean,
  depth: number,
): string | null {
  const p = parent.node;
  if (p.type === "AssignmentExpression" && p.left === e.node) return "is assigned to";
  if (p.type === "UpdateExpression") return "is assigned to";
  if (p.type === "UnaryExpression") return p.operator === "delete" ? "is deleted from" : null;
  if (p.type === "CallExpression" && p.arguments.includes(e.node as t.Expression) && isObjectWriter(p))
    return "is passed to Object";
  if (!whole) return null;
  // Inside a literal the action reading itself followed (`enum: TRIGGERS` in a params_schema).
  const container = p.type === "ObjectProperty" && p.value === e.node ? parent.parent : p.type === "ArrayExpression" ? p : null;
  if (container && read.has(container)) return null;
  // Anywhere in the literal getActions returns (`enum: UNITS` for both "from" and "to"), even
  // where the reading stopped at an earlier value it could not follow: it is only read there.
  if (container && inReturnedLiteral(parent, getActions)) return null;
  if (isMemberNode(p) && p.property === e.node) return null; // used as a key
  if (p.type === "ForOfStatement") return p.right === e.node ? null : "is assigned to";
  if (READ_PARENTS.has(p.type)) return null;
  if (p.type === "ConditionalExpression" && p.test === e.node) return null;
  if (p.type === "SpreadElement") return parent.parentPath?.isCallExpression() ? "is passed on" : null;
  if (p.type === "LogicalExpression" && p.left === e.node && parent.parentPath?.isIfStatement()) return null;
  if (p.type === "CallExpression" && isObjectReader(p)) return null;
  // `new Set(TRIGGERS)`, `new Map(ENTRIES)` copy what they are given and keep no hold on it.
  if (
    p.type === "NewExpression" &&
    p.callee.type === "Identifier" &&
    COPYING_CONSTRUCTORS.has(p.callee.name) &&
    p.arguments[0] === e.node &&
    !parent.scope.getBinding(p.callee.name)
  )
    return null;
  if (parent.isCallExpression() && readOnlyParameter(parent, e.node, getActions, read, depth)) return null;
  const fn = parent.getFunctionParent();
  const returned = p.type === "ReturnStatement" || (p.type === "ArrowFunctionExpression" && p.body === e.node);
  if (returned && (fn?.node === getActions || (p.type === "ArrowFunctionExpression" && p === getActions))) return null;
  return "is stored, passed or returned elsewhere";
}

/** Whether `at` sits inside object and array literals that getActions returns as they are. */
function inReturnedLiteral(at: NodePath, getActions: t.Node): boolean {
  let p: NodePath | null = at;
  while (p && (p.isObjectProperty() || p.isObjectExpression() || p.isArrayExpression() || TS_WRAPPERS.has(p.node.type))) {
    const up: NodePath | null = p.parentPath;
    if (!up) return false;
    if (up.isReturnStatement()) return up.getFunctionParent()?.node === getActions;
    if (up.node === getActions) return up.isArrowFunctionExpression() && (up.node as t.ArrowFunctionExpression).body === p.node;
    p = up;
  }
  return false;
}

/**
 * `helper(X)` where `helper` is a local function, never reassigned, whose parameter for X is a
 * plain name, never reassigned, and every use of it only reads by the same rules (followed three
 * calls deep): the helper can neither change X nor hand it on.
 */
function readOnlyParameter(
  call: NodePath<t.CallExpression>,
  argument: t.Node,
  getActions: t.Node,
  read: ReadonlySet<t.Node>,
  depth: number,
): boolean {
  const callee = call.node.callee;
  const index = call.node.arguments.indexOf(argument as t.Expression);
  if (depth >= 3 || callee.type !== "Identifier" || index < 0) return false;
  if (call.node.arguments.slice(0, index).some((a) => a.type === "SpreadElement")) return false;
  const binding = call.scope.getBinding(callee.name);
  if (!binding?.constant) return false;
  const declared = binding.path;
  const fn = declared.isVariableDeclarator() ? declared.get("init") : declared;
  if (!fn.isFunctionDeclaration() && !fn.isFunctionExpression() && !fn.isArrowFunctionExpression()) return false;
  const param = fn.node.params[index];
  if (param?.type !== "Identifier") return false;
  let usesArguments = false;
  fn.traverse({
    Identifier(p) {
      if (p.node.name === "arguments" && p.isReferencedIdentifier()) usesArguments = true;
    },
  });
  const own = fn.scope.getBinding(param.name);
  if (usesArguments || !own?.constant || own.scope !== fn.scope) return false;
  return own.referencePaths.every((ref) => writeAt(ref, getActions, read, false, depth + 1) === null);
}

function isObjectWriter(call: t.CallExpression): boolean {
  const c = call.callee;
  return c.type === "MemberExpression" && c.object.type === "Identifier" && c.object.name === "Object" && !isObjectReader(call);
}

function isObjectReader(call: t.CallExpression): boolean {
  const c = call.callee;
  return (
    c.type === "MemberExpression" &&
    !c.computed &&
    c.object.type === "Identifier" &&
    c.object.name === "Object" &&
    c.property.type === "Identifier" &&
    OBJECT_READERS.has(c.property.name)
  );
}
