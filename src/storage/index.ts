// Storage: the only folder that imports drizzle-orm and the database drivers.
export type { Db, Storage, StorageKind } from "./db.js";
export { StorageError, withTransaction, withTransactionLock } from "./db.js";
export { advisoryKey } from "./locks.js";
export { processAlive } from "./data-dir-lock.js";
export { describeStorageError, storageFault } from "./faults.js";
export { openStorage, type OpenStorageOptions } from "./open.js";
export { appendAudit, listAudit, type AuditEntry } from "./audit-log.js";
export { countTenants, createTenant, enrolTotp, getTenant, listTenants, readTotpSecret, type NewTenant } from "./tenants.js";
export {
  API_KEY_RE,
  createApiKey,
  findActiveKey,
  hashApiKey,
  keyTenant,
  listApiKeys,
  listApiKeysPage,
  revokeApiKey,
  touchApiKeys,
  type ApiKeyInfo,
} from "./api-keys.js";
export { createRecordStore } from "./records.js";
export { listInstalledSlugs } from "./skills.js";
export { createSecretBox, loadOrCreateSecretKey, type SecretBox } from "./secret-box.js";
export { API_KEY_SCOPES, type ApiKeyScope, type TenantRow } from "./schema/index.js";
export { isUuid } from "./uuid.js";
export { projectRoot } from "./project-root.js";
export {
  deleteSkillRow,
  ensureSkill,
  findVersion,
  getSkill,
  getVersion,
  insertVersion,
  listSkills,
  listVersions,
  lockSkill,
  lockSkillById,
  notifySkillChange,
  resolveActive,
  setSkillConfig,
  setSkillState,
  setVersionStatus,
  type GeneratorInfo,
  type NewSkillVersion,
  type SkillRow,
  type SkillVersionRow,
} from "./registry-skills.js";
export {
  deleteQuarantine,
  insertQuarantine,
  listQuarantines,
  type NewQuarantine,
  type VersionQuarantineRow,
} from "./registry-quarantines.js";
export {
  lastActivation,
  listActivations,
  lockApprovals,
  recordActivation,
  type ActivationKind,
  type SkillActivationRow,
} from "./registry-activations.js";
export {
  archiveIfIdle,
  insertInvocations,
  listIdleSkills,
  versionUsage,
  type NewInvocation,
  type VersionUsage,
} from "./registry-usage.js";
export {
  appendApprovalEvent,
  approvalTenant,
  dueExpired,
  getApproval,
  insertApproval,
  listApprovalEvents,
  listApprovals,
  lockForVerify,
  pendingAwaiting,
  pendingForSkill,
  readVersionForApproval,
  rejectAwaitingVersion,
  revokeCodes,
  tryTransactionLock,
  updateApproval,
  updateCode,
  writeApprovalTransition,
  type ApprovalPatch,
  type ApprovalTransitionWrite,
  type NewApprovalRow,
  type VersionForApproval,
} from "./approvals.js";
export {
  claimDueOutbox,
  codeIssueContext,
  countSendsTo,
  effectiveContacts,
  finishOutbox,
  getContact,
  insertContact,
  insertOutbox,
  writeIssuedCode,
  listContacts,
  listOutbox,
  lockTotp,
  recordInboundSid,
  setTotpLastStep,
  tenantByPhone,
  updateContact,
} from "./approval-delivery.js";
export type { ApprovalCodeRow, ApprovalEventRow, ApprovalRow, ContactPointRow, OutboxRow } from "./schema/index.js";
