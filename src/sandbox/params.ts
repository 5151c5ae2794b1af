// Host-side validation of an action's params against its params_schema, before the skill sees
// them. Runs in the worker process: a schema built to make ajv or a `pattern` spin can only stall
// a process the service kills at the deadline.
import type { ValidateFunction } from "ajv";
import type { JsonSchema } from "../contract/index.js";

type Compiler = { compile(schema: JsonSchema): ValidateFunction };
const compilers: { draft07?: Compiler; draft2020?: Compiler } = {};
const cache = new Map<string, ValidateFunction>();
const CACHE_MAX = 256;

async function compilerFor(schema: JsonSchema): Promise<Compiler> {
  const uri = typeof schema === "object" && typeof schema.$schema === "string" ? schema.$schema : "";
  const modern = /2019-09|2020-12/.test(uri);
  const slot = modern ? "draft2020" : "draft07";
  const existing = compilers[slot];
  if (existing) return existing;
  const formats = (await import("ajv-formats")).default as unknown as (ajv: unknown) => void;
  const Ctor = modern ? (await import("ajv/dist/2020.js")).default : (await import("ajv")).default;
  const ajv = new (Ctor as unknown as new (o: object) => Compiler)({ strict: false, allErrors: false, validateFormats: true });
  formats(ajv);
  compilers[slot] = ajv;
  return ajv;
}

/** Returns null when `params` are valid, otherwise a short reason. */
export async function checkParams(schema: JsonSchema, params: unknown): Promise<string | null> {
  const key = JSON.stringify(schema);
  let validate = cache.get(key);
  if (!validate) {
    try {
      validate = (await compilerFor(schema)).compile(schema);
    } catch (err) {
      return `params_schema does not compile: ${(err instanceof Error ? err.message : String(err)).slice(0, 300)}`;
    }
    if (cache.size >= CACHE_MAX) cache.delete(cache.keys().next().value!);
    cache.set(key, validate);
  }
  if (validate(params)) return null;
  const first = validate.errors?.[0];
  return first ? `params${first.instancePath} ${first.message ?? "is invalid"}` : "params are invalid";
}

/** Loads and exercises ajv once, so a worker's first executeAction does not pay for it. */
export async function warmParams(): Promise<void> {
  await checkParams({ type: "object", properties: { n: { type: "number" } } }, { n: 1 });
}
