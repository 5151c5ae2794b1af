// Collection names written once and referenced by name — the styles LLMs use besides a literal:
//   const TABLES = { entries: "water_entries" } as const;   db.from(TABLES.entries)
//   class Skill { private readonly table = "water_entries"; … db.from(this.table) }
//   export default { collection: "water_entries", … db.from(this.collection) }
// Each resolves only when the name cannot change: a `const` object whose every use is a plain read
// of one of its properties, or a property of the skill object / class that is never assigned.
import { type AuditContext, isCallNode, isMemberNode, unwrapTs } from "./context.js";
import { fromConstructor } from "./collection-forms.js";
import { localBase } from "./contract.js";
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

/**
 * The string a property named `name` holds: the one data property of that name, when no other
 * member could define it too (a duplicate key, a getter or method of that name, a spread or a
 * computed key) — with two definitions the last wins at run time.
 */
function propertyValue(props: readonly t.Node[], name: string, scope: NodePath["scope"], ctx: AuditContext): string | undefined {
  let found: t.ObjectProperty | t.ClassProperty | undefined;
  for (const p of props) {
    if (p.type === "SpreadElement") return undefined;
    if (!("key" in p) || ((p.type === "ClassProperty" || p.type === "ClassMethod") && p.static)) continue;
    if ("computed" in p && p.computed && p.key.type !== "StringLiteral") return undefined;
    const key = p.key.type === "Identifier" ? p.key.name : p.key.type === "StringLiteral" ? p.key.value : null;
    if (key !== name) continue;
    if (found || (p.type !== "ObjectProperty" && p.type !== "ClassProperty")) return undefined;
    found = p;
  }
  const v = found?.value ? foldConstant(found.value, scope, ctx.memo) : undefined;
  return typeof v === "string" ? v : undefined;
}

export function resolveNamedCollection(arg: t.Node, at: NodePath, ctx: AuditContext): string | undefined {
  const node = unwrapTs(arg);
  if (!isMemberNode(node)) return undefined;
  const name = propName(node, at.scope, ctx);
  if (name === null) return undefined;
  const object = unwrapTs(node.object);
  if (object.type === "Identifier") return fromConstObject(object.name, name, at, ctx);
  if (object.type === "ThisExpression") return fromThis(name, at, ctx);
  if (
    isMemberNode(object) &&
    object.object.type === "ThisExpression" &&
    !object.computed &&
    object.property.type === "Identifier"
  )
    return fromThisTable(object.property.name, name, at, ctx);
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

/** The class body or object literal whose method `at` is in (arrows see their method's `this`). */
function thisOwner(at: NodePath): NodePath<t.ClassBody | t.ObjectExpression> | null {
  const method = at.findParent(
    (p) =>
      p.isObjectMethod() || p.isClassMethod() || p.isClassPrivateMethod() || (p.isFunction() && !p.isArrowFunctionExpression()),
  );
  let owner: NodePath | null = method?.parentPath ?? null;
  if (method?.isFunctionExpression() && owner?.isObjectProperty()) owner = owner.parentPath;
  return owner?.isClassBody() || owner?.isObjectExpression() ? owner : null;
}

const ownProps = (owner: NodePath<t.ClassBody | t.ObjectExpression>): readonly t.Node[] =>
  owner.isClassBody() ? owner.node.body : (owner.node as t.ObjectExpression).properties;

/** No write to `this.name` from a local base class, and no field of that name there. */
function basesLeave(owner: NodePath, name: string): boolean {
  if (!owner.isClassBody() || !(owner.parent as t.Class).superClass) return true;
  const bases = ancestors(owner.parentPath as NodePath<t.Class>);
  return Boolean(bases && !bases.some((b) => thisWrites(b.node.body, name) > 0 || definesField(b.node.body, name)));
}

/**
 * `this.tables.water` where the skill's field `tables` is an object literal (`as const`,
 * `Object.freeze`): the field is never written, and every `this.tables` is read as
 * `this.tables.<key>` that is itself never written, deleted or called.
 */
function fromThisTable(field: string, key: string, at: NodePath, ctx: AuditContext): string | undefined {
  const owner = thisOwner(at);
  if (!owner || thisWrites(owner.node, field) !== 0 || mutableFromOutside(owner, field) || !basesLeave(owner, field))
    return undefined;
  if (exportedHolderUsed(owner)) return undefined;
  const prop = ownProps(owner).find(
    (p): p is t.ObjectProperty | t.ClassProperty =>
      (p.type === "ObjectProperty" || (p.type === "ClassProperty" && !p.static)) &&
      !p.computed &&
      p.key.type === "Identifier" &&
      p.key.name === field,
  );
  let init = prop?.value ? unwrapTs(prop.value) : null;
  if (init?.type === "CallExpression" && init.arguments.length === 1 && isFreeze(init.callee))
    init = unwrapTs(init.arguments[0]!);
  if (init?.type !== "ObjectExpression" || !onlyKeyReads(owner, field)) return undefined;
  return propertyValue(init.properties, key, owner.scope, ctx);
}

const isFreeze = (c: t.Node): boolean =>
  isMemberNode(c) &&
  c.object.type === "Identifier" &&
  c.object.name === "Object" &&
  !c.computed &&
  c.property.type === "Identifier" &&
  c.property.name === "freeze";

function onlyKeyReads(owner: NodePath, field: string): boolean {
  let ok = true;
  owner.traverse({
    MemberExpression(p) {
      const n = p.node;
      if (n.object.type !== "ThisExpression" || n.computed || n.property.type !== "Identifier" || n.property.name !== field)
        return;
      const outer = p.parentPath;
      const o = outer.node;
      if (!isMemberNode(o) || o.object !== n || (o.computed && o.property.type !== "StringLiteral")) return void (ok = false);
      const g = outer.parent;
      if (
        (g.type === "AssignmentExpression" && g.left === o) ||
        g.type === "UpdateExpression" ||
        (g.type === "UnaryExpression" && g.operator === "delete") ||
        (isCallNode(g) && g.callee === o)
      )
        ok = false;
    },
  });
  return ok;
}

/** `const skill = { … }` used by any name but `export default skill`. */
export function exportedHolderUsed(owner: NodePath): boolean {
  const holder = owner.isClassBody() ? owner.parentPath?.parentPath : owner.parentPath;
  if (!holder?.isVariableDeclarator() || holder.node.id.type !== "Identifier") return false;
  const binding = holder.scope.getBinding(holder.node.id.name);
  return Boolean(
    binding?.referencePaths.some((r) => !r.isExportDefaultDeclaration() && !r.parentPath?.isExportDefaultDeclaration()),
  );
}

function fromThis(name: string, at: NodePath, ctx: AuditContext): string | undefined {
  const owner = thisOwner(at);
  if (!owner) return undefined;
  const props = ownProps(owner);
  let value = propertyValue(props, name, owner.scope, ctx);
  // A field with no initializer may be set once in the constructor (collection-forms.ts); that
  // one write is then the only one allowed.
  let allowed = 0;
  if (value === undefined && owner.isClassBody()) {
    value = fromConstructor(name, owner.node, owner.parent, ctx, owner);
    allowed = 1;
  }
  if (value === undefined || thisWrites(owner.node, name) !== allowed || mutableFromOutside(owner, name)) return undefined;
  // Under a local base class, the base's methods share `this`: none may write the field.
  return basesLeave(owner, name) ? value : undefined;
}

/** The local classes a class extends, nearest first; null when one is not local. */
export function ancestors(cls: NodePath<t.Class>): NodePath<t.ClassDeclaration>[] | null {
  const out: NodePath<t.ClassDeclaration>[] = [];
  let c: NodePath<t.Class> = cls;
  while (c.node.superClass) {
    const base = localBase(c);
    if (!base) return null;
    out.push(base);
    c = base;
  }
  return out;
}

export function definesField(body: t.ClassBody, name: string): boolean {
  return body.body.some(
    (m) =>
      (m.type === "ClassProperty" || m.type === "ClassMethod") &&
      !m.computed &&
      m.key.type === "Identifier" &&
      m.key.name === name,
  );
}

/** `const skill = { table: "a", … }; skill.table = "b"; export default skill;` */
export function mutableFromOutside(owner: NodePath, name: string, depth = 0): boolean {
  const decl = owner.isClassBody() ? owner.parentPath : owner;
  const holder = decl?.parentPath;
  const id = holder?.isVariableDeclarator() ? holder.node.id : decl?.isClassDeclaration() ? decl.node.id : null;
  if (!holder || !id || id.type !== "Identifier") return false;
  const binding = holder.scope.getBinding(id.name);
  if (!binding) return false;
  return binding.referencePaths.some((ref) => {
    const parent = ref.parent;
    if (ref.node.type === "ExportDefaultDeclaration" || parent.type === "ExportDefaultDeclaration") return false;
    // `export default new Skill()`: the one instance, created with no arguments.
    if (parent.type === "NewExpression" && ref.parentPath?.parent.type === "ExportDefaultDeclaration") return false;
    if (parent.type === "ClassDeclaration" && parent.superClass === ref.node)
      return !subclassLeaves(ref.parentPath!, name, depth);
    if (!isMemberNode(parent) || parent.object !== ref.node) return true; // escapes: could be mutated anywhere
    const key = !parent.computed && parent.property.type === "Identifier" ? parent.property.name : null;
    const gp = ref.parentPath?.parent;
    const written = gp && ((gp.type === "AssignmentExpression" && gp.left === parent) || gp.type === "UpdateExpression");
    return Boolean(written && (key === null || key === name));
  });
}

/**
 * A local subclass shares `this` with its base: it may not define or write `name`, and is held
 * to the same rules itself (a subclass of it, a write from outside).
 */
function subclassLeaves(sub: NodePath, name: string, depth: number): boolean {
  if (!sub.isClassDeclaration() || depth > 8) return false;
  if (!(sub.parentPath?.isProgram() || sub.parentPath?.isExportDefaultDeclaration())) return false;
  const body = sub.get("body");
  return !definesField(body.node, name) && thisWrites(body.node, name) === 0 && !mutableFromOutside(body, name, depth + 1);
}

/**
 * Any `this.name = …`, `this.name++`, `delete this.name` inside the class or object — or `this`
 * used other than as `this.x` (`const self = this`, `Object.assign(this, …)`), which could hide one.
 */
function assignsThis(root: t.Node, name: string): boolean {
  return thisWrites(root, name) > 0;
}

/** How many writes to `this.name` (any computed write counts); Infinity when `this` escapes. */
export function thisWrites(root: t.Node, name: string): number {
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
    // `constructor(private table = "x")` is a `this.table = …` the source does not spell out.
    if (n.type === "TSParameterProperty") {
      const param = (n as t.TSParameterProperty).parameter;
      const id = param.type === "AssignmentPattern" ? param.left : param;
      if (id.type === "Identifier" && id.name === name) writes++;
    }
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
