import type { ActionDescriptor, Capability, JsonSchema, Risk } from "../contract/index.js";

/** One reason an audit refuses a skill: a stable rule id and where in the source. */
export interface Finding {
  /** Stable id, e.g. `dynamic-code`, `module-loading`, `db-computed-collection`, `syntax`. */
  rule: string;
  message: string;
  /** 1-based line, 0-based column, as Babel reports them. */
  line: number;
  column: number;
  /** The offending source line (trimmed, capped), for the reader. */
  excerpt?: string;
}

/** What the audit extracted from a skill that passed or failed it. */
export interface AuditReport {
  ok: boolean;
  findings: Finding[];
  /** Exact, sorted capability set; meaningful only when `ok`. */
  capabilities: Capability[];
  risk: Risk;
  /** `slug` literal of the default export, when it could be read. */
  slug?: string;
  /** Literal action descriptors from `getActions()`, when they could be read. */
  actions?: ActionDescriptor[];
}

/** Optional schemas that travel with a draft and must compile. */
export interface AuditInput {
  source: string;
  /** `ts` (default) or `js`; TypeScript syntax is accepted either way when unambiguous. */
  language?: "ts" | "js";
  configSchema?: JsonSchema;
  collectionSchemas?: Record<string, JsonSchema>;
}
