// Collection names written once and referenced by name — the styles LLMs use besides a literal:
//   const TABLES = { entries: "water_entries" } as const;   db.from(TABLES.entries)
//   class Skill { private readonly table = "water_entries"; … db.from(this.table) }
//   export default { collection: "water_entries", … db.from(this.collection) }
// Each resolves only when the name cannot change: a `const` object whose every use is a plain read
// of one of its properties, or a property of the skill object / class that is never assigned.
import { type AuditContext, isMemberNode, unwrapTs } from "./context.js";
import { fromConstructor } from "./collection-forms.js";
import { foldConstant } from "./fold.js";
import type { Binding, NodePath, t } from "./parse.js";

function propName(
  m: t.MemberExpression | t.OptionalMemberExpression,
  scope: NodePath["scope"],
  ctx: AuditContext,
): string | null {
  if (!m.computed) return m.property.type === "Identifier" ? m.property.name : null;
  const v = foldConstant(m.property, scope, ctx.memo);
  return typeof v === "string" ? v : null;
}

function propertyValue(props: readonly t.Node[], name: string, scope: NodePath["scope"], ctx: AuditContext): string | undefined {
  for (const p of props) {
    if (p.type !== "ObjectProperty" && p.type !== "ClassProperty") continue;
    if (p.type === "ClassProperty" && p.static) continue;
    const key = !p.computed && p.key.type === "Identifier" ? p.key.name : p.key.type === "StringLiteral" ? p.key.value : null;
    if (key !== name) continue;
    const v = p.value ? foldConstant(p.value, scope, ctx.memo) : undefined;
    return typeof v === "string" ? v : undefined;
  }
  return undefined;
}

export function resolveNamedCollection(arg: t.Node, at: NodePath, ctx: AuditContext): string | undefined {
  const node = unwrapTs(arg);
  if (!isMemberNode(node)) return undefined;
  const name = propName(node, at.scope, ctx);
  if (name === null) return undefined;
  const object = unwrapTs(node.object);
  if (object.type === "Identifier") return fromConstObject(object.name, name, at, ctx);
  if (object.type === "ThisExpression") return fromThis(name, at, ctx);
  return undefined;
}

function fromConstObject(id: string, name: string, at: NodePath, ctx: AuditContext): string | undefined {
  const binding = at.scope.getBinding(id);
  if (binding?.path.isClassDeclaration()) return fromStaticField(binding, name, ctx);
  if (!binding?.constant || !binding.path.isVariableDeclarator() || !binding.path.node.init) return undefined;
  let init = unwrapTs(binding.path.node.init);
  if (init.type === "CallExpression" && init.arguments.length === 1 && isMemberNode(init.callee))
    init = unwrapTs(init.arguments[0]!);
  if (init.type !== "ObjectExpression") return undefined;
  // Every use must be a plain property read: no writes, no escape into a call that could mutate it.
  for (const ref of binding.referencePaths) {
    const parent = ref.parentPath;
    if (!parent || !isMemberNode(parent.node) || parent.node.object !== ref.node) return undefined;
    const gp = parent.parent;
    if (
      (gp.type === "AssignmentExpression" && gp.left === parent.node) ||
      gp.type === "UpdateExpression" ||
      (gp.type === "UnaryExpression" && gp.operator === "delete")
    )
      return undefined;
  }
  return propertyValue(init.properties, name, binding.path.scope, ctx);
}

/** `class Skill { static TABLE = "x" }` … `db.from(Skill.TABLE)`, when `Skill.TABLE` is never assigned. */
function fromStaticField(binding: Binding, name: string, ctx: AuditContext): string | undefined {
  const cls = binding.path.node as t.ClassDeclaration;
  const field = cls.body.body.find(
    (m): m is t.ClassProperty =>
      m.type === "ClassProperty" && m.static && !m.computed && m.key.type === "Identifier" && m.key.name === name,
  );
  if (!field?.value) return undefined;
  for (const ref of binding.referencePaths) {
    const parent = ref.parent;
    if (!isMemberNode(parent) || parent.object !== ref.node) continue;
    const gp = ref.parentPath?.parent;
    if (gp && ((gp.type === "AssignmentExpression" && gp.left === parent) || gp.type === "UpdateExpression")) return undefined;
  }
  if (assignsThis(cls.body, name)) return undefined; // `this.TABLE = …` in a static method
  const v = foldConstant(field.value, binding.path.scope, ctx.memo);
  return typeof v === "string" ? v : undefined;
}

function fromThis(name: string, at: NodePath, ctx: AuditContext): string | undefined {
  // The method `this` belongs to (arrows see their enclosing method's `this`).
  const method = at.findParent(
    (p) =>
      p.isObjectMethod() || p.isClassMethod() || p.isClassPrivateMethod() || (p.isFunction() && !p.isArrowFunctionExpression()),
  );
  let owner: NodePath | null = method?.parentPath ?? null;
  if (method?.isFunctionExpression() && owner?.isObjectProperty()) owner = owner.parentPath;
  if (!owner) return undefined;
  const props = owner.isClassBody() ? owner.node.body : owner.isObjectExpression() ? owner.node.properties : null;
  if (!props) return undefined;
  let value = propertyValue(props, name, owner.scope, ctx);
  // A field with no initializer may be set once in the constructor (collection-forms.ts); that
  // one write is then the only one allowed.
  let allowed = 0;
  if (value === undefined && owner.isClassBody()) {
    value = fromConstructor(name, owner.node, owner.parent, ctx, owner);
    allowed = 1;
  }
  if (value === undefined || thisWrites(owner.node, name) !== allowed || mutableFromOutside(owner, name)) return undefined;
  return value;
}

/** `const skill = { table: "a", … }; skill.table = "b"; export default skill;` */
function mutableFromOutside(owner: NodePath, name: string): boolean {
  const decl = owner.isClassBody() ? owner.parentPath : owner;
  const holder = decl?.parentPath;
  const id = holder?.isVariableDeclarator() ? holder.node.id : decl?.isClassDeclaration() ? decl.node.id : null;
  if (!holder || !id || id.type !== "Identifier") return false;
  const binding = holder.scope.getBinding(id.name);
  if (!binding) return false;
  return binding.referencePaths.some((ref) => {
    const parent = ref.parent;
    if (ref.node.type === "ExportDefaultDeclaration" || parent.type === "ExportDefaultDeclaration") return false;
    if (!isMemberNode(parent) || parent.object !== ref.node) return true; // escapes: could be mutated anywhere
    const key = !parent.computed && parent.property.type === "Identifier" ? parent.property.name : null;
    const gp = ref.parentPath?.parent;
    const written = gp && ((gp.type === "AssignmentExpression" && gp.left === parent) || gp.type === "UpdateExpression");
    return Boolean(written && (key === null || key === name));
  });
}

/**
 * Any `this.name = …`, `this.name++`, `delete this.name` inside the class or object — or `this`
 * used other than as `this.x` (`const self = this`, `Object.assign(this, …)`), which could hide one.
 */
function assignsThis(root: t.Node, name: string): boolean {
  return thisWrites(root, name) > 0;
}

/** How many writes to `this.name` (any computed write counts); Infinity when `this` escapes. */
function thisWrites(root: t.Node, name: string): number {
  let writes = 0;
  let thisCount = 0;
  let memberCount = 0;
  const stack: unknown[] = [root];
  while (stack.length > 0) {
    const n = stack.pop() as { type?: string } | null;
    if (!n || typeof n !== "object") continue;
    if (Array.isArray(n)) {
      stack.push(...n);
      continue;
    }
    const target =
      n.type === "AssignmentExpression"
        ? (n as t.AssignmentExpression).left
        : n.type === "UpdateExpression"
          ? (n as t.UpdateExpression).argument
          : n.type === "UnaryExpression" && (n as t.UnaryExpression).operator === "delete"
            ? (n as t.UnaryExpression).argument
            : null;
    if (n.type === "ThisExpression") thisCount++;
    else if (isMemberNode(n as t.Node) && (n as t.MemberExpression).object.type === "ThisExpression") memberCount++;
    if (target && isMemberNode(target) && target.object.type === "ThisExpression") {
      const key = !target.computed && target.property.type === "Identifier" ? target.property.name : null;
      if (key === null || key === name) writes++;
    }
    for (const [k, v] of Object.entries(n)) if (k !== "loc" && v && typeof v === "object") stack.push(v);
  }
  return thisCount !== memberCount ? Infinity : writes;
}
