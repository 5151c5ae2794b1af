import type { ApprovalStatus, Capability, Channel, Clock, Ids, MessageSender, Risk, TotpVerifier } from "../contract/index.js";
import type { Db, SecretBox } from "../storage/index.js";

export type { ApprovalStatus, Channel } from "../contract/index.js";
export { APPROVAL_STATUSES, CHANNELS } from "../contract/index.js";

/** A request as the gateway hands it out: plain data, never a code. */
export interface Approval {
  id: string;
  tenantId: string;
  skillId: string;
  versionId: string;
  /** The approval binds to exactly this source and capability set. */
  sourceSha256: string;
  capabilities: Capability[];
  capabilitiesSha256: string;
  disclosureSha256: string;
  /** Short form of the binding hash (`9F2C-1A7B`), shown identically on every channel and page. */
  fingerprint: string;
  status: ApprovalStatus;
  /** The two channels, in the order their codes are sent. */
  channels: Channel[];
  /** Channels whose code has been confirmed so far. */
  confirmed: Channel[];
  /** Channels that cannot deliver: the request cannot be approved while any is listed. */
  undeliverable: Channel[];
  createdAt: string;
  expiresAt: string;
  decidedAt?: string;
}

/** One disclosed capability. */
export interface DisclosureLine {
  capability: string;
  text: string;
  risk: Risk;
  /** Not in the active version (or there is none). */
  isNew: boolean;
}

export interface Disclosure {
  slug: string;
  version: string;
  lines: DisclosureLine[];
  /** Capabilities the active version has and this one drops. */
  removed: DisclosureLine[];
  risk: Risk;
  /** What the skill offers, from its literal `getActions()` (names only, plain text). */
  actions: { slug: string; name: string }[];
}

/** Called once a request is approved (after commit); the composition root wires the registry's activation. */
export type OnApproved = (approval: Approval) => Promise<void>;

export interface GatewayDeps {
  db: Db;
  clock: Clock;
  ids: Ids;
  /** Senders by channel; a channel without one cannot be chosen. */
  senders: Partial<Record<Exclude<Channel, "totp">, MessageSender>>;
  totp: TotpVerifier;
  /** Opens sealed TOTP seeds. */
  box: SecretBox;
  /** Key for code HMACs and page tokens (derived from the secret key, never the key itself). */
  codeKey: Buffer;
  publicUrl: string;
  onApproved: OnApproved;
  /** Who may be told about failures the caller should not see (delivery errors, activation). */
  log?: (msg: string, fields?: Record<string, unknown>) => void;
  /** How long a changed contact point waits before it carries approvals. */
  contactCooldownMs: number;
  /** Called after a commit that queued messages (the gateway dispatches the outbox). */
  afterCommit?: () => void;
}

/** Outcome of a code check: a value, never an exception, and never why it failed. */
export type VerifyOutcome =
  | { ok: true; approval: Approval; next?: Channel }
  | {
      ok: false;
      code:
        | "APPROVAL_CODE_REJECTED"
        | "APPROVAL_EXPIRED"
        | "APPROVAL_SUPERSEDED"
        | "APPROVAL_DECIDED"
        | "APPROVAL_UNDELIVERABLE"
        | "NOT_FOUND";
      approval?: Approval;
    };
