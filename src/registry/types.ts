import type {
  ActionDescriptor,
  AuditReport,
  Capability,
  Clock,
  Finding,
  Ids,
  InstanceLock,
  Json,
  JsonObject,
  JsonSchema,
  Risk,
  SkillStatus,
  TrialReport,
  VersionStatus,
} from "../contract/index.js";
import type { Sandbox, TrialInput } from "../sandbox/index.js";
import type { GeneratorInfo, Storage } from "../storage/index.js";

export type { SkillStatus, VersionStatus } from "../contract/index.js";
export type { GeneratorInfo } from "../storage/index.js";
export { SKILL_STATUSES, VERSION_STATUSES } from "../contract/index.js";

/** One immutable version of a skill (`custom-water-tracker@v1.0.0`). */
export interface SkillVersion {
  id: string;
  skillId: string;
  slug: string;
  version: string;
  /** `custom-water-tracker@v1.2.0` */
  tag: string;
  sourceSha256: string;
  capabilities: Capability[];
  risk: Risk;
  configSchema: JsonSchema;
  collections: Record<string, JsonSchema>;
  status: VersionStatus;
  generator: GeneratorInfo;
  /** The actions the audit captured from this version's source (what the approval showed). */
  actions: ActionDescriptor[];
  /** The audit of exactly this source (null for a version stored before audits were kept). */
  audit: { ok: boolean; risk: Risk; findings: Finding[] } | null;
  /** The sandbox trial it passed or failed: each step with its time, and the peak heap. */
  trial: TrialReport | null;
  /** Why the version is quarantined (not callable until re-enabled), or null. */
  quarantine: Quarantine | null;
  active: boolean;
  createdAt: string;
}

/** A version stopped after runaway calls in a row; the owner re-enables it. */
export interface Quarantine {
  code: string;
  reason: string;
  failures: number;
  at: string;
}

/** What an approver reads about one version: the version, its source, and what it would replace. */
export interface VersionReview {
  version: SkillVersion;
  source: string;
  /** The skill's active version, when another one is active. */
  replaces: { id: string; version: string; tag: string } | null;
  /** Row fields this version's collections have that the replaced version's do not (`water_entries.time_of_day`). */
  fieldsAdded: string[];
}

/** The version a change to a skill starts from, with everything a generator needs to extend it. */
export interface ChangeBase {
  version: SkillVersion;
  manifest: { slug: string; name: string; description: string };
  source: string;
  skillMd: string;
}

export interface SkillSummary {
  id: string;
  slug: string;
  name: string;
  description: string;
  status: SkillStatus;
  activeVersion: { id: string; version: string; tag: string } | null;
  /** The active version's quarantine: calls are refused until it is re-enabled. */
  quarantine: Quarantine | null;
  config: JsonObject;
  lastUsedAt: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface VersionUsage {
  versionId: string;
  version: string;
  calls: number;
  errors: number;
  p50Ms: number | null;
  p95Ms: number | null;
  lastUsedAt: string | null;
}

export interface SkillDetail extends SkillSummary {
  versions: SkillVersion[];
  usage: VersionUsage[];
  history: Array<{ kind: string; version: string; previousVersion: string | null; actor: string; at: string }>;
}

/** What a generator and the checks produced for one new version. */
export interface NewVersionInput {
  tenantId: string;
  manifest: { slug: string; name: string; description: string };
  source: string;
  configSchema: JsonSchema;
  collections: Record<string, JsonSchema>;
  skillMd: string;
  /** The audit of exactly this source: the capabilities come from here, never from the generator. */
  audit: AuditReport;
  trial: TrialReport;
  generator: GeneratorInfo;
  actor: string;
}

export interface SwitchResult {
  slug: string;
  from: { id: string; version: string; tag: string } | null;
  to: { id: string; version: string; tag: string };
  /** Rollback never touches data; when the two versions' collection schemas differ it says which. */
  collectionsDiffer: string[];
}

export type CallMethod = "executeAction" | "getData" | "getInsights";

export interface CallRequest {
  tenantId: string;
  slug: string;
  method: CallMethod;
  action?: string;
  params?: Json;
  /**
   * Told once the version is resolved, before the skill runs: from there the call is bounded by the
   * sandbox's own cap (host work included), so the HTTP layer ends its database deadline here.
   */
  onResolved?: () => void;
}

/** The outcome of one call: always names the one version it ran on. */
export type CallResult = { versionId: string; version: string; tag: string; ms: number } & (
  { ok: true; value: Json } | { ok: false; code: string; message: string }
);

export interface SweepResult {
  archived: Array<{ tenantId: string; slug: string }>;
  skipped: number;
}

/** The files of an exported version (Agent Skills folder layout). */
export interface SkillBundle {
  /** Folder name: the skill's slug. */
  name: string;
  files: Record<string, string>;
}

export interface RegistryLogger {
  info(msg: string, fields?: Record<string, unknown>): void;
  warn(msg: string, fields?: Record<string, unknown>): void;
  error(msg: string, fields?: Record<string, unknown>): void;
}

export interface RegistryOptions {
  /** Unused this long, a skill is archived by the sweep (default 30). */
  archiveIdleDays?: number;
  /**
   * Invocation rows written per batch (default 2000) and the longest they wait (default 1000 ms).
   * A row costs the database less in a larger batch; under load the timer, not the size, flushes.
   */
  usageBatchSize?: number;
  usageFlushMs?: number;
  /** Runaway calls (timeout, memory, crash) in a row that quarantine a version (default 5). */
  quarantineAfter?: number;
  /** PostgreSQL NOTIFY channel for cross-instance cache invalidation (default `skillforge_skills`). */
  notifyChannel?: string;
}

export interface RegistryDeps {
  storage: Storage;
  /** Built on first call: listing skills never starts sandbox workers. */
  sandbox: () => Promise<Sandbox>;
  clock: Clock;
  ids: Ids;
  /** Guards the whole archive sweep (defaults to `storage.lock`). */
  lock?: InstanceLock;
  logger: RegistryLogger;
  /** For imports: the audit and the trial a bundle goes through (passed in, never imported). */
  audit?: (input: { source: string; language: "ts" | "js" }) => AuditReport | Promise<AuditReport>;
  trial?: (input: TrialInput) => Promise<TrialReport>;
  options?: RegistryOptions;
  /** Tests: called between the writes of a state change; throwing there aborts the transaction. */
  faultPoint?: (name: string) => void | Promise<void>;
}
