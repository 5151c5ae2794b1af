// The last-moment check before a version becomes active: a completed approval bound to exactly this
// source hash and capability set. Run inside the activating transaction on locked rows.
import { SkillforgeError, normalizeCapabilities } from "../contract/index.js";
import type { ApprovalRow, SkillVersionRow } from "../storage/index.js";

const sameSet = (a: readonly string[], b: readonly string[]) =>
  normalizeCapabilities(a).join("\n") === normalizeCapabilities(b).join("\n");

/** Throws VERSION_NOT_APPROVED or APPROVAL_BINDING_MISMATCH; returns the approval that allows it. */
export function requireBoundApproval(version: SkillVersionRow, approvals: readonly ApprovalRow[]): ApprovalRow {
  if (version.status === "rejected" || version.status === "audit_failed" || version.status === "trial_failed") {
    throw new SkillforgeError("VERSION_NOT_APPROVED", `version ${version.version} is ${version.status}`);
  }
  const approved = approvals.filter((a) => a.status === "approved");
  if (approved.length === 0) {
    const seen = [...new Set(approvals.map((a) => a.status))];
    throw new SkillforgeError(
      "VERSION_NOT_APPROVED",
      seen.length === 0
        ? `version ${version.version} has no approval`
        : `version ${version.version}'s approval is ${seen.join(", ")}, not approved`,
    );
  }
  // An approval for another source or capability set approves nothing here: the user consented to
  // what they were shown, and this is not it.
  const bound = approved.find((a) => a.sourceSha256 === version.sha256 && sameSet(a.capabilities, version.capabilities));
  if (!bound) {
    const hashOk = approved.some((a) => a.sourceSha256 === version.sha256);
    throw new SkillforgeError(
      "APPROVAL_BINDING_MISMATCH",
      hashOk
        ? `the approval of version ${version.version} names another capability set`
        : `the approval of version ${version.version} is for another source (sha256 differs)`,
    );
  }
  return bound;
}
