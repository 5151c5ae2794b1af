// Reads a folder of payloads: every `.js` or `.ts` file below it is one attempt, a skill in the
// contract's shape; an optional `<name>.json` beside it tells its story and how to call it. A
// reviewer's folder is read exactly like the built-in catalogue, so new payloads need no code.
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { basename, extname, join, relative, sep } from "node:path";
import { parseCapability, SKILL_METHODS, type Capability, type Json, type SkillMethod } from "../contract/index.js";
import type { Payload, PayloadRun, PayloadStory } from "./types.js";

const MAX_FILES = 2_000;
const MAX_SOURCE_BYTES = 1024 * 1024;
const LANGUAGES: Readonly<Record<string, Payload["language"]>> = { ".js": "js", ".ts": "ts" };
const STORY_FIELDS = new Set(["category", "technique", "tries", "defence", "auditMustBlock", "auditRule"]);
const RUN_FIELDS = new Set(["method", "action", "params", "capabilities", "collections"]);

/** A payload folder that cannot be read as one: the reason names the file. */
export class PayloadError extends Error {
  override name = "PayloadError";
}

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((e) => !e.name.startsWith("."))
    .flatMap((e) => {
      const p = join(dir, e.name);
      if (e.isDirectory()) return files(p);
      return e.isFile() && extname(e.name) in LANGUAGES && !e.name.endsWith(".d.ts") ? [p] : [];
    });
}

const text = (v: unknown, field: string, where: string): string => {
  if (typeof v !== "string") throw new PayloadError(`${where}: "${field}" must be a string`);
  return v;
};

function readSidecar(path: string, where: string): Record<string, unknown> {
  if (!existsSync(path)) return {};
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(path, "utf8"));
  } catch (err) {
    throw new PayloadError(`${where}: not valid JSON (${(err as Error).message.split("\n")[0]})`);
  }
  if (data === null || typeof data !== "object" || Array.isArray(data)) throw new PayloadError(`${where}: must be a JSON object`);
  const unknown = Object.keys(data).filter((k) => !STORY_FIELDS.has(k) && !RUN_FIELDS.has(k));
  if (unknown.length > 0) throw new PayloadError(`${where}: unknown field ${JSON.stringify(unknown[0])}`);
  return data as Record<string, unknown>;
}

function runOf(side: Record<string, unknown>, where: string): PayloadRun {
  const method = side.method ?? (side.action !== undefined ? "executeAction" : "getData");
  if (!SKILL_METHODS.includes(method as SkillMethod))
    throw new PayloadError(`${where}: unknown method ${JSON.stringify(method)}`);
  if (method === "executeAction" && typeof side.action !== "string")
    throw new PayloadError(`${where}: executeAction needs "action"`);
  const list = (field: string): string[] => {
    const v = side[field] ?? [];
    if (!Array.isArray(v) || v.some((x) => typeof x !== "string"))
      throw new PayloadError(`${where}: "${field}" must be a list of strings`);
    return v as string[];
  };
  const capabilities = side.capabilities === undefined ? undefined : list("capabilities");
  const bad = capabilities?.find((c) => parseCapability(c) === null);
  if (bad)
    throw new PayloadError(
      `${where}: ${JSON.stringify(bad)} is not a capability (data.read:<collection> or data.write:<collection>)`,
    );
  const collections = list("collections");
  const badName = collections.find((c) => parseCapability(`data.read:${c}`) === null);
  if (badName) throw new PayloadError(`${where}: ${JSON.stringify(badName)} is not a collection name`);
  return {
    method: method as SkillMethod,
    ...(typeof side.action === "string" ? { action: side.action } : {}),
    ...(side.params !== undefined ? { params: side.params as Json } : {}),
    ...(capabilities ? { capabilities: capabilities as Capability[] } : {}),
    collections,
  };
}

function storyOf(side: Record<string, unknown>, id: string, where: string): PayloadStory {
  const must = side.auditMustBlock ?? true;
  if (typeof must !== "boolean") throw new PayloadError(`${where}: "auditMustBlock" must be true or false`);
  return {
    category:
      side.category === undefined
        ? id.includes("/")
          ? id.slice(0, id.lastIndexOf("/"))
          : "reviewer"
        : text(side.category, "category", where),
    technique: side.technique === undefined ? basename(id) : text(side.technique, "technique", where),
    tries: side.tries === undefined ? "" : text(side.tries, "tries", where),
    defence: side.defence === undefined ? "" : text(side.defence, "defence", where),
    auditMustBlock: must,
    ...(side.auditRule !== undefined ? { auditRule: text(side.auditRule, "auditRule", where) } : {}),
  };
}

/** Every payload under `dir`, sorted by id; throws PayloadError naming the first bad file. */
export function loadPayloads(dir: string, origin: Payload["origin"]): Payload[] {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) throw new PayloadError(`${dir}: not a folder`);
  const found = files(dir).sort();
  if (found.length > MAX_FILES) throw new PayloadError(`${dir}: more than ${MAX_FILES} payload files`);
  return found.map((file) => {
    const ext = extname(file);
    const id = relative(dir, file).slice(0, -ext.length).split(sep).join("/");
    if (statSync(file).size > MAX_SOURCE_BYTES) throw new PayloadError(`${id}${ext}: larger than 1 MB`);
    const sidecar = `${file.slice(0, -ext.length)}.json`;
    const side = readSidecar(sidecar, `${id}.json`);
    return {
      ...storyOf(side, id, `${id}.json`),
      id,
      file,
      origin,
      language: LANGUAGES[ext]!,
      source: readFileSync(file, "utf8"),
      run: runOf(side, `${id}.json`),
    };
  });
}
