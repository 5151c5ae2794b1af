// `npm run bench`: runs every `*.bench.js` beside this file (one per stage), then prints the
// figures as a table and as JSON. Ratios are always against a baseline measured in the same run.
import { readdir } from "node:fs/promises";
import { fileURLToPath, pathToFileURL } from "node:url";
import { dirname, join } from "node:path";
import type { BenchFigure, BenchSuite } from "./types.js";
import { round } from "./stats.js";

const here = dirname(fileURLToPath(import.meta.url));

async function loadSuites(filter: string | undefined): Promise<BenchSuite[]> {
  const files = (await readdir(here)).filter((f) => f.endsWith(".bench.js")).sort();
  const suites: BenchSuite[] = [];
  for (const file of files) {
    const mod = (await import(pathToFileURL(join(here, file)).href)) as { suite: BenchSuite };
    if (!filter || mod.suite.name.includes(filter)) suites.push(mod.suite);
  }
  return suites;
}

function table(figures: BenchFigure[]): string {
  const rows = figures.map((f) => [
    f.suite,
    f.name,
    `${round(f.value)} ${f.unit}`,
    f.baseline ? `${f.baseline.name} = ${round(f.baseline.value)}` : "",
    f.ratio === undefined ? "" : `${round(f.ratio, 2)}×`,
    f.target ?? "",
  ]);
  const head = ["suite", "figure", "value", "baseline (same run)", "ratio", "target"];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => c.padEnd(widths[i]!))
      .join("  ")
      .trimEnd();
  return [line(head), line(widths.map((w) => "-".repeat(w))), ...rows.map(line)].join("\n");
}

const suites = await loadSuites(process.argv[2]);
const figures: BenchFigure[] = [];
for (const suite of suites) {
  process.stderr.write(`bench: ${suite.name} …\n`);
  figures.push(...(await suite.run()));
}
process.stdout.write(`${table(figures)}\n\n${JSON.stringify({ figures }, null, 2)}\n`);
