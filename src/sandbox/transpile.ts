// Skill source (TypeScript or JavaScript module) → a classic script isolated-vm can run. Types are
// stripped by sucrase; `export default` becomes an assignment onto an exports object that the
// prelude owns; `import`/`require` have nothing to resolve and fail when reached.
import { transform } from "sucrase";

export type TranspileResult = { ok: true; script: string } | { ok: false; message: string };

export function transpileSkill(source: string): TranspileResult {
  try {
    const { code } = transform(source, {
      transforms: ["typescript", "imports"],
      disableESTransforms: true,
      production: true,
    });
    // The wrapper's parameters shadow module-ish names; `require` is deliberately undefined.
    const script = `(function (exports, module, require) {${code}\n})(__skillforge_exports, { exports: __skillforge_exports }, undefined);`;
    return { ok: true, script };
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    return { ok: false, message: `the skill does not parse: ${message.slice(0, 500)}` };
  }
}
