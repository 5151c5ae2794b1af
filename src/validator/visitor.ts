// The single walk: one visitor object (built once; Babel caches its exploded form), every handler
// taking the per-audit context as traversal state.
import { declaredVariablesProblem, moduleBlockProblem } from "./ambient.js";
import type { AuditContext } from "./context.js";
import { checkContract } from "./contract.js";
import { rememberDepths } from "./lookup-depth.js";
import type { NodePath, t, Visitor } from "./parse.js";
import {
  checkCall,
  checkConcatenation,
  checkIdentifier,
  checkMember,
  checkObjectPattern,
  checkObjectProperty,
  checkStringLiteral,
  checkTaggedTemplate,
  checkTemplate,
} from "./security.js";

const skip = (path: NodePath): void => path.skip();

/** Names Babel cannot see as bindings or globals: `declare`d names and TS enums (top level). */
function prescan(program: NodePath<t.Program>, ctx: AuditContext): void {
  for (const name of Object.keys(program.scope.globals)) ctx.candidates.add(name);
  for (const stmt of program.node.body) {
    const d = stmt.type === "ExportNamedDeclaration" && stmt.declaration ? stmt.declaration : stmt;
    if (d.type === "VariableDeclaration" && d.declare) {
      for (const decl of d.declarations) if (decl.id.type === "Identifier") ctx.ambient.add(decl.id.name);
    } else if (
      (d.type === "TSDeclareFunction" || d.type === "ClassDeclaration") &&
      d.id &&
      (d.type === "TSDeclareFunction" || d.declare)
    ) {
      ctx.ambient.add(d.id.name);
    } else if (d.type === "TSEnumDeclaration" && !d.declare) {
      ctx.enums.add(d.id.name);
      for (const m of d.members) {
        const name = m.id.type === "Identifier" ? m.id.name : m.id.value;
        const owners = ctx.enumMembers.get(name) ?? new Set();
        owners.add(d);
        ctx.enumMembers.set(name, owners);
      }
    }
  }
  for (const name of ctx.ambient) ctx.candidates.add(name);
}

/**
 * `declare` tells TypeScript a name exists elsewhere and sucrase erases it, so a declared `db`,
 * `globalThis` or class field looks local to the audit and is the real thing at run time. The
 * forms that only type a host global are accepted (ambient.ts); their uses are checked as that
 * global (context.ts, `isGlobalRef`).
 */
function refuseDeclare(path: NodePath<t.Node>, ctx: AuditContext): void {
  if (!(path.node as { declare?: boolean | null }).declare) return;
  const problem = path.isVariableDeclaration()
    ? declaredVariablesProblem(path)
    : "`declare` (ambient) functions, classes, enums and fields are erased before the skill runs: not allowed";
  if (problem) ctx.findings.add("ambient-declaration", problem, path.node);
  path.skip();
}

/** A type-only import is erased: a value use of its name reaches whatever global has that name. */
function refuseTypeBindingsAsValues(program: NodePath<t.Program>, ctx: AuditContext): void {
  for (const binding of Object.values(program.scope.bindings)) {
    if (
      !binding.path.isImportSpecifier() &&
      !binding.path.isImportDefaultSpecifier() &&
      !binding.path.isImportNamespaceSpecifier()
    )
      continue;
    const spec = binding.path.node as t.ImportSpecifier | t.ImportDefaultSpecifier | t.ImportNamespaceSpecifier;
    const decl = binding.path.parent as t.ImportDeclaration;
    const typeOnly = decl.importKind === "type" || (spec.type === "ImportSpecifier" && spec.importKind === "type");
    if (!typeOnly) continue;
    for (const ref of binding.referencePaths) {
      if (ref.findParent((p) => p.isTSType() || p.isTSTypeAnnotation() || p.isTSExpressionWithTypeArguments())) continue;
      const name = binding.identifier.name;
      ctx.findings.add(
        "type-as-value",
        `\`${name}\` is a type-only import, erased before the skill runs: it cannot be used as a value`,
        ref.node,
      );
    }
  }
}

/**
 * `#private` auto-accessors (`accessor #x`): a getter and setter pair over hidden storage that no
 * analysis follows. `#private` fields are allowed: lookup depth follows `this.#x` as it follows
 * `this.x` (its declaration, every store into it, its getter), and a collection name or a query
 * builder kept in one is not proven, so it is refused as unprovable (db-names.ts, fail closed).
 */
function refusePrivate(path: NodePath<t.ClassAccessorProperty>, ctx: AuditContext): void {
  if (path.node.key.type !== "PrivateName") return;
  const name = `#${path.node.key.id.name}`;
  ctx.findings.add(
    "private-member",
    `\`${name}\`: a \`#private\` auto-accessor hides state from the audit; use a field or a getter and setter`,
    path.node,
  );
}

export const AUDIT_VISITOR: Visitor<AuditContext> = {
  Program: {
    enter(path, ctx) {
      prescan(path, ctx);
      refuseTypeBindingsAsValues(path, ctx);
      ctx.actionSites = checkContract(path, ctx);
    },
  },
  Identifier: checkIdentifier,
  MemberExpression: checkMember,
  OptionalMemberExpression: checkMember,
  CallExpression: checkCall,
  OptionalCallExpression: checkCall,
  NewExpression: checkCall,
  TaggedTemplateExpression: checkTaggedTemplate,
  StringLiteral: checkStringLiteral,
  TemplateLiteral: checkTemplate,
  BinaryExpression: checkConcatenation,
  ObjectProperty: checkObjectProperty,
  ObjectPattern: checkObjectPattern,
  WithStatement(path, ctx) {
    ctx.findings.add("with-statement", "`with` changes name resolution at run time: not allowed", path.node);
  },
  DebuggerStatement(path, ctx) {
    ctx.findings.add("debugger", "`debugger` statements are not allowed", path.node);
  },
  MetaProperty(path, ctx) {
    if (path.node.meta.name === "import")
      ctx.findings.add("module-loading", "import.meta is module-loader state: not allowed", path.node);
  },
  ImportExpression(path, ctx) {
    ctx.findings.add("module-loading", "dynamic import() loads modules: not allowed in a skill", path.node);
  },
  TSModuleDeclaration(path, ctx) {
    const problem = moduleBlockProblem(path);
    if (problem) ctx.findings.add("ambient-declaration", problem, path.node);
    path.skip();
  },
  VariableDeclaration: refuseDeclare,
  VariableDeclarator: { exit: (path, ctx) => rememberDepths(path, ctx) },
  Function: {
    enter(path, ctx) {
      const call = path.parentPath;
      if (path.node.params.length > 0 && (call.isCallExpression() || call.isOptionalCallExpression() || call.isNewExpression()))
        rememberDepths(path, ctx);
    },
  },
  ClassDeclaration: refuseDeclare,
  TSEnumDeclaration: refuseDeclare,
  ClassProperty: refuseDeclare,
  ClassAccessorProperty(path, ctx) {
    refusePrivate(path, ctx);
    refuseDeclare(path, ctx);
  },
  TSDeclareFunction: refuseDeclare,
  // Type-only syntax has no run-time meaning: skip it (and the cost of walking it).
  TSDeclareMethod: skip,
  TSInterfaceDeclaration: skip,
  TSTypeAliasDeclaration: skip,
  TSTypeAnnotation: skip,
  TSTypeParameterInstantiation: skip,
  TSTypeParameterDeclaration: skip,
  TSExpressionWithTypeArguments: skip,
  TSType: skip,
  TSIndexSignature: skip,
  // Checked by the contract on the program body.
  ImportDeclaration: skip,
  TSImportEqualsDeclaration: skip,
  ExportAllDeclaration: skip,
};
