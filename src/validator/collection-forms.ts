// Three more forms of collection name, each accepted only when a small analysis proves the value
// cannot differ at run time (README "Capabilities"):
//   enum Collection { Water = "water_log" }          db.from(Collection.Water)
//   constructor() { this.collection = "water_log"; } db.from(this.collection)
//   function readAll(c: string) { return db.from(c).select(); }  readAll("water_log")
import { type AuditContext, isCallNode, isMemberNode, unwrapTs } from "./context.js";
import { foldConstant } from "./fold.js";
import type { NodePath, t } from "./parse.js";

type Resolve = (arg: t.Node, at: NodePath, ctx: AuditContext) => string | undefined;

/** `E.Member` of a top-level, single, non-`declare` string enum that nothing writes or passes around. */
export function fromEnum(arg: t.Node, at: NodePath, ctx: AuditContext): string | undefined {
  const node = unwrapTs(arg);
  if (!isMemberNode(node) || node.computed || node.property.type !== "Identifier") return undefined;
  const prop = node.property.name;
  const object = unwrapTs(node.object);
  if (object.type !== "Identifier" || !ctx.enums.has(object.name) || at.scope.getBinding(object.name)) return undefined;
  const program = at.findParent((p) => p.isProgram())?.node as t.Program | undefined;
  if (!program) return undefined;
  const decls = program.body
    .map((s) => (s.type === "ExportNamedDeclaration" && s.declaration ? s.declaration : s))
    .filter((s): s is t.TSEnumDeclaration => s.type === "TSEnumDeclaration" && s.id.name === object.name);
  // Declaration merging would let a second block add or change members.
  if (decls.length !== 1 || decls[0]!.declare) return undefined;
  const members =
    (decls[0] as { members?: t.TSEnumMember[]; body?: { members: t.TSEnumMember[] } }).members ??
    (decls[0] as unknown as { body: { members: t.TSEnumMember[] } }).body.members;
  const member = members.find((m) => (m.id.type === "Identifier" ? m.id.name : m.id.value) === prop);
  if (member?.initializer?.type !== "StringLiteral") return undefined;
  return onlyReadAsMembers(program, object.name, decls[0]!) ? member.initializer.value : undefined;
}

/** Every use of the enum's name is `Name.x` read in a value position: never written, never passed. */
function onlyReadAsMembers(root: t.Node, name: string, decl: t.TSEnumDeclaration): boolean {
  const stack: Array<{ n: t.Node; parent: t.Node | null; grand: t.Node | null }> = [{ n: root, parent: null, grand: null }];
  while (stack.length > 0) {
    const { n, parent, grand } = stack.pop()!;
    if (n.type === "Identifier" && n.name === name && parent !== decl) {
      const isObject = parent && isMemberNode(parent) && parent.object === n;
      if (!isObject) return false;
      const written =
        grand &&
        ((grand.type === "AssignmentExpression" && grand.left === parent) ||
          grand.type === "UpdateExpression" ||
          (grand.type === "UnaryExpression" && grand.operator === "delete"));
      if (written) return false;
    }
    for (const [k, v] of Object.entries(n)) {
      if (k === "loc" || !v || typeof v !== "object") continue;
      for (const c of Array.isArray(v) ? v : [v])
        if (c && typeof c === "object" && typeof (c as t.Node).type === "string" && !(c as t.Node).type.startsWith("TSType"))
          stack.push({ n: c as t.Node, parent: n, grand: parent });
    }
  }
  return true;
}

/**
 * `this.name` assigned exactly once, as a top-level statement of the constructor, from a value
 * that folds to a string; no other write anywhere in the class, no field initializer, no
 * parameter property of that name; a base class only if it is local and leaves the field alone.
 */
export function fromConstructor(
  name: string,
  cls: t.ClassBody,
  owner: t.Node,
  ctx: AuditContext,
  at: NodePath,
): string | undefined {
  if (owner.type !== "ClassDeclaration" && owner.type !== "ClassExpression") return undefined;
  // Under a local base class the write follows `super()`; the caller (db-names.ts) proves no
  // base writes or defines the field.
  if (owner.superClass && owner.superClass.type !== "Identifier") return undefined;
  const ctor = cls.body.find((m): m is t.ClassMethod => m.type === "ClassMethod" && m.kind === "constructor");
  if (!ctor) return undefined;
  if (ctor.params.some((p) => p.type === "TSParameterProperty")) return undefined;
  const writes = ctor.body.body.filter((s) => thisWrite(s, name));
  if (writes.length !== 1) return undefined;
  const value = ((writes[0] as t.ExpressionStatement).expression as t.AssignmentExpression).right;
  const v = foldConstant(value, at.scope, ctx.memo);
  return typeof v === "string" ? v : undefined;
}

function thisWrite(s: t.Statement, name: string): boolean {
  if (s.type !== "ExpressionStatement" || s.expression.type !== "AssignmentExpression" || s.expression.operator !== "=")
    return false;
  const left = s.expression.left;
  return (
    isMemberNode(left) &&
    left.object.type === "ThisExpression" &&
    !left.computed &&
    left.property.type === "Identifier" &&
    left.property.name === name
  );
}

/**
 * A parameter of a local helper: the function is declared once, never reassigned, only ever
 * called directly, the parameter is never reassigned, and at every call site the argument is a
 * name one of the other forms proves. The capability is each of those names.
 */
export function fromHelperParameter(arg: t.Node, at: NodePath, ctx: AuditContext, resolve: Resolve): string[] | undefined {
  const node = unwrapTs(arg);
  if (node.type !== "Identifier") return undefined;
  const param = at.scope.getBinding(node.name);
  if (!param || param.kind !== "param" || !param.constant) return undefined;
  const fn = param.path.parentPath;
  if (!fn?.isFunction()) return undefined;
  const index = (fn.node.params as t.Node[]).indexOf(param.path.node);
  if (index < 0) return undefined;
  const fnName = fn.isFunctionDeclaration()
    ? fn.node.id?.name
    : fn.parentPath?.isVariableDeclarator() && fn.parentPath.node.id.type === "Identifier"
      ? fn.parentPath.node.id.name
      : undefined;
  if (!fnName) return undefined;
  const binding = fn.parentPath!.scope.getBinding(fnName);
  if (!binding?.constant || binding.referencePaths.length === 0) return undefined;
  const values: string[] = [];
  for (const ref of binding.referencePaths) {
    const call = ref.parentPath;
    if (!call || !isCallNode(call.node) || call.node.callee !== ref.node) return undefined;
    const a = call.node.arguments[index];
    if (!a || call.node.arguments.slice(0, index + 1).some((x) => x.type === "SpreadElement")) return undefined;
    const v = foldConstant(a, call.scope, ctx.memo) ?? resolve(a, call, ctx);
    if (typeof v !== "string") return undefined;
    values.push(v);
  }
  return values;
}
