// The closed state sets that storage mirrors as database enums and several stages share. They live
// in the contract so storage depends on the contract, never on a stage.

/** Channels a one-time code can travel on; approval needs two different ones. */
export const CHANNELS = ["sms", "email", "totp"] as const;
export type Channel = (typeof CHANNELS)[number];

/** Approval states; the approval stage's `transition` is the only way between them. */
export const APPROVAL_STATUSES = ["pending", "approved", "rejected", "expired", "superseded"] as const;
export type ApprovalStatus = (typeof APPROVAL_STATUSES)[number];

/** Version states. Only `approved` versions may become active. */
export const VERSION_STATUSES = ["audit_failed", "trial_failed", "awaiting_approval", "approved", "rejected"] as const;
export type VersionStatus = (typeof VERSION_STATUSES)[number];

/** Skill states: `active` has an active version, `archived` is not callable until restored. */
export const SKILL_STATUSES = ["active", "inactive", "archived"] as const;
export type SkillStatus = (typeof SKILL_STATUSES)[number];

/** Scopes of an API key: an assistant may detect, generate, run and read; only an admin may decide. */
export const API_KEY_SCOPES = ["assistant", "admin"] as const;
export type ApiKeyScope = (typeof API_KEY_SCOPES)[number];

/** A one-time code's life: only `active` codes can be checked; every other state is final. */
export const CODE_STATUSES = ["active", "used", "locked", "revoked"] as const;
export type CodeStatus = (typeof CODE_STATUSES)[number];

/** A contact point carries approval codes only once `verified` (and past its cool-down). */
export const CONTACT_STATUSES = ["pending", "verified", "retired"] as const;
export type ContactStatus = (typeof CONTACT_STATUSES)[number];

/** Outbox delivery: `undeliverable` is final (permanent failure or retries exhausted), never a fallback. */
export const DELIVERY_STATUSES = ["pending", "sent", "undeliverable"] as const;
export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number];
