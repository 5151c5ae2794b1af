// SKILL.md as the Agent Skills format wants it: YAML frontmatter with `name` (1–64 characters of
// lowercase letters, digits and single hyphens, the folder's name) and `description` (1–1024
// characters), optional `license`, `compatibility` (≤ 500), `metadata` (string → string) and
// `allowed-tools`; nothing else. We write a small, fixed subset of YAML (JSON-quoted scalars) and
// read back the same subset.

const NAME_RE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const ALLOWED = new Set(["name", "description", "license", "compatibility", "metadata", "allowed-tools"]);

export interface SkillMdFrontmatter {
  name: string;
  description: string;
  metadata?: Record<string, string>;
  [key: string]: unknown;
}

const FRONTMATTER_RE = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/;

function scalar(raw: string): string {
  const v = raw.trim();
  if (v.startsWith('"')) return JSON.parse(v) as string;
  if (v.startsWith("'") && v.endsWith("'")) return v.slice(1, -1).replace(/''/g, "'");
  return v;
}

/** The frontmatter and the body, or why the frontmatter cannot be read. */
export function parseSkillMd(text: string): { frontmatter: Record<string, unknown>; body: string } | { error: string } {
  const m = FRONTMATTER_RE.exec(text);
  if (!m) return { error: "SKILL.md must start with a --- frontmatter block" };
  const frontmatter: Record<string, unknown> = {};
  let nested: Record<string, string> | undefined;
  for (const line of m[1]!.split(/\r?\n/)) {
    if (line.trim() === "" || line.trimStart().startsWith("#")) continue;
    const indented = /^\s+/.test(line);
    const kv = /^\s*([A-Za-z0-9_-]+):(?:\s+(.*))?$/.exec(line);
    if (!kv) return { error: `frontmatter line not understood: ${JSON.stringify(line.slice(0, 80))}` };
    try {
      if (indented) {
        if (!nested) return { error: `indented line outside a map: ${JSON.stringify(line.slice(0, 80))}` };
        nested[kv[1]!] = scalar(kv[2] ?? "");
      } else if (kv[2] === undefined || kv[2].trim() === "") {
        nested = {};
        frontmatter[kv[1]!] = nested;
      } else {
        nested = undefined;
        frontmatter[kv[1]!] = scalar(kv[2]);
      }
    } catch {
      return { error: `frontmatter value of ${kv[1]} is not a valid quoted string` };
    }
  }
  return { frontmatter, body: text.slice(m[0].length) };
}

/** Everything wrong with a SKILL.md under the Agent Skills rules; empty when it is valid. */
export function skillMdProblems(text: string, folderName?: string): string[] {
  const parsed = parseSkillMd(text);
  if ("error" in parsed) return [parsed.error];
  const fm = parsed.frontmatter;
  const problems: string[] = [];
  for (const key of Object.keys(fm)) if (!ALLOWED.has(key)) problems.push(`unexpected frontmatter field ${key}`);
  const name = fm.name;
  if (typeof name !== "string" || name.length < 1 || name.length > 64 || !NAME_RE.test(name)) {
    problems.push("name must be 1-64 lowercase letters, digits and single hyphens, not starting or ending with a hyphen");
  } else if (folderName !== undefined && name !== folderName) {
    problems.push(`name ${name} must match the folder name ${folderName}`);
  }
  const description = fm.description;
  if (typeof description !== "string" || description.trim().length < 1 || description.length > 1024)
    problems.push("description must be 1-1024 characters");
  if (fm.compatibility !== undefined && (typeof fm.compatibility !== "string" || fm.compatibility.length > 500))
    problems.push("compatibility must be at most 500 characters");
  if (fm.license !== undefined && typeof fm.license !== "string") problems.push("license must be a string");
  if (
    fm.metadata !== undefined &&
    (typeof fm.metadata !== "object" || fm.metadata === null || Object.values(fm.metadata).some((v) => typeof v !== "string"))
  ) {
    problems.push("metadata must map strings to strings");
  }
  return problems;
}

/** Writes a SKILL.md: our frontmatter over the version's own text (its frontmatter, if any, replaced). */
export function renderSkillMd(fm: SkillMdFrontmatter, body: string): string {
  const lines = ["---", `name: ${JSON.stringify(fm.name)}`, `description: ${JSON.stringify(fm.description)}`];
  if (fm.metadata) {
    lines.push("metadata:");
    for (const [k, v] of Object.entries(fm.metadata)) lines.push(`  ${k}: ${JSON.stringify(v)}`);
  }
  lines.push("---", "");
  const own = parseSkillMd(body);
  return `${lines.join("\n")}${"error" in own ? body : own.body}`.replace(/\s*$/, "\n");
}
