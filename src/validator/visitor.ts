// The single walk: one visitor object (built once; Babel caches its exploded form), every handler
// taking the per-audit context as traversal state.
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
  checkThis,
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

export const AUDIT_VISITOR: Visitor<AuditContext> = {
  Program: {
    enter(path, ctx) {
      prescan(path, ctx);
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
  ThisExpression: checkThis,
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
    ctx.findings.add("ambient-declaration", "namespaces and `declare module`/`declare global` are not allowed", path.node);
    path.skip();
  },
  VariableDeclaration(path) {
    if (path.node.declare) path.skip();
  },
  VariableDeclarator: { exit: (path, ctx) => rememberDepths(path, ctx) },
  Function: {
    enter(path, ctx) {
      const call = path.parentPath;
      if (path.node.params.length > 0 && (call.isCallExpression() || call.isOptionalCallExpression() || call.isNewExpression()))
        rememberDepths(path, ctx);
    },
  },
  ClassDeclaration(path) {
    if (path.node.declare) path.skip();
  },
  TSEnumDeclaration(path) {
    if (path.node.declare) path.skip();
  },
  // Type-only syntax has no run-time meaning: skip it (and the cost of walking it).
  TSDeclareFunction: skip,
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
