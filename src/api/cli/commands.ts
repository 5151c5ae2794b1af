import type { Command } from "./types.js";

/**
 * Every CLI command, loaded lazily: `skillforge audit` must not pay for the database or the
 * HTTP server, and `skillforge serve` must not pay for Babel until it is needed.
 */
export const COMMANDS: Readonly<Record<string, () => Promise<{ command: Command }>>> = {
  serve: () => import("./commands/serve.js"),
  audit: () => import("./commands/audit.js"),
  trial: () => import("./commands/trial.js"),
  detect: () => import("./commands/detect.js"),
  generate: () => import("./commands/generate.js"),
  tenants: () => import("./commands/tenants.js"),
  keys: () => import("./commands/keys.js"),
  skills: () => import("./commands/skills.js"),
  run: () => import("./commands/call.js").then((m) => ({ command: m.run })),
  data: () => import("./commands/call.js").then((m) => ({ command: m.data })),
  insights: () => import("./commands/call.js").then((m) => ({ command: m.insights })),
  "archive-sweep": () => import("./commands/archive-sweep.js"),
  approvals: () => import("./commands/approvals.js"),
  approve: () => import("./commands/approve.js"),
  reject: () => import("./commands/reject.js"),
  contacts: () => import("./commands/contacts.js"),
  totp: () => import("./commands/totp.js"),
  outbox: () => import("./commands/outbox.js"),
  "security-suite": () => import("./commands/security-suite.js"),
};
