// Code that runs while the module loads, before any method call: the top level, enum initializers,
// static fields and blocks, decorators, computed keys, and functions invoked right where they are
// written (`(() => …)()`, the IIFE sucrase makes of an enum). The host answers `db` only during a
// method call, so a `db` use there can never work; refusing it keeps the load step free of host work.
import type { NodePath } from "./parse.js";

const WRAPPERS = new Set([
  "ParenthesizedExpression",
  "TSAsExpression",
  "TSSatisfiesExpression",
  "TSNonNullExpression",
  "TSTypeAssertion",
  "SequenceExpression",
]);

/** True when the code at `path` runs at load rather than inside a method call. */
export function runsAtLoad(path: NodePath): boolean {
  let p: NodePath | null = path.parentPath;
  let child: NodePath = path;
  while (p) {
    const n = p.node;
    if (p.isFunction()) {
      if (!invokedInPlace(p)) return false;
    } else if (
      (n.type === "ClassProperty" || n.type === "ClassPrivateProperty" || n.type === "ClassAccessorProperty") &&
      !n.static &&
      n.value === child.node
    ) {
      return false; // an instance field initializer runs when an instance is built
    }
    if (p.isProgram()) return true;
    child = p;
    p = p.parentPath;
  }
  return true;
}

/** `(function () { … })()`, `(() => …)()`, `new (class { … })` style: the function is the callee. */
function invokedInPlace(fn: NodePath): boolean {
  let e: NodePath = fn;
  while (e.parentPath && WRAPPERS.has(e.parentPath.node.type)) e = e.parentPath;
  const parent = e.parentPath?.node;
  return Boolean(
    parent &&
    (parent.type === "CallExpression" || parent.type === "OptionalCallExpression" || parent.type === "NewExpression") &&
    parent.callee === e.node,
  );
}
