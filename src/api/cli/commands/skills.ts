// `skillforge skills list|show|versions|rollback|reenable|archive|restore|export|import`.
import { resolve } from "node:path";
import type { Quarantine, SkillDetail, SkillSummary, SkillVersion, SwitchResult } from "../../../registry/index.js";
import { parseCommandArgs } from "../args.js";
import { TENANT_OPTIONS, withRegistry } from "../registry-session.js";
import { EXIT_OK, UsageError, type CliIo, type Command } from "../types.js";

const USAGE =
  "skillforge skills list | show <slug> | versions <slug> | rollback <slug> [--to <version>] | reenable <slug>[@<version>] | archive <slug> | restore <slug> | export <slug>[@<version>] <dir|file.tar.gz> | import <dir|file.tar.gz>   (all take --tenant ID, --json, --data-dir DIR)";

const ARITY: Record<string, number> = {
  list: 0,
  show: 1,
  versions: 1,
  rollback: 1,
  reenable: 1,
  archive: 1,
  restore: 1,
  export: 2,
  import: 1,
};

const quarantined = (q: Quarantine | null) => (q ? `  QUARANTINED since ${q.at}: ${q.reason} (skillforge skills reenable)` : "");
const summaryLine = (s: SkillSummary) =>
  `${s.slug}  ${s.status}  ${s.activeVersion?.tag ?? "(no active version)"}  last used ${s.lastUsedAt ?? "never"}${quarantined(s.quarantine)}`;
const versionLine = (v: SkillVersion) =>
  `${v.active ? "*" : " "} ${v.tag}  ${v.status}  ${v.sourceSha256.slice(0, 12)}  ${v.capabilities.join(", ") || "(no capabilities)"}${quarantined(v.quarantine)}`;

function printDetail(io: CliIo, d: SkillDetail): void {
  io.out(`${summaryLine(d)}\n${d.name}: ${d.description}`);
  for (const v of d.versions) {
    const u = d.usage.find((x) => x.versionId === v.id);
    io.out(
      `${versionLine(v)}${u ? `  calls ${u.calls}, errors ${u.errors}, p50 ${u.p50Ms?.toFixed(1)} ms, p95 ${u.p95Ms?.toFixed(1)} ms` : ""}`,
    );
  }
}

function printSwitch(io: CliIo, r: SwitchResult): void {
  io.out(`${r.slug}: ${r.from?.tag ?? "(none)"} → ${r.to.tag}`);
  if (r.collectionsDiffer.length > 0)
    io.out(`note: the row schemas of ${r.collectionsDiffer.join(", ")} differ between these versions; the data was not touched`);
}

export const command: Command = {
  summary: "List, show, roll back, re-enable, archive, restore, export and import the tenant's skills.",
  usage: USAGE,
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(args, { ...TENANT_OPTIONS, to: { type: "string" } }, USAGE);
    const [sub, ...rest] = positionals;
    if (!sub || !Object.hasOwn(ARITY, sub) || rest.length !== ARITY[sub]) {
      throw new UsageError(
        sub
          ? `unknown or malformed subcommand "skills ${positionals.join(" ")}" (usage: ${USAGE})`
          : `missing subcommand (usage: ${USAGE})`,
      );
    }
    if (values.to !== undefined && sub !== "rollback") throw new UsageError("--to only applies to rollback");
    const print = (value: unknown, human: () => void) => (values.json ? io.out(JSON.stringify(value)) : human());
    return withRegistry(io, "skills", values, async (backend, tenantId) => {
      const slug = rest[0]!;
      switch (sub) {
        case "list": {
          const skills = await backend.skills.list(tenantId);
          print({ skills }, () => io.out(skills.length ? skills.map(summaryLine).join("\n") : "no skills"));
          break;
        }
        case "show": {
          const detail = await backend.skills.show(tenantId, slug);
          print(detail, () => printDetail(io, detail));
          break;
        }
        case "versions": {
          const versions = await backend.skills.versions(tenantId, slug);
          print({ versions }, () => io.out(versions.map(versionLine).join("\n")));
          break;
        }
        case "rollback": {
          const result = await backend.skills.rollback(tenantId, slug, values.to);
          print(result, () => printSwitch(io, result));
          break;
        }
        case "reenable": {
          const [name, version] = slug.split("@");
          const result = await backend.skills.reenable(tenantId, name!, version);
          print(result, () => io.out(`${result.tag}: ${result.changed ? "re-enabled; calls run again" : "was not quarantined"}`));
          break;
        }
        case "archive":
        case "restore": {
          const result = await backend.skills.lifecycle(tenantId, slug, sub);
          print(result, () => io.out(`${result.slug}: ${result.status}${result.changed ? "" : " (unchanged)"}`));
          break;
        }
        case "export": {
          const [name, version] = slug.split("@");
          const { writeBundle } = await import("../../../registry/index.js");
          const bundle = await backend.skills.exportVersion(tenantId, name!, version);
          const path = await writeBundle(bundle, resolve(io.cwd, rest[1]!));
          print({ path, files: Object.keys(bundle.files) }, () => io.out(`exported ${name} to ${path}`));
          break;
        }
        case "import": {
          const { readBundle } = await import("../../../registry/index.js");
          const bundle = await readBundle(resolve(io.cwd, slug)).catch((err: NodeJS.ErrnoException) => {
            if (err.code === "ENOENT" || err.code === "ENOTDIR" || err.code === "EACCES")
              throw new UsageError(
                `cannot read ${slug}: ${err.code === "EACCES" ? "permission denied" : "no such file or folder"}`,
              );
            throw err;
          });
          const version = await backend.skills.importBundle(tenantId, bundle);
          print(version, () => io.out(`imported ${version.tag} (${version.status}); it becomes active once approved`));
          break;
        }
      }
      return EXIT_OK;
    });
  },
};
