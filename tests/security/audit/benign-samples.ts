// Benign skills in the style an LLM writes them, one file each under benign/, with the exact
// capability set they must get on their first line: `// expect-capabilities: a, b` (or `none`).
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

export interface BenignSample {
  name: string;
  lang: "ts" | "js";
  source: string;
  capabilities: string[];
}

const dir = join(dirname(fileURLToPath(import.meta.url)), "benign");

export function loadBenignSamples(): BenignSample[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith(".sample"))
    .sort()
    .map((file) => {
      const source = readFileSync(join(dir, file), "utf8");
      const header = /^\/\/ expect-capabilities:(.*)$/m.exec(source);
      if (!header) throw new Error(`${file}: missing the expect-capabilities header`);
      const list = header[1]!.trim();
      return {
        name: file.replace(/\.(ts|js)\.sample$/, ""),
        lang: file.includes(".js.") ? "js" : "ts",
        source,
        capabilities:
          list === "none"
            ? []
            : list
                .split(",")
                .map((c) => c.trim())
                .sort(),
      };
    });
}
