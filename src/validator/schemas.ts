// JSON Schema checks with ajv: draft-07 by default, draft 2020-12 when `$schema` says so.
// Options match what a host validator would use: formats from ajv-formats, unknown keywords
// tolerated (`strict: false`), nothing logged.
import AjvModule from "ajv";
import Ajv2020Module from "ajv/dist/2020.js";
import addFormatsModule from "ajv-formats";
import type { JsonSchema } from "../contract/index.js";

type AjvInstance = { compile(schema: unknown): unknown; removeSchema(schema: unknown): unknown };
type AjvClass = new (opts: Record<string, unknown>) => AjvInstance;

// ESM interop: these packages are CommonJS with a `default` property.
const interop = <T>(m: unknown): T => ((m as { default?: T }).default ?? m) as T;
const Ajv07 = interop<AjvClass>(AjvModule);
const Ajv2020 = interop<AjvClass>(Ajv2020Module);
const addFormats = interop<(ajv: AjvInstance) => void>(addFormatsModule);

const DRAFT_07 = /^https?:\/\/json-schema\.org\/draft-07\/schema#?$/;
const DRAFT_2020 = /^https?:\/\/json-schema\.org\/draft\/2020-12\/schema#?$/;
const CACHE_LIMIT = 256;

/** Compiles schemas; outcomes are cached by content (the same schema recurs across audits and repairs). */
export class SchemaChecker {
  #draft07: AjvInstance | undefined;
  #draft2020: AjvInstance | undefined;
  readonly #outcomes = new Map<string, string | null>();

  #instance(draft: "07" | "2020"): AjvInstance {
    const create = (C: AjvClass): AjvInstance => {
      const ajv = new C({ strict: false, logger: false, allErrors: false });
      addFormats(ajv);
      return ajv;
    };
    if (draft === "2020") return (this.#draft2020 ??= create(Ajv2020));
    return (this.#draft07 ??= create(Ajv07));
  }

  /** Null when `schema` compiles, else a one-line reason. */
  check(schema: JsonSchema | unknown): string | null {
    if (typeof schema === "boolean") return null;
    if (schema === null || typeof schema !== "object" || Array.isArray(schema)) return "a JSON Schema must be an object or a boolean";
    const key = JSON.stringify(schema);
    const cached = this.#outcomes.get(key);
    if (cached !== undefined) return cached;
    const outcome = this.#compile(JSON.parse(key) as Record<string, unknown>);
    if (this.#outcomes.size >= CACHE_LIMIT) this.#outcomes.delete(this.#outcomes.keys().next().value!);
    this.#outcomes.set(key, outcome);
    return outcome;
  }

  #compile(schema: Record<string, unknown>): string | null {
    const declared = schema.$schema;
    let draft: "07" | "2020" = "07";
    if (typeof declared === "string" && DRAFT_2020.test(declared)) draft = "2020";
    else if (declared !== undefined && !(typeof declared === "string" && DRAFT_07.test(declared))) {
      return `unsupported $schema ${JSON.stringify(declared)} (use draft-07 or 2020-12)`;
    }
    if (typeof declared === "string") delete schema.$schema; // each instance knows its own meta-schema
    const ajv = this.#instance(draft);
    try {
      ajv.compile(schema);
      return null;
    } catch (err) {
      return (err instanceof Error ? err.message : String(err)).split("\n")[0]!;
    } finally {
      ajv.removeSchema(schema);
    }
  }
}
