// The skill's slug (SKILL-CONTRACT §1), read the ways skills write it, each only where the reading
// cannot disagree with what the module holds once loaded:
//   slug: "custom-x"  /  slug = "custom-x"  /  this.slug = "custom-x" in the constructor
//   get slug() { return "custom-x"; }              one statement, returning a literal
//   static slug = "custom-x"  (static readonly)    on the default-exported class, when the instance has none
//   get slug() { return Tracker.slug; }            the static read through the class's own name
// Named values the reading followed (the class's static, a `const`) must never be written, deleted
// or reached other than by name (action-holders.ts, primitive mode). Threat: the identity the
// approval shows differs from the one the loaded module carries (`Tracker.slug = …` at load, a
// getter choosing by date).
import { SKILL_SLUG_RE } from "../contract/index.js";
import { holderProblem } from "./action-holders.js";
import type { AuditContext } from "./context.js";
import { foldConstant } from "./fold.js";
import { literalValue, NOT_LITERAL, staticMemberName, type Result } from "./literal.js";
import type { NodePath, t } from "./parse.js";

type Container = NodePath<t.ObjectExpression | t.ClassDeclaration | t.ClassExpression>;

/** Where the slug is written: an instance member's value (a getter is its method), or absent. */
export interface SlugMember {
  key: t.Node;
  value: NodePath | null;
}

export function checkSlug(member: SlugMember | undefined, container: Container, ctx: AuditContext): void {
  const saved = { holders: ctx.literalHolders, nodes: ctx.literalNodes };
  ctx.literalHolders = [];
  ctx.literalNodes = new Set();
  const site = member ?? staticSlug(container, ctx);
  const slug = site?.value ? slugValue(site.value, ctx) : NOT_LITERAL;
  const changed =
    slug === NOT_LITERAL
      ? null
      : holderProblem(ctx.literalHolders, container.node, ctx.literalNodes, { primitive: true, subject: "the slug" });
  ctx.literalHolders = saved.holders;
  ctx.literalNodes = saved.nodes;
  if (changed) {
    ctx.findings.add("contract-slug", changed.message, changed.node);
    return;
  }
  if (typeof slug === "string" && SKILL_SLUG_RE.test(slug)) {
    ctx.slug = slug;
    return;
  }
  const why = !site
    ? "is missing"
    : typeof slug !== "string"
      ? "must be a string literal (or a getter or static field holding one, a getter being one `return` of it)"
      : `${JSON.stringify(slug)} is not custom-<kebab-name>`;
  ctx.findings.add("contract-slug", `slug ${why}`, site?.key ?? container.node);
}

function slugValue(value: NodePath, ctx: AuditContext): Result {
  const n = value.node;
  if (n.type === "ClassMethod" || n.type === "ObjectMethod") {
    if (n.kind !== "get") return NOT_LITERAL;
    const body = (value as NodePath<t.ClassMethod | t.ObjectMethod>).get("body").get("body");
    const only = body.length === 1 ? body[0]! : null;
    return only?.isReturnStatement() && only.node.argument ? literalValue(only.get("argument") as NodePath, ctx) : NOT_LITERAL;
  }
  if (value.isFunction()) return NOT_LITERAL;
  const v = literalValue(value, ctx);
  if (v !== NOT_LITERAL) return v;
  const folded = foldConstant(value.node, value.scope, ctx.memo);
  return typeof folded === "string" ? folded : NOT_LITERAL;
}

/**
 * `static slug = "custom-x"` (or a static getter) on the default-exported class itself: exactly one
 * static member of that name (computed keys folded; one that cannot be folded could be it), and
 * the class recorded as a holder so nothing may write it.
 */
function staticSlug(container: Container, ctx: AuditContext): SlugMember | undefined {
  if (container.isObjectExpression()) return undefined;
  const cls = container as NodePath<t.ClassDeclaration | t.ClassExpression>;
  let found: NodePath | undefined;
  for (const m of cls.get("body").get("body") as NodePath[]) {
    const member = staticMemberName(m, ctx);
    if (!member) continue;
    if (member.computed && typeof member.name !== "string") return { key: member.key, value: null };
    if (member.name !== "slug") continue;
    if (found) return { key: member.key, value: null }; // a field and a getter: evaluation order decides
    found = m;
  }
  if (!found) return undefined;
  // Every name the class is reachable by (its own, the `const` holding it) must be read-only;
  // with no name, only `this.slug` in its static members could write it.
  const names: Array<[NodePath, string]> = [];
  if (cls.node.id) names.push([cls, cls.node.id.name]);
  const holder = cls.parentPath;
  if (holder?.isVariableDeclarator() && holder.node.id.type === "Identifier") names.push([holder, holder.node.id.name]);
  const key = (found.node as t.ClassProperty).key;
  for (const [at, name] of names) {
    const binding = at.scope.getBinding(name) ?? at.parentPath?.scope.getBinding(name);
    if (!binding?.constant) return { key, value: null };
    ctx.literalHolders.push({ kind: "static", binding, name: "slug" });
  }
  if (names.length === 0) ctx.literalHolders.push({ kind: "this", owner: cls, name: "slug" });
  if (found.isClassProperty()) return { key, value: found.node.value ? (found.get("value") as NodePath) : null };
  return { key, value: found };
}
