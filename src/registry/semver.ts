// Semver per skill (issue rules): the first version is 1.0.0; the same capability set → patch; a
// capability added (or one of a kept collection removed) → minor; a collection dropped or its row
// schema changed incompatibly → major.
import { COLLECTION_RE, SEMVER_RE, parseCapability, type Json, type JsonSchema } from "../contract/index.js";

export interface VersionShape {
  version: string;
  capabilities: readonly string[];
  collections: Record<string, JsonSchema>;
}

export type Bump = "first" | "major" | "minor" | "patch";

const canonical = (v: Json | JsonSchema | undefined): string =>
  JSON.stringify(v, (_k, x: unknown) =>
    x && typeof x === "object" && !Array.isArray(x)
      ? Object.fromEntries(Object.entries(x).sort(([a], [b]) => (a < b ? -1 : 1)))
      : x,
  );

const isObject = (v: unknown): v is Record<string, Json> => v !== null && typeof v === "object" && !Array.isArray(v);

/**
 * Rows valid under `before` stay valid under `after`: equal schemas, or an object schema that only
 * adds optional properties (every other keyword, each old property and the required list unchanged
 * or relaxed). Anything else counts as incompatible: a wrong "major" costs a number, a wrong
 * "minor" would hide a data break.
 */
export function schemaCompatible(before: JsonSchema | undefined, after: JsonSchema | undefined): boolean {
  if (canonical(before) === canonical(after)) return true;
  if (after === undefined || after === true) return true;
  if (!isObject(before) || !isObject(after)) return false;
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  for (const k of keys) {
    if (k === "properties" || k === "required") continue;
    if (canonical(before[k]) !== canonical(after[k])) return false;
  }
  const oldRequired = new Set(Array.isArray(before.required) ? before.required : []);
  if (Array.isArray(after.required) && after.required.some((r) => !oldRequired.has(r))) return false;
  const oldProps = isObject(before.properties) ? before.properties : {};
  const newProps = isObject(after.properties) ? after.properties : {};
  return Object.entries(oldProps).every(([name, schema]) => canonical(newProps[name]) === canonical(schema));
}

/** The collections a version touches: those its capabilities name and those it declares a schema for. */
export function collectionsOf(shape: Pick<VersionShape, "capabilities" | "collections">): Set<string> {
  const out = new Set(Object.keys(shape.collections).filter((c) => COLLECTION_RE.test(c)));
  for (const cap of shape.capabilities) {
    const parsed = parseCapability(cap);
    if (parsed) out.add(parsed.target);
  }
  return out;
}

/** Collections whose declared row schema differs between two versions (rollback warns about these). */
export function differingCollections(
  a: Pick<VersionShape, "capabilities" | "collections">,
  b: Pick<VersionShape, "capabilities" | "collections">,
): string[] {
  const names = new Set([...collectionsOf(a), ...collectionsOf(b)]);
  return [...names].filter((n) => canonical(a.collections[n]) !== canonical(b.collections[n])).sort();
}

export function classifyChange(previous: VersionShape, next: Omit<VersionShape, "version">): Exclude<Bump, "first"> {
  const before = collectionsOf(previous);
  const after = collectionsOf(next);
  for (const name of before) {
    if (!after.has(name) || !schemaCompatible(previous.collections[name], next.collections[name])) return "major";
  }
  const oldCaps = [...previous.capabilities].sort().join("\n");
  const newCaps = [...next.capabilities].sort().join("\n");
  return oldCaps === newCaps ? "patch" : "minor";
}

export function compareSemver(a: string, b: string): number {
  const pa = a.split(".").map(Number);
  const pb = b.split(".").map(Number);
  for (let i = 0; i < 3; i++) if (pa[i] !== pb[i]) return (pa[i] ?? 0) - (pb[i] ?? 0);
  return 0;
}

/** The next version after the highest existing one, and which part moved. */
export function nextVersion(
  latest: VersionShape | undefined,
  next: Omit<VersionShape, "version">,
): { version: string; bump: Bump } {
  if (!latest) return { version: "1.0.0", bump: "first" };
  if (!SEMVER_RE.test(latest.version)) throw new RangeError(`stored version ${JSON.stringify(latest.version)} is not semver`);
  const [major, minor, patch] = latest.version.split(".").map(Number) as [number, number, number];
  const bump = classifyChange(latest, next);
  const version =
    bump === "major" ? `${major + 1}.0.0` : bump === "minor" ? `${major}.${minor + 1}.0` : `${major}.${minor}.${patch + 1}`;
  return { version, bump };
}

export const versionTag = (slug: string, version: string): string => `${slug}@v${version}`;

/** Accepts `1.2.0`, `v1.2.0` or `slug@v1.2.0`; null when it is none of these. */
export function parseVersionArg(value: string): string | null {
  const bare = value.replace(/^.*@/, "").replace(/^v/, "");
  return SEMVER_RE.test(bare) ? bare : null;
}
