// Uses of global names: blocked globals, the allow-list, allowed members, and built-in mutation.
import { type AuditContext, isCallNode, isGlobalRef, isMemberNode, unwrapTs } from "./context.js";
import { memberKey } from "./computed.js";
import type { NodePath, t } from "./parse.js";
import { BLOCKED_GLOBALS, DENIED_MEMBERS, SAFE_GLOBALS, SYMBOL_TRICKS, type SafeGlobal } from "./policy.js";

const BLOCKED_MESSAGES: Record<string, string> = {
  "dynamic-code": "runs code built from strings",
  "module-loading": "loads modules",
  "host-access": "reaches the host or the global object",
  reflection: "is reflection (Proxy/Reflect)",
  webassembly: "compiles WebAssembly",
  "shared-memory": "uses shared memory",
  timers: "is a timer; the sandbox has none",
};

/** True when the identifier is written: `x = …`, `x++`, `delete x`, `for (x of …)`, destructuring targets. */
export function isWriteTarget(path: NodePath): boolean {
  const p = path.parent;
  const n = path.node;
  switch (p.type) {
    case "AssignmentExpression":
      return p.left === n;
    case "UpdateExpression":
      return true;
    case "UnaryExpression":
      return p.operator === "delete";
    case "ForInStatement":
    case "ForOfStatement":
      return p.left === n;
    case "ArrayPattern":
    case "RestElement":
      return true;
    case "AssignmentPattern":
      return p.left === n;
    case "ObjectProperty":
      return p.value === n && path.parentPath?.parent.type === "ObjectPattern";
    default:
      return false;
  }
}

/** Called for an identifier whose name may be global. */
export function checkGlobalIdentifier(path: NodePath<t.Identifier>, ctx: AuditContext): void {
  const name = path.node.name;
  const write = isWriteTarget(path);
  if (!write && !path.isReferencedIdentifier()) return;
  if (!isGlobalRef(path.scope, name, ctx)) return;
  if (ctx.enumMembers.has(name) && insideOwnEnum(path, ctx.enumMembers.get(name)!)) return;
  if (isParameterProperty(path, name)) return;
  if (name === "arguments" && !write && inOrdinaryFunction(path)) return; // members are checked by name
  const blocked = BLOCKED_GLOBALS.get(name);
  if (blocked && !write && isInertUse(path)) return;
  if (blocked) {
    ctx.findings.add(blocked, `${name} ${BLOCKED_MESSAGES[blocked] ?? "is not available"}: not allowed in a skill`, path.node);
    return;
  }
  const safe = SAFE_GLOBALS.get(name);
  if (!safe) {
    ctx.findings.add("unknown-global", `${name} is not a global the sandbox provides (not on the allow-list)`, path.node);
    return;
  }
  if (write) {
    ctx.findings.add("builtin-mutation", `assigns to the built-in ${name}`, path.node);
    return;
  }
  checkSafeGlobalUse(path, name, safe, ctx);
}

/**
 * `constructor(private readonly meds: Med[]) { … meds … }`: Babel's scope does not bind
 * TypeScript parameter properties, so the parameter and its uses inside that constructor are
 * not globals. Anywhere else the name still is.
 */
function isParameterProperty(path: NodePath<t.Identifier>, name: string): boolean {
  const ctor = path.findParent((p) => p.isClassMethod() && p.node.kind === "constructor") as NodePath<t.ClassMethod> | null;
  if (!ctor) return false;
  return ctor.node.params.some((p) => {
    if (p.type !== "TSParameterProperty") return false;
    const param = p.parameter.type === "AssignmentPattern" ? p.parameter.left : p.parameter;
    return param.type === "Identifier" && param.name === name;
  });
}

/** `enum E { A = 1, B = A * 2 }`: inside its enum's initializers a member name refers to the member. */
function insideOwnEnum(path: NodePath, owners: Set<t.TSEnumDeclaration>): boolean {
  return Boolean(path.findParent((p) => p.isTSEnumDeclaration() && owners.has(p.node)));
}

/** `typeof process`, `x instanceof Function`: looks at a global without getting hold of it. */
function isInertUse(path: NodePath): boolean {
  const p = path.parent;
  return (
    (p.type === "UnaryExpression" && p.operator === "typeof") ||
    (p.type === "BinaryExpression" && p.operator === "instanceof" && p.right === path.node)
  );
}

/** Inside a non-arrow function, where `arguments` is that function's own arguments object. */
function inOrdinaryFunction(path: NodePath): boolean {
  return Boolean(path.findParent((p) => p.isFunction() && !p.isArrowFunctionExpression()));
}

function checkSafeGlobalUse(path: NodePath<t.Identifier>, name: string, safe: SafeGlobal, ctx: AuditContext): void {
  const parentPath = path.parentPath;
  const p = parentPath.node;
  const node = path.node;
  if (isMemberNode(p) && p.object === node) {
    const key = memberKey(p, path.scope, ctx);
    if (key.kind !== "name") {
      ctx.findings.add("computed-member", `computed property access on the built-in ${name}`, p);
      return;
    }
    if (DENIED_MEMBERS.has(key.name)) return; // reported by the member check
    if (name === "Symbol" && SYMBOL_TRICKS.has(key.name)) {
      ctx.findings.add("symbol-tricks", `Symbol.${key.name} changes how built-ins behave: not allowed`, p);
      return;
    }
    if (safe.members !== "*" && !safe.members.has(key.name)) {
      ctx.findings.add("global-member", `${name}.${key.name} is not on the allow-list`, p);
      return;
    }
    if (isWriteTarget(parentPath)) {
      ctx.findings.add("builtin-mutation", `modifies the built-in ${name}.${key.name}`, p);
      return;
    }
    if (name === "Object" && key.name === "assign") checkAssignTarget(parentPath, ctx);
    return;
  }
  if ((isCallNode(p) || p.type === "NewExpression") && p.callee === node) return;
  if (p.type === "TaggedTemplateExpression" && p.tag === node) return;
  if (p.type === "BinaryExpression" && p.operator === "instanceof" && p.right === node) return;
  if (p.type === "UnaryExpression" && p.operator === "typeof") return;
  if ((p.type === "ClassDeclaration" || p.type === "ClassExpression") && p.superClass === node) return;
  if (safe.asValue) return;
  if (p.type === "VariableDeclarator" && p.init === node && p.id.type === "ObjectPattern" && destructuresAllowed(p.id, safe))
    return;
  ctx.findings.add("global-member", `${name} may be called or have allowed members read, but not be used as a value`, node);
}

function destructuresAllowed(pattern: t.ObjectPattern, safe: SafeGlobal): boolean {
  return pattern.properties.every(
    (prop) =>
      prop.type === "ObjectProperty" &&
      !prop.computed &&
      prop.key.type === "Identifier" &&
      !DENIED_MEMBERS.has(prop.key.name) &&
      (safe.members === "*" || safe.members.has(prop.key.name)),
  );
}

/** `Object.assign(Math, …)`, `Object.assign(Array.prototype, …)`: writing onto a built-in. */
function checkAssignTarget(member: NodePath, ctx: AuditContext): void {
  const call = member.parent;
  if (!isCallNode(call) || call.callee !== member.node) return;
  const first = call.arguments[0];
  if (!first) return;
  let root: t.Node = unwrapTs(first);
  while (isMemberNode(root)) root = unwrapTs(root.object);
  if (root.type === "Identifier" && root.name !== "db" && isGlobalRef(member.scope, root.name, ctx)) {
    ctx.findings.add("builtin-mutation", `Object.assign onto the built-in ${root.name}`, first);
  }
}
