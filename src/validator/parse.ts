// The one module of the validator that imports Babel (house style: one vendor per adapter).
// Everything else in the stage works on the AST and paths this module hands out.
import { parse, type ParserOptions } from "@babel/parser";
import traverseModule, { type TraverseOptions } from "@babel/traverse";
import type * as t from "@babel/types";

export type { NodePath, Scope, Binding, Visitor } from "@babel/traverse";
export type { t };

// ESM interop: @babel/traverse is CommonJS with a `default` property.
type TraverseFn = typeof traverseModule.default;
const traverse: TraverseFn =
  (traverseModule as unknown as { default?: TraverseFn }).default ?? (traverseModule as unknown as TraverseFn);

/**
 * Options shared by the audit and the benchmark baseline. `strictMode: false` lets `with` parse so
 * it is reported as its own rule rather than as a syntax error; `errorRecovery` stays off so a
 * malformed skill fails closed.
 */
export const PARSER_OPTIONS: ParserOptions = {
  sourceType: "module",
  plugins: ["typescript"],
  strictMode: false,
  errorRecovery: false,
  attachComment: false,
};

export type ParseResult = { ok: true; ast: t.File } | { ok: false; message: string; line: number; column: number };

/** Parses TypeScript or JavaScript; a syntax error is returned as data, never thrown. */
export function parseSkillSource(source: string): ParseResult {
  return parseWith(source, PARSER_OPTIONS);
}

function parseWith(text: string, options: ParserOptions): ParseResult {
  try {
    return { ok: true, ast: parse(text, options) };
  } catch (err) {
    const e = err as { message?: string; loc?: { line: number; column: number } };
    const message = String(e.message ?? err).replace(/\s*\(\d+:\d+\)$/, "");
    return { ok: false, message, line: e.loc?.line ?? 1, column: e.loc?.column ?? 0 };
  }
}

/**
 * How isolated-vm reads the transpiled skill: a classic script (Annex B included, so `<!--` and
 * `-->` open comments), strict only where a directive says so, plain JavaScript.
 */
export const SCRIPT_OPTIONS: ParserOptions = {
  sourceType: "script",
  errorRecovery: false,
  attachComment: false,
};

/** Parses the script the isolate will run, with the isolate's goal and syntax. */
export function parseExecutedScript(script: string): ParseResult {
  return parseWith(script, SCRIPT_OPTIONS);
}

/** One walk of the whole file with Babel's scope analysis. Throws only on scope-analysis errors. */
export function walk<S>(ast: t.File, visitor: TraverseOptions<S>, state: S): void {
  traverse(ast, visitor, undefined, state);
}
