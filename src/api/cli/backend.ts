// What a CLI command does to an instance, described once: each command is written against this
// interface and runs unchanged on the store it opens itself (local-backend.ts) or through a running
// service's /v1 API (http-backend.ts). Both hand back the same JSON-shaped values (dates as ISO
// strings), so a command prints the same text and the same --json either way, and both throw the
// same SkillforgeError codes, so it exits the same way.
import type { Json } from "../../contract/index.js";
import type { Approval, Channel, ContactPoint, Disclosure } from "../../approval/index.js";
import type { GenerateResult } from "../../generator/index.js";
import type {
  CallMethod,
  CallResult,
  SkillBundle,
  SkillDetail,
  SkillSummary,
  SkillVersion,
  SweepResult,
  SwitchResult,
} from "../../registry/index.js";
import type { ApiKeyInfo, ApiKeyScope } from "../../storage/index.js";
import type { JourneyEvent, JourneyResult } from "../journey.js";

/** How a command names its tenant when `--tenant` is absent, locally. Over HTTP the key fixes it. */
export type TenantDefault =
  /** The local demo tenant. */
  | "demo"
  /** The folder's only tenant. */
  | "only"
  /** The folder's only tenant, creating the local demo tenant on a fresh folder. */
  | "create-demo";

export interface ApprovalDetail extends Approval {
  disclosure: Disclosure | null;
  pageUrl: string;
  events: Array<{ kind: string; channel: string | null; at: string }>;
}

export type ConfirmOutcome = { ok: true; approval: Approval; next: Channel | null } | { ok: false; code: string };

export interface OutboxMessage {
  at: string;
  channel: string;
  destination: string;
  status: string;
  transport: string | null;
  subject: string | null;
  text: string | null;
  approvalId: string | null;
}

export type GenerateOutcome = GenerateResult & Partial<Pick<JourneyResult, "version" | "approval" | "change">>;
export type LifecycleResult = { slug: string; status: string; changed: boolean };
export type ReenableResult = { slug: string; version: string; tag: string; changed: boolean };
export type CreatedKey = { id: string; tenantId: string; name: string; scopes: ApiKeyScope[]; token: string };

export interface Backend {
  tenant(given: string | undefined, fallback: TenantDefault): Promise<string>;
  skills: {
    list(tenantId: string): Promise<SkillSummary[]>;
    show(tenantId: string, slug: string): Promise<SkillDetail>;
    versions(tenantId: string, slug: string): Promise<SkillVersion[]>;
    rollback(tenantId: string, slug: string, to: string | undefined): Promise<SwitchResult>;
    lifecycle(tenantId: string, slug: string, op: "archive" | "restore"): Promise<LifecycleResult>;
    /** Lifts a quarantine: the active version's, or `version`'s. */
    reenable(tenantId: string, slug: string, version: string | undefined): Promise<ReenableResult>;
    exportVersion(tenantId: string, slug: string, version: string | undefined): Promise<SkillBundle>;
    importBundle(tenantId: string, bundle: SkillBundle): Promise<SkillVersion>;
    call(tenantId: string, slug: string, method: CallMethod, action: string | undefined, params: Json): Promise<CallResult>;
    /** Locally every tenant of the folder; over HTTP the key's tenant. */
    archiveSweep(idleDays: number | undefined): Promise<SweepResult>;
  };
  approvals: {
    list(tenantId: string, status: string | undefined): Promise<Approval[]>;
    /** Undefined when there is no such approval (in the key's tenant, over HTTP). */
    show(id: string): Promise<ApprovalDetail | undefined>;
    confirm(id: string, channel: Channel, code: string): Promise<ConfirmOutcome | undefined>;
    reject(id: string): Promise<Approval | undefined>;
  };
  contacts: {
    add(tenantId: string, channel: "sms" | "email", destination: string): Promise<ContactPoint>;
    verify(tenantId: string, id: string, code: string, confirmCode: string | undefined): Promise<ContactPoint>;
    list(tenantId: string): Promise<ContactPoint[]>;
    enrolTotp(tenantId: string, account: string | undefined): Promise<{ uri: string }>;
  };
  /** The outbox, newest first. */
  outbox(limit: number): Promise<OutboxMessage[]>;
  /** A new skill for the request, or with `skill` the next version of that skill. */
  generate(tenantId: string, text: string, onProgress: (e: JourneyEvent) => void, skill?: string): Promise<GenerateOutcome>;
  keys: {
    create(tenantId: string, name: string, scopes: ApiKeyScope[]): Promise<CreatedKey>;
    list(tenantId: string): Promise<ApiKeyInfo[]>;
    /** False when there is no live key with that id. */
    revoke(keyId: string): Promise<boolean>;
  };
}
