// Host-side validation of an action's params against its params_schema, before the skill sees
// them. Runs in the worker process: a schema built to make ajv or a `pattern` spin can only stall
// a process the service kills at the deadline. Synchronous, like everything in the worker.
import AjvModule, { type ValidateFunction } from "ajv";
import Ajv2020Module from "ajv/dist/2020.js";
import addFormatsModule from "ajv-formats";
import type { JsonSchema } from "../contract/index.js";

type Compiler = { compile(schema: JsonSchema): ValidateFunction };
type CompilerClass = new (o: object) => Compiler;
// ESM interop: these packages are CommonJS with a `default` property.
const interop = <T>(m: unknown): T => ((m as { default?: T }).default ?? m) as T;
const Ajv07 = interop<CompilerClass>(AjvModule);
const Ajv2020 = interop<CompilerClass>(Ajv2020Module);
const addFormats = interop<(ajv: Compiler) => void>(addFormatsModule);
const compilers: { draft07?: Compiler; draft2020?: Compiler } = {};
const cache = new Map<string, ValidateFunction>();
const CACHE_MAX = 256;

function compilerFor(schema: JsonSchema): Compiler {
  const uri = typeof schema === "object" && typeof schema.$schema === "string" ? schema.$schema : "";
  const modern = /2019-09|2020-12/.test(uri);
  const slot = modern ? "draft2020" : "draft07";
  const existing = compilers[slot];
  if (existing) return existing;
  const options = { strict: false, allErrors: false, validateFormats: true };
  const ajv = modern ? new Ajv2020(options) : new Ajv07(options);
  addFormats(ajv);
  compilers[slot] = ajv;
  return ajv;
}

/** Returns null when `params` are valid against the schema (JSON text), otherwise a short reason. */
export function checkParams(schemaText: string, params: unknown): string | null {
  let validate = cache.get(schemaText);
  if (!validate) {
    try {
      const schema = JSON.parse(schemaText) as JsonSchema;
      validate = compilerFor(schema).compile(schema);
    } catch (err) {
      return `params_schema does not compile: ${(err instanceof Error ? err.message : String(err)).slice(0, 300)}`;
    }
    if (cache.size >= CACHE_MAX) cache.delete(cache.keys().next().value!);
    cache.set(schemaText, validate);
  }
  if (validate(params)) return null;
  const first = validate.errors?.[0];
  return first ? `params${first.instancePath} ${first.message ?? "is invalid"}` : "params are invalid";
}

/** Builds and exercises ajv once, so a worker's first executeAction does not pay for it. */
export function warmParams(): void {
  checkParams(JSON.stringify({ type: "object", properties: { n: { type: "number" } } }), { n: 1 });
}
