import { pgEnum } from "drizzle-orm/pg-core";
import { APPROVAL_STATUSES, CHANNELS } from "../../approval/types.js";
import { SKILL_STATUSES, VERSION_STATUSES } from "../../registry/types.js";

// Database enums mirror the closed unions of the stages, so a stray status string cannot be stored.
export const API_KEY_SCOPES = ["assistant", "admin"] as const;
export type ApiKeyScope = (typeof API_KEY_SCOPES)[number];

export const apiKeyScope = pgEnum("api_key_scope", API_KEY_SCOPES);
export const skillStatus = pgEnum("skill_status", SKILL_STATUSES as [string, ...string[]]);
export const versionStatus = pgEnum("version_status", VERSION_STATUSES as [string, ...string[]]);
export const approvalStatus = pgEnum("approval_status", APPROVAL_STATUSES as [string, ...string[]]);
export const approvalChannel = pgEnum("approval_channel", CHANNELS as [string, ...string[]]);
