// The disclosure: a fixed template over the validator's capability set (SKILL-CONTRACT.md §3),
// never over LLM prose. The skill's action names are its author's words and are shown apart, as
// such, on the page only; they are not part of what the codes bind to.
import { describeCapability, normalizeCapabilities, riskOf, type ActionDescriptor } from "../contract/index.js";
import type { Disclosure, DisclosureLine } from "./types.js";

export interface DisclosureInput {
  slug: string;
  version: string;
  capabilities: readonly string[];
  /** The active version's capabilities; null when no version is active. */
  activeCapabilities: readonly string[] | null;
  actions?: readonly ActionDescriptor[];
}

const line = (capability: string, isNew: boolean): DisclosureLine => ({
  capability,
  text: describeCapability(capability),
  risk: riskOf([capability]),
  isNew,
});

export function buildDisclosure(input: DisclosureInput): Disclosure {
  const caps = normalizeCapabilities(input.capabilities);
  const active = new Set(input.activeCapabilities ?? []);
  return {
    slug: input.slug,
    version: input.version,
    lines: caps.map((c) => line(c, input.activeCapabilities === null || !active.has(c))),
    removed: normalizeCapabilities(active)
      .filter((c) => !caps.includes(c))
      .map((c) => line(c, false)),
    risk: riskOf(caps),
    actions: (input.actions ?? [])
      .slice(0, 20)
      .map((a) => ({ slug: String(a.slug).slice(0, 80), name: String(a.name).slice(0, 80) })),
  };
}

/** The canonical text the disclosure hash covers: every channel renders from exactly this. */
export function disclosureText(d: Disclosure): string {
  const out = [`Skill ${d.slug} version ${d.version}`, `Overall risk: ${d.risk}`, "It will be able to:"];
  if (d.lines.length === 0) out.push("- nothing beyond its own code (no data access)");
  for (const l of d.lines) out.push(`- ${l.text} (${l.risk} risk${l.isNew ? ", NEW" : ""})`);
  if (d.removed.length > 0) {
    out.push("It will no longer be able to:");
    for (const l of d.removed) out.push(`- ${l.text}`);
  }
  return out.join("\n");
}

/** SMS: one short message. Capabilities by wording, new ones marked, the fingerprint, the reply form. */
export function smsText(d: Disclosure, fingerprint: string, code: string, validMinutes: number): string {
  const caps = d.lines.length ? d.lines.map((l) => `${l.text}${l.isNew ? " (new)" : ""}`).join("; ") : "no data access";
  return (
    `skillforge: approve ${d.slug} ${d.version}? It can: ${caps}. Risk ${d.risk}. Ref ${fingerprint}. ` +
    `Code ${code} (${validMinutes} min). Reply APPROVE ${code} or REJECT.`
  );
}
