// "What you see is what you sign": the version a request names is re-read and re-hashed before any
// code is issued or accepted and before activation. Any difference supersedes the request.
import { readVersionForApproval, type ApprovalRow, type Db, type VersionForApproval } from "../storage/index.js";
import { capabilitiesSha256, sha256Hex } from "./binding.js";
import { buildDisclosure, disclosureText } from "./disclosure.js";
import type { Disclosure } from "./types.js";

export function disclosureFor(v: VersionForApproval): Disclosure {
  return buildDisclosure({
    slug: v.slug,
    version: v.version,
    capabilities: v.capabilities,
    activeCapabilities: v.activeCapabilities,
    actions: v.actions,
  });
}

export type Bound = { ok: true; version: VersionForApproval; disclosure: Disclosure } | { ok: false };

export async function loadBound(
  db: Db,
  row: Pick<ApprovalRow, "tenantId" | "versionId" | "sourceSha256" | "capabilitiesSha256" | "disclosureSha256">,
): Promise<Bound> {
  const v = await readVersionForApproval(db, row.tenantId, row.versionId);
  if (!v) return { ok: false };
  const disclosure = disclosureFor(v);
  const holds =
    v.sourceSha256 === row.sourceSha256 &&
    v.sourceDigest === row.sourceSha256 &&
    capabilitiesSha256(v.capabilities) === row.capabilitiesSha256 &&
    sha256Hex(disclosureText(disclosure)) === row.disclosureSha256;
  return holds ? { ok: true, version: v, disclosure } : { ok: false };
}
