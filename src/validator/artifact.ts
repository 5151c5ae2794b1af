// One artifact: the audit checks the script the isolate runs, not only the source it came from.
// The source is transpiled by the sandbox's own function, parsed the way isolated-vm reads it
// (a classic script, Annex B, strict by the wrapper's directive), and the skill's statements are
// taken back out of the wrapper. Threat: anything sucrase and Babel's TypeScript parser read
// differently (a line one of them takes for a comment, a binding one of them erases) would
// otherwise run without having been audited.
import { SCRIPT_HEAD, transpileSkill } from "../transpile/index.js";
import { parseExecutedScript, type t } from "./parse.js";
import { statementLines, valueNames } from "./artifact-names.js";

export type Artifact =
  | { ok: true; script: string; file: t.File }
  | { ok: false; rule: "syntax" | "artifact-mismatch"; message: string; line: number; column: number };

const WRAPPER_PARAMS = ["exports", "module", "require"];

/** The executed script, with the skill's own statements as a module (`export default` restored). */
export function buildArtifact(source: string): Artifact {
  const transpiled = transpileSkill(source);
  if (!transpiled.ok) return { ok: false, rule: "syntax", message: transpiled.message, line: 1, column: 0 };
  const parsed = parseExecutedScript(transpiled.script);
  if (!parsed.ok) {
    const message = `the transpiled script does not parse as the isolate reads it: ${parsed.message}`;
    return { ok: false, rule: "syntax", message, line: parsed.line, column: parsed.column };
  }
  const body = wrapperBody(parsed.ast.program);
  if (!body) return mismatch("the transpiled script does not stay inside its wrapper", 1);
  const statements = restoreDefaultExport(body.slice(isEsModuleMarker(body[0]) ? 1 : 0));
  if (!statements) return mismatch("the transpiled script does not export the skill the way the source does", 1);
  const program = { ...parsed.ast.program, body: statements, directives: [], sourceType: "module" } as t.Program;
  return { ok: true, script: transpiled.script, file: { ...parsed.ast, program } as t.File };
}

/**
 * The two parses must agree on what there is: the same top-level statements (by line, which
 * sucrase keeps) and the same value identifiers. A difference means one reader saw code the other
 * did not; the audit refuses rather than guess which one runs.
 */
export function compareWithSource(source: t.File, artifact: t.File): Artifact | undefined {
  const fromSource = statementLines(source.program.body, true);
  const fromScript = statementLines(artifact.program.body, false);
  for (const line of fromScript)
    if (!fromSource.has(line)) return mismatch(`line ${line} holds a statement that the audited source does not`, line);
  for (const line of fromSource)
    if (!fromScript.has(line)) return mismatch(`line ${line} holds a statement that the transpiled script does not`, line);
  const a = valueNames(source.program, true);
  const b = valueNames(artifact.program, false);
  for (const [name, line] of b)
    if (!a.has(name)) return mismatch(`\`${name}\` runs in the transpiled script but is not a value in the source`, line);
  for (const [name, line] of a) if (!b.has(name)) return mismatch(`\`${name}\` is a value in the source but does not run`, line);
  return undefined;
}

function mismatch(message: string, line: number): Artifact {
  return { ok: false, rule: "artifact-mismatch", message, line, column: 0 };
}

function wrapperBody(program: t.Program): t.Statement[] | undefined {
  if (program.body.length !== 1 || program.directives.length !== 0) return undefined;
  const stmt = program.body[0]!;
  if (stmt.type !== "ExpressionStatement" || stmt.expression.type !== "CallExpression") return undefined;
  const call = stmt.expression;
  const fn = call.callee;
  if (fn.type !== "FunctionExpression" || fn.id || fn.async || fn.generator) return undefined;
  if (fn.params.map((p) => (p.type === "Identifier" ? p.name : "")).join() !== WRAPPER_PARAMS.join()) return undefined;
  if (fn.body.directives[0]?.value.value !== "use strict" || fn.body.directives[0].start !== SCRIPT_HEAD.length - 13)
    return undefined;
  if (call.arguments.length !== 3) return undefined;
  return fn.body.body;
}

/** sucrase's `Object.defineProperty(exports, "__esModule", {value: true});` */
function isEsModuleMarker(s: t.Statement | undefined): boolean {
  if (s?.type !== "ExpressionStatement" || s.expression.type !== "CallExpression") return false;
  const { callee, arguments: args } = s.expression;
  return (
    callee.type === "MemberExpression" &&
    !callee.computed &&
    callee.object.type === "Identifier" &&
    callee.object.name === "Object" &&
    callee.property.type === "Identifier" &&
    callee.property.name === "defineProperty" &&
    args.length === 3 &&
    args[0]!.type === "Identifier" &&
    args[0]!.name === "exports" &&
    args[1]!.type === "StringLiteral" &&
    args[1]!.value === "__esModule"
  );
}

function defaultAssignment(s: t.Statement): t.Expression | undefined {
  if (s.type !== "ExpressionStatement" || s.expression.type !== "AssignmentExpression") return undefined;
  const { left, right, operator } = s.expression;
  if (operator !== "=" || left.type !== "MemberExpression" || left.computed) return undefined;
  if (left.object.type !== "Identifier" || left.object.name !== "exports") return undefined;
  return left.property.type === "Identifier" && left.property.name === "default" ? right : undefined;
}

/** `exports.default = X` back to `export default X` (`export default class S` comes back as `class S` + `export default S`). */
function restoreDefaultExport(body: t.Statement[]): t.Statement[] | undefined {
  let found = false;
  const out: t.Statement[] = [];
  for (const s of body) {
    const value = defaultAssignment(s);
    if (value && found) return undefined;
    found ||= value !== undefined;
    out.push(value ? exportOf(value, s) : s);
  }
  return out;
}

function exportOf(declaration: t.Expression, at: t.Node): t.ExportDefaultDeclaration {
  const { start, end, loc } = at;
  return { type: "ExportDefaultDeclaration", declaration, exportKind: "value", start, end, loc } as t.ExportDefaultDeclaration;
}
