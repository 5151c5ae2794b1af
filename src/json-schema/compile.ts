import AjvModule, { type ErrorObject, type ValidateFunction } from "ajv";
import Ajv2020Module from "ajv/dist/2020.js";
import addFormatsModule from "ajv-formats";
import { RE2JS } from "re2js";
import type { Json, JsonSchema } from "../contract/index.js";
import { schemaLimitProblem } from "./limits.js";

/**
 * `skill`: schemas a skill or an LLM wrote (params, config, rows): tolerant of unknown keywords,
 * first error only, limits enforced. `host`: our own request-body schemas: strict, every error.
 */
export type SchemaProfile = "skill" | "host";

export interface CompiledSchema {
  /** Null when `value` is valid, else a short reason (`/amount_ml must be number`). */
  check(value: unknown): string | null;
}

type Compiler = { compile(schema: object | boolean): ValidateFunction };
type CompilerClass = new (options: object) => Compiler;
// ESM interop: these packages are CommonJS with a `default` property.
const interop = <T>(m: unknown): T => ((m as { default?: T }).default ?? m) as T;
const Ajv07 = interop<CompilerClass>(AjvModule);
const Ajv2020 = interop<CompilerClass>(Ajv2020Module);
const addFormats = interop<(ajv: Compiler) => void>(addFormatsModule);

const DRAFT_07 = /^https?:\/\/json-schema\.org\/draft-07\/schema#?$/;
const DRAFT_2020 = /^https?:\/\/json-schema\.org\/draft\/2020-12\/schema#?$/;
const CACHE_MAX = 512;

// `pattern` and `patternProperties` run on RE2 (re2js): linear time whatever the pattern, so a
// skill's schema cannot make the host backtrack for seconds (`^(a+)+$` against "aaaa…b").
const re2: ((pattern: string) => { test(s: string): boolean; toString(): string }) & { code: string } = Object.assign(
  (pattern: string) => {
    const re = RE2JS.compile(pattern);
    // ajv shares compiled patterns by `toString()`: it must name the pattern, or every pattern
    // of an ajv instance would run as the first one compiled.
    return { test: (s: string) => re.test(s), toString: () => `re2:${pattern}` };
  },
  { code: "re2js" },
);

const OPTIONS: Record<SchemaProfile, object> = {
  skill: { strict: false, allErrors: false, logger: false, validateFormats: true, code: { regExp: re2 } },
  host: { strict: true, allErrors: true, logger: false, validateFormats: true, code: { regExp: re2 } },
};

export type Draft = "07" | "2020";
const shared = new Map<string, Compiler>();
const cache = new Map<string, CompiledSchema | string>();

function newCompiler(profile: SchemaProfile, draft: Draft): Compiler {
  const ajv = new (draft === "2020" ? Ajv2020 : Ajv07)(OPTIONS[profile]);
  addFormats(ajv);
  return ajv;
}

function hasId(node: Json): boolean {
  if (Array.isArray(node)) return node.some(hasId);
  if (node === null || typeof node !== "object") return false;
  return Object.hasOwn(node, "$id") || Object.values(node).some(hasId);
}

function describe(errors: ErrorObject[] | null | undefined, all: boolean): string {
  const list = (errors ?? []).slice(0, all ? 5 : 1);
  if (list.length === 0) return "is invalid";
  return list.map((e) => `${e.instancePath || "/"} ${e.message ?? "is invalid"}`).join("; ");
}

function compileFresh(schema: JsonSchema, profile: SchemaProfile): CompiledSchema | string {
  if (typeof schema === "boolean") return { check: (v) => (schema || v === undefined ? null : "/ is not allowed") };
  if (schema === null || typeof schema !== "object" || Array.isArray(schema))
    return "a JSON Schema must be an object or a boolean";
  const limit = schemaLimitProblem(schema);
  if (limit) return limit;
  const copy = JSON.parse(JSON.stringify(schema)) as Record<string, Json>;
  const declared = copy.$schema;
  let draft: Draft = "07";
  if (typeof declared === "string" && DRAFT_2020.test(declared)) draft = "2020";
  else if (declared !== undefined && !(typeof declared === "string" && DRAFT_07.test(declared))) {
    return `unsupported $schema ${JSON.stringify(declared)} (use draft-07 or 2020-12)`;
  }
  delete copy.$schema; // each compiler knows its own meta-schema, whatever spelling the author used
  // A schema with `$id` registers that id on its compiler: it gets a compiler of its own, so one
  // skill's `$id` can never collide with (or stand in for) another's.
  const ajv = hasId(copy)
    ? newCompiler(profile, draft)
    : (shared.get(`${profile}:${draft}`) ??
      (() => {
        const c = newCompiler(profile, draft);
        shared.set(`${profile}:${draft}`, c);
        return c;
      })());
  let validate: ValidateFunction;
  try {
    validate = ajv.compile(copy);
  } catch (err) {
    return (err instanceof Error ? err.message : String(err)).split("\n")[0]!.slice(0, 300);
  } finally {
    (ajv as unknown as { removeSchema(s: object): void }).removeSchema(copy);
  }
  const all = profile === "host";
  return { check: (value) => (validate(value) ? null : describe(validate.errors, all)) };
}

/** Compiles (cached by content and profile): the compiled schema, or a one-line reason it does not compile. */
export function compileSchema(
  schema: JsonSchema | unknown,
  profile: SchemaProfile = "skill",
): CompiledSchema | { error: string } {
  let key: string;
  try {
    key = `${profile}\u0000${JSON.stringify(schema)}`;
  } catch {
    return { error: "a JSON Schema must be plain JSON" };
  }
  let entry = cache.get(key);
  if (entry === undefined) {
    entry = compileFresh(schema as JsonSchema, profile);
    if (cache.size >= CACHE_MAX) cache.delete(cache.keys().next().value!);
    cache.set(key, entry);
  }
  return typeof entry === "string" ? { error: entry } : entry;
}

let formats: ReadonlySet<string> | undefined;
/** Whether the compiler checks this `format` (ajv-formats); any other name is ignored, not enforced. */
export function isKnownFormat(name: string): boolean {
  formats ??= new Set(Object.keys((newCompiler("skill", "07") as unknown as { formats: Record<string, unknown> }).formats));
  return formats.has(name);
}

/** Which draft a schema is validated by: 2020-12 when its `$schema` says so, otherwise draft-07. */
export function draftOf(schema: unknown): Draft {
  const declared = schema && typeof schema === "object" ? (schema as { $schema?: unknown }).$schema : undefined;
  return typeof declared === "string" && DRAFT_2020.test(declared) ? "2020" : "07";
}

/** Null when `schema` compiles under `profile`, else why not. */
export function schemaProblem(schema: JsonSchema | unknown, profile: SchemaProfile = "skill"): string | null {
  const compiled = compileSchema(schema, profile);
  return "error" in compiled ? compiled.error : null;
}
