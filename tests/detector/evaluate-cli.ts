// Prints the detector's scores on a labelled set, per language:
//   npx tsx tests/detector/evaluate-cli.ts [set.json] [--misses] [--detector path/to/index.ts]
// Without a file it scores tests/detector/blind-set-a.json; `existing` scores the tables in tests/detector.
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { precision, recall, scoreSet, subjectAccuracy, type LabelledSet, type Tally } from "./evaluate.js";

const args = process.argv.slice(2);
const at = args.indexOf("--detector");
const detectorPath = at >= 0 ? resolve(args[at + 1]!) : resolve("src/detector/index.ts");
const file = args.find((a, i) => !a.startsWith("--") && (at < 0 || i !== at + 1)) ?? "tests/detector/blind-set-a.json";
const detector = (await import(pathToFileURL(detectorPath).href)) as typeof import("../../src/detector/index.js");
// "existing" scores the tables written while the detector was built.
const set =
  file === "existing"
    ? (await import("./existing-set.js")).existingSet()
    : (JSON.parse(readFileSync(file, "utf8")) as LabelledSet);
const report = scoreSet(set, detector.parseRequest, detector.detectNeeds);

const pct = (x: number): string => `${(x * 100).toFixed(1)}%`.padStart(7);
const line = (name: string, t: Tally): string => {
  const convs = report.conversations.filter((c) => name === "all" || c.lang === name);
  return `${name.padEnd(4)} ${pct(precision(t))} ${pct(recall(t))} ${pct(subjectAccuracy(t))} ${`${t.fieldsOk}/${t.fieldsAsked}`.padStart(7)} ${String(t.fieldsExtra).padStart(5)} ${`${convs.filter((c) => c.ok).length}/${convs.length}`.padStart(6)}   tp ${t.tp} fp ${t.fp} fn ${t.fn}`;
};
// fields: requests with every labelled field found / requests with labelled fields; extra:
// requests given a field the label does not ask for.
console.log(`${file}\nlang precis  recall subject  fields extra  convs`);
for (const [lang, t] of [...report.byLanguage].sort()) console.log(line(lang, t));
console.log(line("all", report.total));
if (args.includes("--misses")) {
  for (const m of report.misses) console.log(`${m.kind.padEnd(7)} ${m.id} ${JSON.stringify(m.text)} got=${m.got} want=${m.want}`);
  for (const c of report.conversations.filter((x) => !x.ok))
    console.log(`conv    ${c.id} got=${c.got.join(",")} want=${c.want.join(",")}`);
}
