import { compileSchema } from "../../json-schema/index.js";
import { ApiError } from "./errors.js";

/** Compiles a body schema once (strict, every error); the checker throws VALIDATION_FAILED with the reasons. */
export function bodyChecker<T>(schema: object): (value: unknown) => T {
  const compiled = compileSchema(schema, "host");
  if ("error" in compiled) throw new Error(`body schema does not compile: ${compiled.error}`);
  return function checkBody(value: unknown): T {
    const reason = compiled.check(value);
    if (reason !== null) throw new ApiError("VALIDATION_FAILED", reason.replace(/(^|; )\/ /g, "$1body "));
    return value as T;
  };
}
