// getActions() bodies that compute their actions from the module's constants — `[...KINDS]` beside
// a `.filter`, `Object.fromEntries(FIELDS.map(…))` as a schema's properties, `TABLE.flatMap(…)`, a
// loop pushing onto a local list. The literal reading (literal.ts, action-forms.ts) cannot follow
// them, and running skill code in the audit is not an option, so the actions are left to the
// trial: it calls getActions() in the isolate, checks what comes back by the audit's own schema
// rules, and that capture becomes the version's actions (SKILL-CONTRACT §1, src/sandbox/trial.ts).
//
// No capability hides behind this: collection names are extracted from the `db` chains wherever
// they are, by the same rules, whatever getActions does. What the audit still asks of a computed
// getActions is that it can be a function of the module's constants: it does not use `db` (the
// trial runs it with no capabilities, this says so earlier), and it changes nothing outside
// itself — no write, update, `delete`, mutating method or `Object.assign` on a name declared
// outside getActions or on `this`. Locals it builds (`const out = []; out.push(…)`) are its own.
import { MUTATORS, type HolderProblem } from "./action-holders.js";
import { type AuditContext, isGlobalRef, isMemberNode, unwrapTs } from "./context.js";
import type { NodePath, t } from "./parse.js";

const WHY =
  "getActions() computes its actions, so the trial captures them, and for that it may depend only on the module's constants";

/** The first thing in `fn` that makes its result more than a function of constants, or null. */
export function computedActionsProblem(fn: NodePath<t.Function>, ctx: AuditContext): HolderProblem | null {
  let found: HolderProblem | null = null;
  const refuse = (what: string, node: t.Node) => {
    found ??= { message: `${WHY}: it ${what}`, node };
  };
  fn.traverse({
    Identifier(p) {
      if (p.node.name === "db" && p.isReferencedIdentifier() && isGlobalRef(p.scope, "db", ctx)) refuse("uses db", p.node);
    },
    AssignmentExpression(p) {
      const target = outerTarget(p.get("left") as NodePath, fn);
      if (target) refuse(`assigns to ${target}`, p.node);
    },
    UpdateExpression(p) {
      const target = outerTarget(p.get("argument") as NodePath, fn);
      if (target) refuse(`changes ${target}`, p.node);
    },
    UnaryExpression(p) {
      if (p.node.operator !== "delete") return;
      const target = outerTarget(p.get("argument") as NodePath, fn);
      if (target) refuse(`deletes from ${target}`, p.node);
    },
    ForXStatement(p) {
      const left = p.get("left") as NodePath;
      if (left.isVariableDeclaration()) return;
      const target = outerTarget(left, fn);
      if (target) refuse(`assigns to ${target} in a loop`, p.node);
    },
    "CallExpression|OptionalCallExpression"(path) {
      const p = path as NodePath<t.CallExpression | t.OptionalCallExpression>;
      let callee = p.get("callee") as NodePath;
      while (callee.node.type !== unwrapTs(callee.node).type) callee = callee.get("expression") as NodePath;
      if (!isMemberNode(callee.node)) return;
      const name = memberName(callee.node);
      const receiver = callee.get("object") as NodePath;
      if (name !== null && MUTATORS.has(name)) {
        const target = outerRoot(receiver, fn);
        if (target) refuse(`changes ${target} with .${name}()`, p.node);
      }
      const first = p.get("arguments")[0] as NodePath | undefined;
      if (receiver.isIdentifier({ name: "Object" }) && name === "assign" && first) {
        const target = outerRoot(first, fn);
        if (target) refuse(`changes ${target} with Object.assign()`, p.node);
      }
    },
  });
  return found;
}

function memberName(m: t.MemberExpression | t.OptionalMemberExpression): string | null {
  if (!m.computed && m.property.type === "Identifier") return m.property.name;
  return m.property.type === "StringLiteral" ? m.property.value : null;
}

/** The outer name a write target reaches (`X`, `X.a.b`, `this.x`, a pattern's names), or null when it is local. */
function outerTarget(target: NodePath, fn: NodePath<t.Function>): string | null {
  if (target.isObjectPattern() || target.isArrayPattern()) {
    for (const leaf of patternLeaves(target)) {
      const outer = outerRoot(leaf, fn);
      if (outer) return outer;
    }
    return null;
  }
  return outerRoot(target, fn);
}

function patternLeaves(pattern: NodePath): NodePath[] {
  if (pattern.isObjectPattern())
    return pattern
      .get("properties")
      .flatMap((prop) => patternLeaves((prop.isRestElement() ? prop.get("argument") : prop.get("value")) as NodePath));
  if (pattern.isArrayPattern()) return (pattern.get("elements") as NodePath[]).filter((e) => e.node).flatMap(patternLeaves);
  if (pattern.isAssignmentPattern()) return patternLeaves(pattern.get("left") as NodePath);
  if (pattern.isRestElement()) return patternLeaves(pattern.get("argument") as NodePath);
  return [pattern];
}

/**
 * What an expression's value belongs to when it is changed: null for a name declared inside `fn`
 * or a value made right there (a literal, `new …`, a call's result); otherwise how to name it.
 */
function outerRoot(expr: NodePath, fn: NodePath<t.Function>): string | null {
  let p = expr;
  for (;;) {
    if (p.node.type !== unwrapTs(p.node).type) p = p.get("expression") as NodePath;
    else if (p.isMemberExpression() || p.isOptionalMemberExpression()) p = p.get("object") as NodePath;
    else break;
  }
  if (p.isThisExpression()) return "`this`";
  if (p.isIdentifier()) {
    const binding = p.scope.getBinding(p.node.name);
    return binding && binding.path.isDescendant(fn) && binding.path !== fn ? null : `\`${p.node.name}\`, declared outside it`;
  }
  if (p.isArrayExpression() || p.isObjectExpression() || p.isNewExpression() || p.isCallExpression()) return null;
  return "a value from outside it";
}
