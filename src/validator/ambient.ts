// Ambient (`declare`) declarations. sucrase erases them, so a name they declare reaches whatever
// the script sees at run time under that name. Threat: a declared `db`, `globalThis` or class
// field that the audit takes for a local binding while the isolate runs the real global.
//
// Accepted, because erasing them cannot change what the audit checked:
//   declare const db: Db;              a host global of the contract, at the top level, no
//   declare let console: Console;      initializer, the program's only declaration of that name,
//   declare var Math: MathLike;        never written: its uses are checked as that global (context.ts)
//   declare global { var db: Db; interface X {} }   the same names, and types
//   declare type T = …; declare interface I {}     types: erased, name nothing at run time
// Everything else ambient is refused (`declare function|class|enum|module|namespace`, a field).
import { SAFE_GLOBALS } from "./policy.js";
import type { NodePath, t } from "./parse.js";

const ACCEPTED =
  "the only ambient declarations accepted are `declare const <name>: <type>;` (or let/var, no initializer, at the top " +
  "level) of a global the sandbox provides (db, console, Math …), `declare global { … }` holding only those and types, " +
  "and `declare type`/`declare interface`";

/** A name a skill may declare for the type checker: the contract's `db` or an allowed global. */
function isHostGlobal(name: string): boolean {
  return name === "db" || SAFE_GLOBALS.has(name);
}

function atTopLevel(path: NodePath): boolean {
  const parent = path.parentPath;
  if (parent?.isProgram()) return true;
  return Boolean(parent?.isExportNamedDeclaration() && parent.parentPath?.isProgram());
}

/** Why this `declare`d variable statement is refused, or null when it only types host globals. */
export function declaredVariablesProblem(path: NodePath<t.VariableDeclaration>): string | null {
  if (!atTopLevel(path))
    return `\`declare\` inside a function or block is erased, so the name reaches an outer binding: ${ACCEPTED}`;
  for (const d of path.node.declarations) {
    if (d.id.type !== "Identifier") return `a destructuring \`declare\`: ${ACCEPTED}`;
    const name = d.id.name;
    if (d.init) return `\`declare ${name}\` has an initializer, which is erased: ${ACCEPTED}`;
    if (!isHostGlobal(name))
      return `\`${name}\` is not a global the sandbox provides, so declaring it hides nothing real: ${ACCEPTED}`;
    // `declare var Math: any; var Math = …` or `Math = …`: the erased declaration would make the
    // real local binding look like the global.
    const binding = path.scope.getBinding(name);
    if (binding && (binding.path.node !== d || binding.constantViolations.length > 0))
      return `\`${name}\` is declared ambient and also declared or assigned in the skill: ${ACCEPTED}`;
  }
  return null;
}

/** Why this `declare global`/`declare module`/`namespace` block is refused, or null for `declare global` of host globals and types. */
export function moduleBlockProblem(path: NodePath<t.TSModuleDeclaration>): string | null {
  const node = path.node;
  const isGlobal =
    node.kind === "global" || (node.declare === true && node.id.type === "Identifier" && node.id.name === "global");
  if (!isGlobal || !atTopLevel(path)) return `namespaces and \`declare module\` run or hide code: ${ACCEPTED}`;
  if (node.body?.type !== "TSModuleBlock") return `an empty \`declare global\`: ${ACCEPTED}`;
  for (const stmt of node.body.body) {
    if (stmt.type === "TSInterfaceDeclaration" || stmt.type === "TSTypeAliasDeclaration") continue;
    if (stmt.type !== "VariableDeclaration") return `\`declare global\` may hold only host globals and types: ${ACCEPTED}`;
    for (const d of stmt.declarations) {
      if (d.id.type !== "Identifier" || d.init) return `\`declare global\` with a value or a pattern: ${ACCEPTED}`;
      if (!isHostGlobal(d.id.name)) return `\`${d.id.name}\` is not a global the sandbox provides: ${ACCEPTED}`;
      // A top-level binding of the same name is what the skill's uses reach, global block or not.
      const binding = path.scope.getBinding(d.id.name);
      if (binding) return `\`${d.id.name}\` is declared global and also bound in the skill: ${ACCEPTED}`;
    }
  }
  return null;
}
