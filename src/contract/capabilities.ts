import { COLLECTION_RE } from "./types.js";

export type Risk = "low" | "medium" | "high";
export type CapabilityKind = "data.read" | "data.write";
/** `kind:target`, e.g. `data.read:water_entries`. */
export type Capability = `${CapabilityKind}:${string}`;

interface CapabilityRule {
  risk: Risk;
  /** Disclosure wording (English); `{target}` is the collection. */
  wording: string;
}

/** The closed table of SKILL-CONTRACT.md §3. New kinds are added here first. */
export const CAPABILITY_TABLE: Readonly<Record<CapabilityKind, CapabilityRule>> = Object.freeze({
  "data.read": { risk: "low", wording: "Read your {target}" },
  "data.write": { risk: "medium", wording: "Add and change entries in your {target}" },
});

const RISK_ORDER: readonly Risk[] = ["low", "medium", "high"];

export function parseCapability(value: string): { kind: CapabilityKind; target: string } | null {
  const sep = value.indexOf(":");
  if (sep < 0) return null;
  const kind = value.slice(0, sep);
  const target = value.slice(sep + 1);
  if (!Object.hasOwn(CAPABILITY_TABLE, kind) || !COLLECTION_RE.test(target)) return null;
  return { kind: kind as CapabilityKind, target };
}

export function capability(kind: CapabilityKind, target: string): Capability {
  return `${kind}:${target}`;
}

/** Sorted, de-duplicated: two runs give the same bytes, upgrades give clean diffs. */
export function normalizeCapabilities(caps: Iterable<string>): Capability[] {
  return [...new Set(caps)].sort() as Capability[];
}

/** Highest risk of the set; an empty set is `low`. An unknown capability is `high`. */
export function riskOf(caps: readonly string[]): Risk {
  let worst = 0;
  for (const c of caps) {
    const parsed = parseCapability(c);
    const level = parsed ? RISK_ORDER.indexOf(CAPABILITY_TABLE[parsed.kind].risk) : RISK_ORDER.length - 1;
    worst = Math.max(worst, level);
  }
  return RISK_ORDER[worst] ?? "high";
}

/** The disclosure line for one capability (never from what an LLM claims). */
export function describeCapability(cap: string): string {
  const parsed = parseCapability(cap);
  if (!parsed) return `Unknown permission ${JSON.stringify(cap)}`;
  return CAPABILITY_TABLE[parsed.kind].wording.replace("{target}", parsed.target.replace(/_/g, " "));
}
