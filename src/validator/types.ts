import type { JsonSchema } from "../contract/index.js";

export type { AuditReport, Finding } from "../contract/index.js";

/** Optional schemas that travel with a draft and must compile. */
export interface AuditInput {
  source: string;
  /** `ts` (default) or `js`; TypeScript syntax is accepted either way when unambiguous. */
  language?: "ts" | "js";
  configSchema?: JsonSchema;
  collectionSchemas?: Record<string, JsonSchema>;
}
