// A helper that hands out the query builder, the way generators factor `db.from` out:
//   function table(name: string) { return db.from(name); }      table("water_log").select()
//   private col(name: string) { return db.from(name); }         this.col("water_log").insert(row)
// The helper's one statement returns `db.from(…)`; the helper can never be replaced and is only
// ever called directly, so each call site is a `db.from` of its own: the collection is read at
// that site and the operation followed from there (per-site capabilities, exact).
import { type AuditContext, isCallNode, isMemberNode } from "./context.js";
import { ancestors, definesField, exportedHolderUsed, mutableFromOutside, thisWrites } from "./db-names.js";
import { foldConstant } from "./fold.js";
import { COLLECTION_RE } from "../contract/index.js";
import type { NodePath, t } from "./parse.js";

export interface BuilderHelper {
  name: string;
  fn: NodePath<t.Function>;
  /** The helper's uses; "escapes" when one is not a direct call or the helper could be replaced. */
  uses: Array<NodePath | "escapes">;
}

interface Followers {
  resolveOne(arg: t.Node, at: NodePath, ctx: AuditContext): string | undefined;
  followOperation(builder: NodePath, collection: string, ctx: AuditContext): void;
  forms: string;
}

/** The helper whose single statement returns this `db.from(…)` call, or null. */
export function builderHelper(call: NodePath<t.CallExpression>): BuilderHelper | null {
  const parent = call.parentPath;
  const fn = parent.isReturnStatement() ? parent.getFunctionParent() : parent.isArrowFunctionExpression() ? parent : null;
  if (!fn || fn.node.async || fn.node.generator) return null;
  const body = fn.node.body;
  if (body.type === "BlockStatement" ? body.body.length !== 1 || body.body[0] !== parent.node : body !== call.node) return null;
  if (fn.isClassMethod() || fn.isObjectMethod()) return methodHelper(fn);
  const holder = fn.isFunctionDeclaration() ? fn : fn.parentPath;
  const id = fn.isFunctionDeclaration() ? fn.node.id : holder?.isVariableDeclarator() ? holder.node.id : null;
  if (!holder || !id || id.type !== "Identifier") return null;
  const binding = holder.scope.getBinding(id.name);
  if (!binding || binding.path.node !== holder.node) return null;
  const uses = binding.constant ? binding.referencePaths : ["escapes" as const];
  return { name: id.name, fn, uses };
}

/** A method of the skill (no base class, never extended): its uses are the `this.<name>` in its owner. */
function methodHelper(fn: NodePath<t.ClassMethod | t.ObjectMethod>): BuilderHelper | null {
  const n = fn.node;
  if (n.kind !== "method" || n.computed || n.key.type !== "Identifier" || (n.type === "ClassMethod" && n.static)) return null;
  const name = n.key.name;
  const owner = fn.parentPath as NodePath;
  const cls = owner.isClassBody() ? (owner.parent as t.Class) : null;
  const members = owner.isClassBody() ? owner.node.body : owner.isObjectExpression() ? owner.node.properties : [];
  const same = members.filter(
    (m) => "key" in m && "computed" in m && !m.computed && m.key.type === "Identifier" && m.key.name === name,
  );
  // A local base class's methods share `this`: they may call the helper too, never define it.
  const bases = cls?.superClass ? ancestors(owner.parentPath as NodePath<t.Class>) : [];
  const replaceable =
    same.length !== 1 ||
    !bases ||
    bases.some((b) => definesField(b.node.body, name) || thisWrites(b.node.body, name) !== 0) ||
    thisWrites(owner.node, name) !== 0 ||
    mutableFromOutside(owner, name) ||
    exportedHolderUsed(owner);
  const uses: Array<NodePath | "escapes"> = replaceable ? ["escapes"] : [];
  for (const scope of [owner, ...(bases ?? []).map((b) => b.get("body"))])
    scope.traverse({
      Class(p) {
        p.skip(); // another class's `this`
      },
      ThisExpression(p) {
        // `(this as any).col(…)` is the same call: look through casts and parentheses.
        let m: NodePath = p.parentPath;
        while (m.isTSAsExpression() || m.isTSNonNullExpression() || m.isTSSatisfiesExpression() || m.isParenthesizedExpression())
          m = m.parentPath!;
        if (isMemberNode(m.node) && !m.node.computed && m.node.property.type === "Identifier")
          if (m.node.property.name === name) uses.push(m);
      },
    });
  return { name, fn, uses };
}

export function followHelperCalls(
  call: NodePath<t.CallExpression>,
  helper: BuilderHelper,
  ctx: AuditContext,
  f: Followers,
): void {
  const arg = call.node.arguments[0];
  if (call.node.arguments.length !== 1 || !arg || arg.type === "SpreadElement" || arg.type === "ArgumentPlaceholder") {
    ctx.findings.add("db-collection", "db.from takes exactly one collection name", call.node);
    return;
  }
  const params = helper.fn.node.params as t.Node[];
  const param = arg.type === "Identifier" ? call.scope.getBinding(arg.name) : undefined;
  const index = param?.kind === "param" && param.constant ? params.indexOf(param.path.node) : -1;
  for (const use of helper.uses) {
    const site = use === "escapes" ? null : use.parentPath;
    if (use === "escapes" || !site || !isCallNode(site.node) || site.node.callee !== use.node) {
      const where = use === "escapes" ? call.node : use.node;
      const message = `${helper.name}() returns the query builder: it must never be replaced, passed or stored, only called directly`;
      ctx.findings.add("db-escape", message, where);
      continue;
    }
    const given = index >= 0 ? site.node.arguments[index] : arg;
    const at = index >= 0 ? site : call;
    if (!given || site.node.arguments.slice(0, index + 1).some((a) => a.type === "SpreadElement")) {
      ctx.findings.add("db-collection", f.forms, site.node);
      continue;
    }
    const folded = foldConstant(given, at.scope, ctx.memo);
    const name = typeof folded === "string" ? folded : f.resolveOne(given, at, ctx);
    if (name === undefined) ctx.findings.add("db-collection", f.forms, given);
    else if (!COLLECTION_RE.test(name))
      ctx.findings.add("db-collection-name", `collection ${JSON.stringify(name)} does not match ^[a-z][a-z0-9_]{0,62}$`, given);
    else f.followOperation(site, name, ctx);
  }
}
