// The contract check of SKILL-CONTRACT §1: one `export default` (object literal or class), no
// imports, a `custom-<kebab>` slug literal, the four methods, action descriptors read from the
// source or, when getActions() computes them from constants, left to the trial to capture.
import { SKILL_METHODS, type ActionDescriptor } from "../contract/index.js";
import { type AuditContext, unwrapTs } from "./context.js";
import { foldConstant } from "./fold.js";
import { holderProblem } from "./action-holders.js";
import { computedActionsProblem } from "./computed-actions.js";
import { literalValue, NOT_LITERAL } from "./literal.js";
import type { NodePath, t } from "./parse.js";
import { checkSlug } from "./slug.js";

type Container = NodePath<t.ObjectExpression | t.ClassDeclaration | t.ClassExpression>;
interface Member {
  key: t.Node;
  value: NodePath | null;
  fn: NodePath<t.Function> | null;
}

/** Where each action descriptor came from, for schema findings after the walk. */
export interface ActionSite {
  action: ActionDescriptor;
  node: t.Node;
}

export function checkContract(program: NodePath<t.Program>, ctx: AuditContext): ActionSite[] {
  const defaults: NodePath<t.ExportDefaultDeclaration>[] = [];
  for (const stmt of program.get("body")) checkTopLevel(stmt, defaults, ctx);
  if (defaults.length !== 1) {
    ctx.findings.add(
      "contract-export",
      `a skill has exactly one \`export default\` (found ${defaults.length})`,
      defaults[1]?.node ?? program.node.body[0] ?? null,
    );
    return [];
  }
  const container = resolveDefault(defaults[0]!, ctx);
  if (!container) return [];
  const members = collectMembers(container, ctx);
  checkSlug(members.get("slug"), container, ctx);
  for (const name of SKILL_METHODS) {
    const m = members.get(name);
    if (!m?.fn) ctx.findings.add("contract-method", `${name}() is ${m ? "not a function" : "missing"}`, m?.key ?? container.node);
  }
  const getActions = members.get("getActions")?.fn;
  return getActions ? readActions(getActions, ctx) : [];
}

function checkTopLevel(stmt: NodePath<t.Statement>, defaults: NodePath<t.ExportDefaultDeclaration>[], ctx: AuditContext): void {
  const node = stmt.node;
  switch (node.type) {
    case "ImportDeclaration":
      if (
        node.importKind === "type" ||
        (node.specifiers.length > 0 && node.specifiers.every((s) => s.type === "ImportSpecifier" && s.importKind === "type"))
      )
        return;
      ctx.findings.add(
        "contract-import",
        `imports are not allowed: a skill is one self-contained module (${JSON.stringify(node.source.value)})`,
        node,
      );
      return;
    case "ExportDefaultDeclaration":
      defaults.push(stmt as NodePath<t.ExportDefaultDeclaration>);
      return;
    case "ExportAllDeclaration":
      if (node.exportKind !== "type") ctx.findings.add("module-loading", "re-exports from another module", node);
      return;
    case "ExportNamedDeclaration": {
      if (node.source && node.exportKind !== "type") {
        ctx.findings.add("module-loading", "re-exports from another module", node);
        return;
      }
      const d = node.declaration;
      const typeOnly =
        node.exportKind === "type" ||
        d?.type === "TSInterfaceDeclaration" ||
        d?.type === "TSTypeAliasDeclaration" ||
        (d && "declare" in d && d.declare === true);
      if (!typeOnly) ctx.findings.add("contract-export", "only the default export is allowed (types may be exported)", node);
      return;
    }
    case "TSExportAssignment":
      ctx.findings.add("contract-export", "`export =` is not allowed; use `export default`", node);
      return;
    case "TSImportEqualsDeclaration":
      if (node.importKind !== "type") ctx.findings.add("module-loading", "`import … = require(…)` loads a module", node);
      return;
    default:
      return;
  }
}

function resolveDefault(decl: NodePath<t.ExportDefaultDeclaration>, ctx: AuditContext): Container | null {
  let p = unwrapPath(decl.get("declaration") as NodePath);
  // `export default new Tracker()`: the instance the host would otherwise create itself.
  if (p.isNewExpression()) p = unwrapPath(p.get("callee") as NodePath);
  if (p.isIdentifier()) {
    const b = p.scope.getBinding(p.node.name);
    const init = b?.path.isVariableDeclarator() && b.constant ? (b.path.get("init") as NodePath) : null;
    p = b?.path.isClassDeclaration() && b.constant ? b.path : (init ?? p);
    if (p.node) p = unwrapPath(p);
  }
  if (p.isObjectExpression() || p.isClassDeclaration() || p.isClassExpression()) {
    if (!p.isObjectExpression() && p.node.superClass && !localBase(p as NodePath<t.Class>)) {
      ctx.findings.add(
        "contract-export",
        "the skill class may extend only a class declared in the skill itself (`class Base {…}` at the top level, never reassigned)",
        p.node.superClass,
      );
    }
    return p;
  }
  ctx.findings.add(
    "contract-export",
    "`export default` must be an object literal, a class, `new` of a local class, or a const bound to one of those",
    decl.node,
  );
  return null;
}

function unwrapPath(path: NodePath): NodePath {
  let p = path;
  while (p.node && p.node.type !== unwrapTs(p.node).type) p = p.get("expression") as NodePath;
  return p;
}

const MAX_BASES = 8;

/**
 * The local class a class extends: a top-level, never reassigned class declaration whose own base
 * (if any) is local too. Null when the base is anything else (a global, an expression, a mixin).
 */
export function localBase(cls: NodePath<t.Class>, depth = 0): NodePath<t.ClassDeclaration> | null {
  const sup = cls.node.superClass;
  if (!sup || sup.type !== "Identifier" || depth > MAX_BASES) return null;
  const b = cls.scope.getBinding(sup.name);
  if (!b?.constant || !b.path.isClassDeclaration() || !b.path.parentPath?.isProgram()) return null;
  if (b.path.node.superClass && !localBase(b.path, depth + 1)) return null;
  return b.path;
}

function keyName(key: t.Node, computed: boolean, scope: NodePath["scope"], ctx: AuditContext): string | null {
  if (!computed && key.type === "Identifier") return key.name;
  if (key.type === "StringLiteral") return key.value;
  if (!computed) return null;
  const v = foldConstant(key, scope, ctx.memo);
  return typeof v === "string" ? v : null;
}

function asFunction(value: NodePath | null): NodePath<t.Function> | null {
  if (!value) return null;
  let p = value;
  while (p.node.type !== unwrapTs(p.node).type) p = p.get("expression") as NodePath;
  if (p.isFunctionExpression() || p.isArrowFunctionExpression()) return p;
  if (p.isIdentifier()) {
    const b = p.scope.getBinding(p.node.name);
    if (b?.path.isFunctionDeclaration()) return b.path;
    const init = b?.constant && b.path.isVariableDeclarator() ? (b.path.get("init") as NodePath) : null;
    if (init?.isFunctionExpression() || init?.isArrowFunctionExpression()) return init;
  }
  return null;
}

function collectMembers(container: Container, ctx: AuditContext, depth = 0): Map<string, Member> {
  // A local base class's members come first; the class's own override them, as at run time.
  const base = container.isObjectExpression() ? null : localBase(container as NodePath<t.Class>);
  const members = base && depth < MAX_BASES ? collectMembers(base, ctx, depth + 1) : new Map<string, Member>();
  const own = new Set<string>();
  const assigned = new Map<string, Member>();
  const body: NodePath[] = container.isObjectExpression()
    ? container.get("properties")
    : (container.get("body") as NodePath<t.ClassBody>).get("body");
  for (const m of body) {
    const n = m.node;
    if (n.type === "SpreadElement") {
      ctx.findings.add("contract-export", "a spread in the default export cannot be checked", n);
      continue;
    }
    if (!(n.type === "ObjectProperty" || n.type === "ObjectMethod" || n.type === "ClassMethod" || n.type === "ClassProperty"))
      continue;
    if ((n.type === "ClassMethod" || n.type === "ClassProperty") && n.static) continue;
    if (n.type === "ClassMethod" && n.kind === "constructor") {
      collectConstructorAssignments(m as NodePath<t.ClassMethod>, assigned);
      continue;
    }
    const name = keyName(n.key, n.computed, m.scope, ctx);
    if (name === null || own.has(name)) continue;
    own.add(name);
    if (n.type === "ObjectMethod" || n.type === "ClassMethod") {
      const isGetter = n.kind === "get";
      members.set(name, {
        key: n.key,
        value: isGetter ? m : null,
        fn: n.kind === "method" || isGetter ? (m as NodePath<t.Function>) : null,
      });
    } else {
      const value = m.get("value") as NodePath;
      members.set(name, { key: n.key, value: value.node ? value : null, fn: asFunction(value.node ? value : null) });
    }
  }
  // Fields assigned in the constructor (`this.slug = "custom-x"`) come after class members.
  for (const [name, member] of assigned) if (!own.has(name)) members.set(name, member);
  for (const member of members.values()) if (member.fn) ctx.methodFunctions.add(member.fn.node);
  return members;
}

/** `constructor() { this.slug = "custom-x"; }`: the JavaScript way to declare instance fields. */
function collectConstructorAssignments(ctor: NodePath<t.ClassMethod>, assigned: Map<string, Member>): void {
  for (const stmt of ctor.get("body").get("body")) {
    if (!stmt.isExpressionStatement()) continue;
    const expr = stmt.get("expression");
    if (!expr.isAssignmentExpression({ operator: "=" })) continue;
    const left = expr.node.left;
    if (
      left.type !== "MemberExpression" ||
      left.object.type !== "ThisExpression" ||
      left.computed ||
      left.property.type !== "Identifier"
    )
      continue;
    const value = expr.get("right") as NodePath;
    if (!assigned.has(left.property.name)) {
      assigned.set(left.property.name, { key: left.property, value, fn: asFunction(value) });
    }
  }
}

/** The expressions a function returns (not those of nested functions). */
function returnedExpressions(fn: NodePath<t.Function>): NodePath[] {
  const body = fn.get("body") as NodePath;
  if (!body.isBlockStatement()) return [body];
  const out: NodePath[] = [];
  body.traverse({
    Function(p) {
      p.skip();
    },
    ReturnStatement(p) {
      const arg = p.get("argument");
      if (arg.node) out.push(arg as NodePath);
    },
  });
  return out;
}

/**
 * The actions getActions() returns: read from the source when every return is a literal the
 * reading follows and nothing outside getActions changes what it read (the audit's actions);
 * otherwise, when getActions computes them from constants (computed-actions.ts), left to the
 * trial to capture (`ctx.actionsAtTrial`). A value read from outside that is changed anywhere,
 * or a literal that is not a list of descriptors, is refused either way.
 */
function readActions(fn: NodePath<t.Function>, ctx: AuditContext): ActionSite[] {
  const returns = returnedExpressions(fn);
  if (returns.length === 0) {
    ctx.findings.add("contract-actions", "getActions() returns nothing", fn.node);
    return [];
  }
  ctx.literalHolders = [];
  const values = returns.map((ret) => literalValue(ret, ctx));
  const [local, outer] = partition(ctx.literalHolders, (h) => h.kind === "binding" && h.binding.path.isDescendant(fn));
  const changed = holderProblem(outer, fn.node, ctx.literalNodes);
  if (changed) {
    ctx.findings.add("contract-actions", changed.message, changed.node);
    return [];
  }
  // A list getActions builds in its own locals (`actions.push(…)`) is computed, like a `.map`.
  if (values.includes(NOT_LITERAL) || holderProblem(local, fn.node, ctx.literalNodes)) return leaveToTrial(fn, ctx);
  let sites: ActionSite[] | null = null;
  for (const [i, value] of values.entries()) {
    const actions = asActions(value, returns[i]!.node, ctx);
    if (!actions) return [];
    sites ??= actions;
  }
  ctx.actions = (sites ?? []).map((s) => s.action);
  return sites ?? [];
}

function leaveToTrial(fn: NodePath<t.Function>, ctx: AuditContext): ActionSite[] {
  const problem = computedActionsProblem(fn, ctx);
  if (problem) ctx.findings.add("contract-actions", problem.message, problem.node);
  else ctx.actionsAtTrial = true;
  return [];
}

function partition<T>(items: readonly T[], test: (item: T) => boolean): [T[], T[]] {
  const yes: T[] = [];
  const no: T[] = [];
  for (const item of items) (test(item) ? yes : no).push(item);
  return [yes, no];
}

function asActions(value: unknown, node: t.Node, ctx: AuditContext): ActionSite[] | null {
  const fail = (why: string): null => (ctx.findings.add("contract-actions", why, node), null);
  if (!Array.isArray(value)) return fail("getActions() must return an array");
  const seen = new Set<string>();
  const out: ActionSite[] = [];
  for (const [i, a] of value.entries()) {
    if (a === null || typeof a !== "object" || Array.isArray(a)) return fail(`action ${i} is not an object`);
    const d = a as Record<string, unknown>;
    for (const field of ["slug", "name", "description"] as const) {
      if (typeof d[field] !== "string" || (d[field] as string).length === 0)
        return fail(`action ${i}: ${field} must be a non-empty string`);
    }
    const schema = d.params_schema;
    if (typeof schema !== "boolean" && (schema === null || typeof schema !== "object" || Array.isArray(schema))) {
      return fail(`action ${i}: params_schema must be a JSON Schema object`);
    }
    if (seen.has(d.slug as string)) return fail(`duplicate action slug ${JSON.stringify(d.slug)}`);
    seen.add(d.slug as string);
    out.push({ action: d as unknown as ActionDescriptor, node });
  }
  return out;
}
