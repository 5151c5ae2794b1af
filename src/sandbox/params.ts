// Host-side validation of an action's params against its params_schema, before the skill sees
// them. Runs in the worker process: a schema built to make ajv spin can only stall a process the
// service kills at the deadline. The compiler is the one the audit used (src/json-schema), so a
// schema that passed the audit compiles here.
import { compileSchema, type CompiledSchema } from "../json-schema/index.js";

/** Compiled schemas by their JSON text: a warm call neither parses nor re-serialises its schema. */
const byText = new Map<string, CompiledSchema | string>();
const BY_TEXT_MAX = 256;

function compiledOf(schemaText: string): CompiledSchema | string {
  let entry = byText.get(schemaText);
  if (entry !== undefined) return entry;
  let schema: unknown;
  try {
    schema = JSON.parse(schemaText);
  } catch {
    return "params_schema is not JSON";
  }
  const compiled = compileSchema(schema, "skill");
  entry = "error" in compiled ? `params_schema does not compile: ${compiled.error}` : compiled;
  if (byText.size >= BY_TEXT_MAX) byText.delete(byText.keys().next().value!);
  byText.set(schemaText, entry);
  return entry;
}

/** Returns null when `params` are valid against the schema (JSON text), otherwise a short reason. */
export function checkParams(schemaText: string, params: unknown): string | null {
  const compiled = compiledOf(schemaText);
  if (typeof compiled === "string") return compiled;
  const reason = compiled.check(params);
  return reason === null ? null : `params${reason.startsWith("/ ") ? " " + reason.slice(2) : reason}`;
}

/** Builds and exercises ajv once, so a worker's first executeAction does not pay for it. */
export function warmParams(): void {
  checkParams(JSON.stringify({ type: "object", properties: { n: { type: "number" } } }), { n: 1 });
}
