// `node dist/bench/cpu-profile.js <file.cpuprofile> [top] [pattern]`: where a V8 CPU profile
// (`node --cpu-prof`, or the inspector's Profiler domain) spent its time. Prints self time by
// function and by module (a project file, a package, a node: builtin), and with a pattern the
// inclusive time of matching functions. Inclusive time stops at an await: the continuation is
// sampled under the microtask queue, not under the function that awaited.
import { readFileSync } from "node:fs";

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** A package under node_modules, a builtin, or a path below dist/. */
function moduleOf(url: string): string {
  if (!url) return "(native, GC, idle)";
  const at = url.lastIndexOf("node_modules/");
  if (at >= 0) {
    const [scope, name] = url.slice(at + "node_modules/".length).split("/");
    return scope!.startsWith("@") ? `${scope}/${name}` : scope!;
  }
  const dist = url.indexOf("/dist/");
  return dist >= 0 ? url.slice(dist + "/dist/".length) : url;
}

function frameName(node: ProfileNode): string {
  const f = node.callFrame;
  return `${f.functionName || "(anonymous)"} ${moduleOf(f.url)}:${f.lineNumber + 1}`;
}

function print(title: string, totals: Map<string, number>, totalUs: number, top: number): void {
  process.stdout.write(`\n${title} (of ${(totalUs / 1000).toFixed(0)} ms sampled)\n`);
  for (const [name, us] of [...totals].sort((a, b) => b[1] - a[1]).slice(0, top)) {
    const share = `${((100 * us) / totalUs).toFixed(1)}%`.padStart(6);
    process.stdout.write(`${share} ${`${(us / 1000).toFixed(0)} ms`.padStart(9)}  ${name.slice(0, 140)}\n`);
  }
}

const [file, topArg, pattern] = process.argv.slice(2);
if (!file) {
  process.stderr.write("usage: node dist/bench/cpu-profile.js <file.cpuprofile> [top] [pattern]\n");
  process.exit(2);
}
const profile = JSON.parse(readFileSync(file, "utf8")) as Profile;
const top = Number(topArg ?? 30);
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const selfUs = new Map<number, number>();
let totalUs = 0;
profile.samples.forEach((id, i) => {
  const us = profile.timeDeltas[i] ?? 0;
  totalUs += us;
  selfUs.set(id, (selfUs.get(id) ?? 0) + us);
});

const byFunction = new Map<string, number>();
const byModule = new Map<string, number>();
for (const [id, us] of selfUs) {
  const node = byId.get(id)!;
  const name = frameName(node);
  byFunction.set(name, (byFunction.get(name) ?? 0) + us);
  const mod = moduleOf(node.callFrame.url);
  byModule.set(mod, (byModule.get(mod) ?? 0) + us);
}
print("self time by function", byFunction, totalUs, top);
print("self time by module", byModule, totalUs, top);

if (pattern) {
  const match = new RegExp(pattern);
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const inclusive = new Map<string, number>();
  for (const [id, us] of selfUs) {
    // A recursive function counts once per sample.
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const name = frameName(byId.get(at)!);
      if (!match.test(name) || seen.has(name)) continue;
      seen.add(name);
      inclusive.set(name, (inclusive.get(name) ?? 0) + us);
    }
  }
  print(`inclusive time of /${pattern}/`, inclusive, totalUs, top);
}
