import { Ajv, type ErrorObject, type ValidateFunction } from "ajv";
import { ApiError } from "./errors.js";

// One ajv for request bodies: strict schemas, no coercion, every error reported.
const ajv = new Ajv({ allErrors: true, strict: true });

function describe(errors: ErrorObject[] | null | undefined): string {
  return (errors ?? []).slice(0, 5).map((e) => `${e.instancePath || "body"} ${e.message ?? "is invalid"}`).join("; ");
}

/** Compiles a body schema once; the returned checker throws VALIDATION_FAILED with the reasons. */
export function bodyChecker<T>(schema: object): (value: unknown) => T {
  const validate: ValidateFunction = ajv.compile(schema);
  return function checkBody(value: unknown): T {
    if (!validate(value)) throw new ApiError("VALIDATION_FAILED", describe(validate.errors));
    return value as T;
  };
}
