// The one JSON Schema module: draft-07 and draft 2020-12, one ajv configuration per profile, a
// compile cache, and the limits that keep a hostile schema from costing the host. Used by the
// validator (skill schemas), the sandbox (params), the API (request bodies) and every stage that
// validates a config or a row. The only module that imports ajv.
export {
  compileSchema,
  draftOf,
  isKnownFormat,
  schemaProblem,
  type CompiledSchema,
  type Draft,
  type SchemaProfile,
} from "./compile.js";
export { SCHEMA_LIMITS } from "./limits.js";
export { schemaKeywordProblem, skillSchemaProblem } from "./keywords.js";
