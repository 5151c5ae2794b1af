// `db` rules and capability extraction (SKILL-CONTRACT §2–3). Every use of the global `db` must be
// a call chain `db.from("<collection>").select|insert|update(...)` followed only by the chain
// methods of the contract; the capability set is read off those chains, so anything that could make
// it inexact (aliases, computed members, non-literal collections, other methods) is a finding.
import { COLLECTION_RE, capability } from "../contract/index.js";
import { type AuditContext, isCallNode, isGlobalRef, isMemberNode } from "./context.js";
import { runsAtLoad } from "./load-time.js";
import { foldConstant } from "./fold.js";
import { fromEnum, fromHelperParameter } from "./collection-forms.js";
import { resolveNamedCollection } from "./db-names.js";
import { builderHelper, followHelperCalls } from "./builder-helpers.js";
import type { NodePath, t } from "./parse.js";

type Op = "select" | "insert" | "update";
const OPS: ReadonlyMap<string, Op> = new Map([
  ["select", "select"],
  ["insert", "insert"],
  ["update", "update"],
]);
/** Chain methods allowed after each operation; `then`/`catch`/`finally` end the chain. */
const CHAIN: Readonly<Record<Op, ReadonlySet<string>>> = {
  select: new Set(["eq", "order", "limit"]),
  update: new Set(["eq"]),
  insert: new Set(),
};
const PROMISE_METHODS = new Set(["then", "catch", "finally"]);

/** Name of a member read (dotted or a constant computed key), or null for a dynamic key. */
function propertyName(node: t.MemberExpression | t.OptionalMemberExpression, path: NodePath, ctx: AuditContext): string | null {
  if (!node.computed) return node.property.type === "Identifier" ? node.property.name : null;
  const v = foldConstant(node.property, path.scope, ctx.memo);
  return typeof v === "string" ? v : null;
}

/** Called for every identifier named `db`. */
export function checkDbIdentifier(path: NodePath<t.Identifier>, ctx: AuditContext): void {
  const pp = path.parent;
  if (isKeyPosition(path)) return;
  if ((pp.type === "AssignmentExpression" && pp.left === path.node) || pp.type === "UpdateExpression") {
    ctx.findings.add("db-escape", "`db` is assigned to", path.node);
    return;
  }
  const referenced: boolean = path.isReferencedIdentifier();
  if (!referenced) {
    if ((path as NodePath).isBindingIdentifier() || isDeclarationName(path)) {
      if (!isAmbientDeclaration(path))
        ctx.findings.add("db-shadowed", "a local binding named `db` hides the host API", path.node);
    } else {
      ctx.findings.add("db-escape", "`db` is used as an assignment target", path.node);
    }
    return;
  }
  if (!isGlobalRef(path.scope, "db", ctx)) return; // a local `db`: reported where it is declared
  if (runsAtLoad(path)) {
    const message =
      "`db` is used while the module loads (top level, an enum, a static initializer or a function called in place): the host answers db only during a method call; move it into a method";
    ctx.findings.add("db-at-load", message, path.node); // and the chain's own rules below
  }
  const parent = path.parentPath;
  if (parent.isUnaryExpression({ operator: "typeof" })) return;
  const pn = parent.node;
  if (!isMemberNode(pn) || pn.object !== path.node) {
    ctx.findings.add("db-escape", "`db` is used as a value (aliased, passed, stored or returned)", path.node);
    return;
  }
  if (pn.computed) {
    ctx.findings.add("db-computed", "`db` is reached through a computed member", pn);
    return;
  }
  const method = propertyName(pn, parent, ctx);
  if (method !== "from") {
    ctx.findings.add("db-method", `db.${method ?? "?"} is not part of the skill contract (only db.from(collection))`, pn);
    return;
  }
  const call = parent.parentPath;
  if (!call || !isCallNode(call.node) || call.node.callee !== pn) {
    ctx.findings.add("db-escape", "db.from is used without being called directly", pn);
    return;
  }
  const helper = builderHelper(call as NodePath<t.CallExpression>);
  if (helper)
    return followHelperCalls(call as NodePath<t.CallExpression>, helper, ctx, {
      resolveOne,
      followOperation,
      forms: COLLECTION_FORMS,
    });
  const collections = readCollection(call as NodePath<t.CallExpression>, ctx);
  for (const collection of collections ?? []) followBuilder(call, collection, ctx);
}

/** `declare const db: Db;` only describes the host API for the type checker. */
function isAmbientDeclaration(path: NodePath<t.Identifier>): boolean {
  const decl = path.parentPath;
  return Boolean(decl?.isVariableDeclarator() && (decl.parent as t.VariableDeclaration).declare);
}

function isDeclarationName(path: NodePath<t.Identifier>): boolean {
  const p = path.parent;
  return (
    (p.type === "FunctionDeclaration" ||
      p.type === "FunctionExpression" ||
      p.type === "ClassDeclaration" ||
      p.type === "ClassExpression") &&
    p.id === path.node
  );
}

/** `{ db: 1 }`, `x.db`, `class { db() {} }`: the name `db` as a key, not the host API. */
function isKeyPosition(path: NodePath<t.Identifier>): boolean {
  const p = path.parent;
  if (isMemberNode(p)) return p.property === path.node && !p.computed;
  if (
    p.type === "ObjectProperty" ||
    p.type === "ObjectMethod" ||
    p.type === "ClassProperty" ||
    p.type === "ClassMethod" ||
    p.type === "TSPropertySignature" ||
    p.type === "ClassAccessorProperty"
  )
    return p.key === path.node && !p.computed;
  return (
    p.type === "LabeledStatement" ||
    p.type === "BreakStatement" ||
    p.type === "ContinueStatement" ||
    p.type === "ExportSpecifier" ||
    p.type === "TSEnumMember"
  );
}

export const COLLECTION_FORMS =
  "db.from needs a collection name the audit can prove: a string literal, a top-level const bound to one and never written, " +
  "a property of a top-level const object literal only read, a string enum member, a field set from a literal in its " +
  "declaration or once in the constructor and never written, or a parameter of a local helper called only with those " +
  '(a helper may also return db.from(name) itself, called directly as name("x").select())';

const resolveOne = (arg: t.Node, at: NodePath, ctx: AuditContext): string | undefined =>
  resolveNamedCollection(arg, at, ctx) ?? fromEnum(arg, at, ctx);

function readCollection(call: NodePath<t.CallExpression>, ctx: AuditContext): string[] | null {
  const args = call.node.arguments;
  const arg = args[0];
  if (args.length !== 1 || !arg || arg.type === "SpreadElement" || arg.type === "ArgumentPlaceholder") {
    ctx.findings.add("db-collection", "db.from takes exactly one collection name", call.node);
    return null;
  }
  const one = foldConstant(arg, call.scope, ctx.memo) ?? resolveOne(arg, call, ctx);
  const names = typeof one === "string" ? [one] : fromHelperParameter(arg, call, ctx, resolveOne);
  if (!names) {
    ctx.findings.add("db-collection", COLLECTION_FORMS, arg);
    return null;
  }
  for (const v of names) {
    if (!COLLECTION_RE.test(v)) {
      ctx.findings.add("db-collection-name", `collection ${JSON.stringify(v)} does not match ^[a-z][a-z0-9_]{0,62}$`, arg);
      return null;
    }
  }
  return names;
}

/** `db.from(c)` must be followed by an operation, directly or through a const that is only used so. */
function followBuilder(call: NodePath, collection: string, ctx: AuditContext): void {
  const parent = call.parentPath;
  if (parent?.isVariableDeclarator() && parent.node.init === call.node && parent.node.id.type === "Identifier") {
    const binding = parent.scope.getBinding(parent.node.id.name);
    if (binding?.constant && binding.referencePaths.length > 0) {
      for (const ref of binding.referencePaths) followOperation(ref, collection, ctx);
      return;
    }
  }
  followOperation(call, collection, ctx);
}

function followOperation(builder: NodePath, collection: string, ctx: AuditContext): void {
  const member = builder.parentPath;
  const mn = member?.node;
  if (!member || !isMemberNode(mn) || mn.object !== builder.node) {
    ctx.findings.add(
      "db-escape",
      `the query builder of "${collection}" must be followed by .select(), .insert() or .update()`,
      builder.node,
    );
    return;
  }
  const name = propertyName(mn, member, ctx);
  const op = name === null ? undefined : OPS.get(name);
  if (!op) {
    if (name === null) ctx.findings.add("db-computed", "the query builder is reached through a computed member", mn);
    else ctx.findings.add("db-method", `.${name}() is not part of the skill contract (select, insert, update)`, mn);
    return;
  }
  const call = member.parentPath;
  if (!call || !isCallNode(call.node) || call.node.callee !== mn) {
    ctx.findings.add("db-escape", `.${op} is used without being called directly`, mn);
    return;
  }
  ctx.capabilities.add(capability(op === "select" ? "data.read" : "data.write", collection));
  followChain(call, op, ctx);
}

function followChain(start: NodePath, op: Op, ctx: AuditContext): void {
  let call = start;
  for (;;) {
    const member = call.parentPath;
    const mn = member?.node;
    if (!member || !isMemberNode(mn) || mn.object !== call.node) return; // awaited, returned, stored: done
    const name = propertyName(mn, member, ctx);
    if (name !== null && PROMISE_METHODS.has(name)) return;
    if (name === null || !CHAIN[op].has(name)) {
      const allowed = [...CHAIN[op]].map((m) => `.${m}()`).join(", ") || "nothing";
      ctx.findings.add(
        name === null ? "db-computed" : "db-method",
        `.${name ?? "[computed]"} after .${op}() is not part of the skill contract (allowed: ${allowed})`,
        mn,
      );
      return;
    }
    const next = member.parentPath;
    if (!next || !isCallNode(next.node) || next.node.callee !== mn) {
      ctx.findings.add("db-escape", `.${name} is used without being called directly`, mn);
      return;
    }
    call = next;
  }
}
