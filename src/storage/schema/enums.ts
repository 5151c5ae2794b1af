import { pgEnum } from "drizzle-orm/pg-core";
import {
  API_KEY_SCOPES,
  APPROVAL_STATUSES,
  CHANNELS,
  CODE_STATUSES,
  CONTACT_STATUSES,
  DELIVERY_STATUSES,
  SKILL_STATUSES,
  VERSION_STATUSES,
} from "../../contract/index.js";

// Database enums mirror the contract's closed unions, so a stray status string cannot be stored.
export { API_KEY_SCOPES, type ApiKeyScope } from "../../contract/index.js";

export const apiKeyScope = pgEnum("api_key_scope", API_KEY_SCOPES);
export const skillStatus = pgEnum("skill_status", SKILL_STATUSES);
export const versionStatus = pgEnum("version_status", VERSION_STATUSES);
export const approvalStatus = pgEnum("approval_status", APPROVAL_STATUSES);
export const approvalChannel = pgEnum("approval_channel", CHANNELS);
export const codeStatus = pgEnum("code_status", CODE_STATUSES);
export const contactStatus = pgEnum("contact_status", CONTACT_STATUSES);
export const deliveryStatus = pgEnum("delivery_status", DELIVERY_STATUSES);
