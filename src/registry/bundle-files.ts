// A bundle on disk: an Agent Skills folder `<dir>/<slug>/…`, or a `.tar.gz` of that folder. The
// only importer of `tar`. Reading refuses anything but small regular files at known paths: an
// archive is user input (path traversal, links, bombs).
import { mkdir, mkdtemp, readFile, readdir, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join, relative, sep } from "node:path";
import * as tar from "tar";
import { SkillforgeError } from "../contract/index.js";
import type { SkillBundle } from "./types.js";

const MAX_FILE_BYTES = 1024 * 1024;
const MAX_FILES = 16;
const FILE_RE = /^(?:SKILL\.md|manifest\.json|scripts\/skill\.(?:ts|js))$/;
const FOLDER_RE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const isTarGz = (path: string): boolean => /\.(?:tar\.gz|tgz)$/i.test(path);

async function writeFolder(bundle: SkillBundle, parent: string): Promise<string> {
  const root = join(parent, bundle.name);
  for (const [path, text] of Object.entries(bundle.files)) {
    const file = join(root, path);
    await mkdir(dirname(file), { recursive: true });
    await writeFile(file, text, "utf8");
  }
  return root;
}

/** Writes the folder under `target` (a directory) or as the archive `target` (`.tar.gz`); returns the path. */
export async function writeBundle(bundle: SkillBundle, target: string): Promise<string> {
  if (!isTarGz(target)) return writeFolder(bundle, target);
  const work = await mkdtemp(join(tmpdir(), "skillforge-export-"));
  try {
    await writeFolder(bundle, work);
    await mkdir(dirname(target), { recursive: true });
    await tar.create({ gzip: true, file: target, cwd: work, portable: true }, [bundle.name]);
    return target;
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

/** The archive as bytes (the API's export). */
export async function bundleToTarGz(bundle: SkillBundle): Promise<Buffer> {
  const work = await mkdtemp(join(tmpdir(), "skillforge-export-"));
  try {
    const file = join(work, `${bundle.name}.tar.gz`);
    await writeBundle(bundle, file);
    return await readFile(file);
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

async function readFolder(root: string): Promise<SkillBundle> {
  const name = root.split(sep).filter(Boolean).pop() ?? "";
  if (!FOLDER_RE.test(name))
    throw new SkillforgeError("BUNDLE_INVALID", `folder name ${JSON.stringify(name)} is not a skill name`);
  const files: Record<string, string> = {};
  const walk = async (dir: string): Promise<void> => {
    for (const entry of await readdir(dir, { withFileTypes: true })) {
      const full = join(dir, entry.name);
      const rel = relative(root, full).split(sep).join("/");
      if (entry.isDirectory()) {
        if (rel === "scripts") await walk(full);
        continue;
      }
      if (!entry.isFile() || !FILE_RE.test(rel)) continue;
      if ((await stat(full)).size > MAX_FILE_BYTES)
        throw new SkillforgeError("BUNDLE_INVALID", `${rel} is larger than ${MAX_FILE_BYTES} bytes`);
      files[rel] = await readFile(full, "utf8");
    }
  };
  await walk(root);
  return { name, files };
}

/** Reads an Agent Skills folder, or a `.tar.gz` holding exactly one. */
export async function readBundle(path: string): Promise<SkillBundle> {
  if (!isTarGz(path)) return readFolder(path);
  const work = await mkdtemp(join(tmpdir(), "skillforge-import-"));
  try {
    let count = 0;
    await tar.extract({
      file: path,
      cwd: work,
      strict: true,
      // Regular files and folders only, few and small; tar itself strips `..` and absolute paths.
      filter: (_p, entry) => {
        const e = entry as { type?: string; size?: number };
        if (e.type !== "File" && e.type !== "Directory") return false;
        if (++count > MAX_FILES * 2 || (e.size ?? 0) > MAX_FILE_BYTES)
          throw new SkillforgeError("BUNDLE_INVALID", "the archive holds too many or too large files");
        return true;
      },
    });
    const top = (await readdir(work, { withFileTypes: true })).filter((e) => e.isDirectory());
    if (top.length !== 1) throw new SkillforgeError("BUNDLE_INVALID", "the archive must hold exactly one skill folder");
    return await readFolder(join(work, top[0]!.name));
  } catch (err) {
    if (err instanceof SkillforgeError) throw err;
    throw new SkillforgeError("BUNDLE_INVALID", `cannot read the archive: ${(err as Error).message.split("\n")[0]}`);
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}
