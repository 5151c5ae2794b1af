// The dynamic-lookup depth of a value: `o[k]` is 1, `o[a][b]` is 2, and the count flows through
// member reads, calls, awaits, variables and the returns of local functions. computed.ts refuses
// calling a depth-2 value and reading a dynamic key on one (three hops): with keys equal to
// "constructor", that is how `Function(code)` is reached from ordinary data.
import { type AuditContext, unwrapTs } from "./context.js";
import { keyOf } from "./computed.js";
import type { Binding, NodePath, Scope, t } from "./parse.js";

/**
 * How many dynamic lookups produced this value: `o[k]` is 1, `o[a][b]` is 2, and the count flows
 * through member reads, calls, awaits and variables.
 */
export function lookupDepth(node: t.Node, scope: Scope, ctx: AuditContext, guard = 0): number {
  if (guard > 16) return 0;
  const n = unwrapTs(node);
  switch (n.type) {
    case "MemberExpression": case "OptionalMemberExpression": {
      const base = lookupDepth(n.object, scope, ctx, guard + 1);
      if (!n.computed) return base;
      return keyOf(n.property, scope, ctx).kind === "dynamic" ? base + 1 : base;
    }
    case "CallExpression": case "OptionalCallExpression": {
      if (n.callee.type === "V8IntrinsicIdentifier") return 0;
      const callee = unwrapTs(n.callee);
      const own = lookupDepth(callee, scope, ctx, guard + 1);
      if (callee.type === "Identifier") {
        // A helper that returns a dynamic lookup (`get(o, k) { return o[k] }`) adds to the depth
        // of what it is handed: `get(get(fn, k), k)` is two hops, like `fn[k][k]`.
        const ret = returnDepth(scope.getBinding(callee.name), ctx, guard);
        const args = ret > 0 ? Math.max(0, ...n.arguments.map((a) => lookupDepth(a, scope, ctx, guard + 1))) : 0;
        return Math.max(own, ret + args);
      }
      // `path.reduce((o, k) => o[k], start)` repeats a dynamic lookup as often as the data says.
      if ((callee.type === "MemberExpression" || callee.type === "OptionalMemberExpression") && !callee.computed
        && callee.property.type === "Identifier" && (callee.property.name === "reduce" || callee.property.name === "reduceRight")) {
        const cb = n.arguments[0] ? unwrapTs(n.arguments[0]) : undefined;
        if (cb && (cb.type === "ArrowFunctionExpression" || cb.type === "FunctionExpression") && functionReturnDepth(cb, scope, ctx, guard) > 0) return Math.max(own, 2);
      }
      if (callee.type === "ArrowFunctionExpression" || callee.type === "FunctionExpression") {
        return Math.max(own, functionReturnDepth(callee, scope, ctx, guard));
      }
      return own;
    }
    case "AwaitExpression": return lookupDepth(n.argument, scope, ctx, guard + 1);
    case "LogicalExpression": return Math.max(lookupDepth(n.left, scope, ctx, guard + 1), lookupDepth(n.right, scope, ctx, guard + 1));
    case "ConditionalExpression":
      return Math.max(lookupDepth(n.consequent, scope, ctx, guard + 1), lookupDepth(n.alternate, scope, ctx, guard + 1));
    case "SequenceExpression": return lookupDepth(n.expressions[n.expressions.length - 1]!, scope, ctx, guard + 1);
    case "AssignmentExpression": return lookupDepth(n.right, scope, ctx, guard + 1);
    case "Identifier": return bindingDepth(scope.getBinding(n.name), ctx, guard);
    default: return 0;
  }
}

function bindingDepth(binding: Binding | undefined, ctx: AuditContext, guard: number): number {
  if (!binding || binding.kind === "param" || binding.kind === "hoisted") return 0;
  const known = ctx.taint.get(binding);
  if (known !== undefined) return known;
  ctx.taint.set(binding, 0);
  const p = binding.path;
  let depth = 0;
  if (p.isVariableDeclarator() && p.node.init) {
    // A destructured part shares the depth of its source (`const { x } = o[k]` is `o[k].x`).
    depth = lookupDepth(p.node.init, p.scope, ctx, guard + 1);
  }
  for (const v of binding.constantViolations) {
    if (v.node.type === "AssignmentExpression") depth = Math.max(depth, lookupDepth(v.node.right, v.scope, ctx, guard + 1));
  }
  ctx.taint.set(binding, depth);
  return depth;
}

/** A local function returning `o[a][b]` passes the depth on to its callers (aliases through returns). */
function returnDepth(binding: Binding | undefined, ctx: AuditContext, guard: number): number {
  if (!binding) return 0;
  const known = ctx.returnTaint.get(binding);
  if (known !== undefined) return known;
  ctx.returnTaint.set(binding, 0);
  const p = binding.path;
  const fnPath = p.isFunctionDeclaration() ? p
    : p.isVariableDeclarator() && binding.constant && p.node.init ? (p.get("init") as NodePath) : null;
  const fn = fnPath?.node;
  const depth = fnPath && fn && (fn.type === "FunctionDeclaration" || fn.type === "FunctionExpression" || fn.type === "ArrowFunctionExpression")
    ? functionReturnDepth(fn, fnPath.scope, ctx, guard) : 0;
  ctx.returnTaint.set(binding, depth);
  return depth;
}

function functionReturnDepth(fn: t.Function, scope: Scope, ctx: AuditContext, guard: number): number {
  if (fn.body.type !== "BlockStatement") return lookupDepth(fn.body, scope, ctx, guard + 1);
  let depth = 0;
  for (const ret of collectReturns(fn.body)) {
    if (ret.argument) depth = Math.max(depth, lookupDepth(ret.argument, scope, ctx, guard + 1));
  }
  return depth;
}

/** Return statements of a function body, not of nested functions (a plain node walk). */
function collectReturns(body: t.BlockStatement): t.ReturnStatement[] {
  const out: t.ReturnStatement[] = [];
  const stack: unknown[] = [body];
  while (stack.length > 0) {
    const n = stack.pop() as { type?: string } | null;
    if (!n || typeof n !== "object") continue;
    if (Array.isArray(n)) { stack.push(...n); continue; }
    if (typeof n.type !== "string") continue;
    if (n.type === "ReturnStatement") out.push(n as t.ReturnStatement);
    if (n.type.includes("Function") || n.type === "ClassMethod" || n.type === "ObjectMethod") continue;
    for (const [k, v] of Object.entries(n)) {
      if (k !== "loc" && k !== "extra" && v && typeof v === "object") stack.push(v);
    }
  }
  return out;
}
