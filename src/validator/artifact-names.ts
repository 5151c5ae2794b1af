// What the source and the transpiled script each hold at run time: the lines where top-level
// statements start, and every identifier in a value position. Type-only syntax is left out of
// the source's side, because sucrase erases exactly that.
import type { t } from "./parse.js";

/** Node types sucrase erases whole: they declare nothing that runs. */
const ERASED = new Set([
  "TSInterfaceDeclaration",
  "TSTypeAliasDeclaration",
  "TSDeclareFunction",
  "TSDeclareMethod",
  "TSIndexSignature",
  "TSModuleDeclaration",
]);
/** Keys holding types on otherwise run-time nodes. */
const TYPE_KEYS = new Set([
  "typeAnnotation",
  "typeParameters",
  "returnType",
  "superTypeParameters",
  "implements",
  "typeArguments",
]);
const SKIP_KEYS = new Set(["loc", "start", "end", "extra", "range", "leadingComments", "trailingComments", "innerComments"]);

function erased(n: t.Node): boolean {
  if (ERASED.has(n.type)) return true;
  if ((n as { declare?: boolean | null }).declare) return true;
  if (n.type === "ImportDeclaration")
    return (
      n.importKind === "type" ||
      n.importKind === "typeof" ||
      (n.specifiers.length > 0 && n.specifiers.every((s) => s.type === "ImportSpecifier" && s.importKind === "type"))
    );
  if (n.type === "ImportSpecifier") return n.importKind === "type" || n.importKind === "typeof";
  if (n.type === "ExportSpecifier") return n.exportKind === "type";
  if (n.type === "ExportNamedDeclaration") return n.exportKind === "type" || (n.declaration ? erased(n.declaration) : false);
  if (n.type === "ClassMethod" || n.type === "ClassProperty") return Boolean((n as { abstract?: boolean | null }).abstract);
  // A type in a value-shaped position (`x as T`) keeps only its expression.
  return n.type.startsWith("TS") && !KEPT_TS.has(n.type);
}
const KEPT_TS = new Set([
  "TSAsExpression",
  "TSSatisfiesExpression",
  "TSNonNullExpression",
  "TSTypeAssertion",
  "TSInstantiationExpression",
  "TSEnumDeclaration",
  "TSEnumMember",
  "TSEnumBody",
  "TSParameterProperty",
  "TSExportAssignment",
  "TSImportEqualsDeclaration",
  "TSExternalModuleReference",
]);

/** Lines where top-level statements start (several on one line count once). */
export function statementLines(body: readonly t.Statement[], fromSource: boolean): Set<number> {
  const lines = new Set<number>();
  for (const s of body) {
    if (fromSource && erased(s)) continue;
    if (s.type === "EmptyStatement") continue;
    lines.add(s.loc?.start.line ?? 0);
    // sucrase ends `export default class S {…}` with `exports.default = S;` on the class's last line.
    if (fromSource && s.type === "ExportDefaultDeclaration" && s.declaration.type === "ClassDeclaration" && s.declaration.id)
      lines.add(s.loc?.end.line ?? 0);
  }
  return lines;
}

/** Every identifier name in a value position, with the line it is first seen on. */
export function valueNames(root: t.Node, fromSource: boolean): Map<string, number> {
  const names = new Map<string, number>();
  const stack: t.Node[] = [root];
  let budget = 2_000_000;
  while (stack.length > 0 && budget-- > 0) {
    const n = stack.pop()!;
    if (fromSource && erased(n)) continue;
    // `this` as a TypeScript parameter is a type annotation of the function, not a value.
    if (n.type === "Identifier" && n.name !== "this" && !names.has(n.name)) names.set(n.name, n.loc?.start.line ?? 1);
    for (const key of Object.keys(n)) {
      if (SKIP_KEYS.has(key) || (fromSource && TYPE_KEYS.has(key))) continue;
      const v = (n as unknown as Record<string, unknown>)[key];
      if (Array.isArray(v)) {
        for (const c of v) if (c && typeof c === "object" && typeof (c as t.Node).type === "string") stack.push(c as t.Node);
      } else if (v && typeof v === "object" && typeof (v as t.Node).type === "string") stack.push(v as t.Node);
    }
  }
  return names;
}
