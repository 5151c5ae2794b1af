// Run after the TypeScript build: dumps the migrated empty embedded database that new data
// folders start from (see pglite-template.ts). A no-op when the current template is up to date.
import { buildTemplate, templateFile } from "./pglite-template.js";

const started = performance.now();
if (await buildTemplate()) {
  process.stdout.write(`built ${templateFile()} in ${Math.round(performance.now() - started)} ms\n`);
}
