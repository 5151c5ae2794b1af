// Skill source (TypeScript or JavaScript module) → the classic script isolated-vm runs. Types are
// stripped by sucrase; `export default` becomes an assignment onto an exports object that the
// prelude owns; `import`/`require` have nothing to resolve and fail when reached. The audit parses
// this same text (src/validator/artifact.ts), so what is checked is what runs.
import { transform } from "sucrase";

export type TranspileResult = { ok: true; script: string } | { ok: false; message: string };

/** The wrapper around sucrase's output: its own directive makes every skill function strict. */
export const SCRIPT_HEAD = '(function (exports, module, require) {"use strict";';
export const SCRIPT_TAIL = "\n})(__skillforge_exports, { exports: __skillforge_exports }, undefined);";

export function transpileSkill(source: string): TranspileResult {
  try {
    const { code } = transform(source, {
      transforms: ["typescript", "imports"],
      disableESTransforms: true,
      production: true,
    });
    // The wrapper's parameters shadow module-ish names; `require` is deliberately undefined.
    return { ok: true, script: `${SCRIPT_HEAD}${code}${SCRIPT_TAIL}` };
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    return { ok: false, message: `the skill does not parse: ${message.slice(0, 500)}` };
  }
}
