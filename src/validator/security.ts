// Blocked constructs, decided on the AST with scope analysis. One visitor, one walk: each handler
// is cheap and exits early for the common case.
import { type AuditContext, isCallNode, isGlobalRef, isMemberNode, unwrapTs } from "./context.js";
import { keyOf, memberKey, sensitiveObject } from "./computed.js";
import { lookupDepth } from "./lookup-depth.js";
import { checkDbIdentifier } from "./db.js";
import { FOLDABLE_CALLS, foldConstant, type Folded } from "./fold.js";
import { checkGlobalIdentifier } from "./globals.js";
import type { NodePath, t } from "./parse.js";
import { BLOCKED_GLOBALS, DENIED_LITERALS, DENIED_MEMBERS, SAFE_GLOBALS } from "./policy.js";
import type { RuleId } from "./rules.js";

const MEMBER_MESSAGES: Partial<Record<RuleId, string>> = {
  "dynamic-code": "reaches the Function constructor or eval",
  "prototype-mutation": "reaches or changes a prototype",
  reflection: "is object reflection",
  "stack-trace-api": "is the V8 stack-trace API",
  "host-access": "reaches the global object",
};

function deniedMember(name: string, how: string, node: t.Node, ctx: AuditContext): boolean {
  const rule = DENIED_MEMBERS.get(name);
  if (!rule) return false;
  ctx.findings.add(rule, `${how} "${name}" ${MEMBER_MESSAGES[rule] ?? "is not allowed"}`, node);
  return true;
}

export function checkIdentifier(path: NodePath<t.Identifier>, ctx: AuditContext): void {
  const name = path.node.name;
  if (name === "db") checkDbIdentifier(path, ctx);
  else if (ctx.candidates.has(name)) checkGlobalIdentifier(path, ctx);
}

export function checkMember(path: NodePath<t.MemberExpression | t.OptionalMemberExpression>, ctx: AuditContext): void {
  const node = path.node;
  const key = memberKey(node, path.scope, ctx);
  if (key.kind === "name") {
    if (FRAME_MEMBERS.has(key.name) && isFunctionValue(unwrapTs(node.object), path)) {
      ctx.findings.add(
        "reflection",
        `"${key.name}" of a function or of \`arguments\` climbs to the calling frame; it throws in the isolate's strict mode, so it can only be a probe: remove it`,
        node,
      );
      return;
    }
    if (key.name === "prototype" && isBorrowedMethodCall(path, ctx)) return;
    if (key.name === "constructor" && isInertRead(path)) return;
    deniedMember(key.name, key.folded ? "a computed key that folds to" : "the member", node, ctx);
    return;
  }
  if (key.kind === "numeric") return;
  const object = unwrapTs(node.object);
  if (object.type === "Identifier" && object.name === "db") return; // db rules report this
  if (key.suspicious) {
    ctx.findings.add("computed-member", "a computed key built to look like a split-up sensitive name", node.property);
    return;
  }
  const why = sensitiveObject(object, path.scope, ctx);
  if (why) {
    ctx.findings.add("computed-member", `a dynamic key on ${why} could reach "constructor" or "__proto__"`, node);
  } else if (lookupDepth(object, path.scope, ctx) >= 2) {
    ctx.findings.add("computed-member", "three dynamic property lookups in a chain", node);
  }
}

// `f.caller`, `f.arguments`, `arguments.callee`: sloppy-mode routes to the calling frame. Strict
// mode makes each throw, so no working skill reads them; a row field named `caller` is not a
// function and stays allowed.
const FRAME_MEMBERS = new Set(["caller", "callee", "arguments"]);

function isFunctionValue(object: t.Node, path: NodePath): boolean {
  if (object.type === "FunctionExpression" || object.type === "ArrowFunctionExpression" || object.type === "ClassExpression")
    return true;
  if (isMemberNode(object)) {
    const p = object.property;
    return !object.computed && p.type === "Identifier" && (p.name === "callee" || p.name === "caller");
  }
  if (object.type !== "Identifier") return false;
  const binding = path.scope.getBinding(object.name);
  if (!binding) return object.name === "arguments";
  const declared = binding.path.node;
  if (declared.type === "FunctionDeclaration" || declared.type === "ClassDeclaration") return true;
  if (declared.type !== "VariableDeclarator" || binding.kind !== "const" || !declared.init) return false;
  const init = unwrapTs(declared.init);
  return init.type === "FunctionExpression" || init.type === "ArrowFunctionExpression" || init.type === "ClassExpression";
}

const COMPARISONS = new Set(["===", "!==", "==", "!="]);

/**
 * A `constructor` read whose value goes nowhere it could be called: compared (`v.constructor ===
 * Object`), its `.name` read, interpolated into a template, or `typeof`. Data rows may have a
 * `constructor` field; the Function constructor is only dangerous when it is called or escapes.
 */
function isInertRead(path: NodePath<t.MemberExpression | t.OptionalMemberExpression>): boolean {
  const p = path.parent;
  const n = path.node;
  if (p.type === "BinaryExpression") return COMPARISONS.has(p.operator) || (p.operator === "instanceof" && p.left === n);
  if (p.type === "TemplateLiteral") return true;
  if (p.type === "UnaryExpression") return p.operator === "typeof";
  if (isMemberNode(p) && p.object === n && !p.computed && p.property.type === "Identifier" && p.property.name === "name") {
    const gp = path.parentPath?.parent;
    return !(gp && ((gp.type === "AssignmentExpression" && gp.left === p) || (isCallNode(gp) && gp.callee === p)));
  }
  return false;
}

/**
 * `Object.prototype.hasOwnProperty.call(o, k)`: a method of an allowed built-in's prototype, read
 * and immediately called through `.call`/`.apply`. Nothing is written and the prototype does not escape.
 */
function isBorrowedMethodCall(path: NodePath<t.MemberExpression | t.OptionalMemberExpression>, ctx: AuditContext): boolean {
  const node = path.node;
  if (
    node.computed ||
    node.object.type !== "Identifier" ||
    !SAFE_GLOBALS.has(node.object.name) ||
    !isGlobalRef(path.scope, node.object.name, ctx)
  )
    return false;
  const method = path.parent;
  if (
    !isMemberNode(method) ||
    method.object !== node ||
    method.computed ||
    method.property.type !== "Identifier" ||
    DENIED_MEMBERS.has(method.property.name)
  )
    return false;
  const invoke = path.parentPath?.parent;
  if (
    !isMemberNode(invoke) ||
    invoke.object !== method ||
    invoke.computed ||
    invoke.property.type !== "Identifier" ||
    (invoke.property.name !== "call" && invoke.property.name !== "apply")
  )
    return false;
  const call = path.parentPath?.parentPath?.parent;
  return isCallNode(call) && call.callee === invoke;
}

/** Calls: dynamic import, calling a value reached by two dynamic lookups, folded-string tricks. */
export function checkCall(
  path: NodePath<t.CallExpression | t.OptionalCallExpression | t.NewExpression>,
  ctx: AuditContext,
): void {
  const callee = unwrapTs(path.node.callee);
  if (callee.type === "Import") {
    ctx.findings.add("module-loading", "dynamic import() loads modules: not allowed in a skill", path.node);
    return;
  }
  if ((isMemberNode(callee) || isCallNode(callee) || callee.type === "Identifier") && lookupDepth(callee, path.scope, ctx) >= 2) {
    ctx.findings.add("computed-member", "calls a value reached through two dynamic property lookups (o[a][b]())", path.node);
  }
  if (path.node.type === "NewExpression") return;
  const name =
    callee.type === "Identifier"
      ? callee.name
      : isMemberNode(callee) && !callee.computed && callee.property.type === "Identifier"
        ? callee.property.name
        : "";
  if (FOLDABLE_CALLS.has(name)) checkFolded(path.node, foldConstant(path.node, path.scope, ctx.memo), ctx);
}

export function checkTaggedTemplate(path: NodePath<t.TaggedTemplateExpression>, ctx: AuditContext): void {
  if (lookupDepth(path.node.tag, path.scope, ctx) >= 2) {
    ctx.findings.add("computed-member", "a template tag reached through two dynamic property lookups", path.node);
  }
}

/** A string built at run time from pieces (concatenation, fromCharCode, atob …) that names something refused. */
export function checkFolded(node: t.Node, value: Folded | undefined, ctx: AuditContext): void {
  const values = typeof value === "string" ? [value] : Array.isArray(value) ? value : [];
  for (const v of values) {
    if (typeof v !== "string") continue;
    const rule = DENIED_MEMBERS.get(v) ?? BLOCKED_GLOBALS.get(v);
    if (rule) ctx.findings.add(rule, `builds the string "${v}" at run time (obfuscated access)`, node);
  }
}

export function checkConcatenation(path: NodePath<t.BinaryExpression>, ctx: AuditContext): void {
  if (path.node.operator !== "+") return;
  const parent = path.parent;
  if (parent.type === "BinaryExpression" && parent.operator === "+") return; // fold the whole chain once
  checkFolded(path.node, foldConstant(path.node, path.scope, ctx.memo), ctx);
}

export function checkTemplate(path: NodePath<t.TemplateLiteral>, ctx: AuditContext): void {
  const node = path.node;
  if (node.expressions.length > 0) {
    checkFolded(node, foldConstant(node, path.scope, ctx.memo), ctx);
    return;
  }
  const cooked = node.quasis[0]?.value.cooked ?? "";
  if (DENIED_LITERALS.has(cooked)) deniedMember(cooked, "the string", node, ctx);
}

/** A literal "constructor"/"__proto__" … anywhere but as an object key: its only use is a computed key. */
export function checkStringLiteral(path: NodePath<t.StringLiteral>, ctx: AuditContext): void {
  const value = path.node.value;
  if (!DENIED_LITERALS.has(value)) return;
  const p = path.parent;
  if (
    (p.type === "ObjectProperty" ||
      p.type === "ObjectMethod" ||
      p.type === "ClassProperty" ||
      p.type === "ClassMethod" ||
      p.type === "TSPropertySignature" ||
      p.type === "TSEnumMember") &&
    (p as { key: t.Node }).key === path.node &&
    !(p as { computed?: boolean }).computed
  ) {
    if (value === "__proto__" && p.type === "ObjectProperty") deniedMember(value, "the object key", path.node, ctx);
    return;
  }
  if (isMemberNode(p) && p.property === path.node) return; // reported by the member check
  deniedMember(value, "the string", path.node, ctx);
}

/** `{ __proto__: x }` sets the prototype of the literal. */
export function checkObjectProperty(path: NodePath<t.ObjectProperty>, ctx: AuditContext): void {
  const node = path.node;
  if (node.computed || node.shorthand || node.key.type !== "Identifier" || node.key.name !== "__proto__") return;
  if (path.parent.type === "ObjectExpression") deniedMember("__proto__", "the object key", node.key, ctx);
}

/** `const { constructor: F } = fn`, `const { [k]: v } = fn`. */
export function checkObjectPattern(path: NodePath<t.ObjectPattern>, ctx: AuditContext): void {
  for (const prop of path.node.properties) {
    if (prop.type !== "ObjectProperty") continue;
    if (!prop.computed) {
      const name = prop.key.type === "Identifier" ? prop.key.name : prop.key.type === "StringLiteral" ? prop.key.value : null;
      if (name !== null) deniedMember(name, "destructuring", prop.key, ctx);
      continue;
    }
    const key = keyOf(prop.key, path.scope, ctx);
    if (key.kind === "name") deniedMember(key.name, "a destructuring key that folds to", prop.key, ctx);
    else if (key.kind === "dynamic") ctx.findings.add("computed-member", "destructuring with a dynamic key", prop.key);
  }
}
