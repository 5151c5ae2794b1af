// The only file that reads process.env. Everything else receives the frozen Config.
import { resolve } from "node:path";

export class ConfigError extends Error {
  override name = "ConfigError";
  constructor(
    readonly variable: string,
    reason: string,
  ) {
    super(`${variable}: ${reason}`);
  }
}

export interface Config {
  /** Embedded database and local state (secret key, lock file). */
  dataDir: string;
  /** PostgreSQL connection string; when absent the embedded PGlite database in `dataDir` is used. */
  databaseUrl: string | undefined;
  host: string;
  port: number;
  /** Public base URL used in links printed to users (dashboard, approval pages). */
  publicUrl: string;
  /** Largest accepted request body, bytes. */
  bodyLimitBytes: number;
  /**
   * How long one database statement (server-side `statement_timeout`), a connection attempt, and an
   * API request waiting on the database may take before the answer is 503 STORAGE_UNAVAILABLE.
   */
  dbTimeoutMs: number;
  /** 32-byte key (base64) encrypting secrets at rest; generated into `dataDir` when absent. */
  secretKey: string | undefined;
  logLevel: "debug" | "info" | "warn" | "error" | "silent";
  /** Skills unused this many days are archived by the sweep. */
  archiveIdleDays: number;
  /** When the archive sweep runs (cron, UTC). */
  archiveCron: string;
  /** Calls in a row failing by timeout, memory or crash that quarantine a skill version. */
  quarantineAfter: number;
  /** Twilio for SMS (all three set, or none: then SMS goes to the dev outbox). */
  twilio: { accountSid: string; authToken: string; from: string } | undefined;
  /** SMTP for email (unset: email goes to the dev outbox). */
  smtp: { url: string; from: string } | undefined;
  /** How long a changed contact point waits before it carries approval codes, ms. */
  contactCooldownMs: number;
  generator: GeneratorConfig;
  /**
   * A running service the CLI talks to instead of opening the store (`SKILLFORGE_URL`); unset, the
   * CLI finds a local `serve` through the token file it writes into `dataDir`.
   */
  serviceUrl: string | undefined;
  /** The API key the CLI sends to `serviceUrl` (`SKILLFORGE_API_KEY`). Never logged or printed. */
  serviceApiKey: string | undefined;
  /** Per-tenant token buckets on the costly or guessable routes (generate, code confirm, skill run). */
  rateLimits: RateLimits;
}

/** A token bucket: `burst` requests at once, refilled at `burst` per `perMs`. */
export interface RateLimit {
  burst: number;
  perMs: number;
}

export type RateLimitClass = "generate" | "confirm" | "run";
export type RateLimits = Readonly<Record<RateLimitClass, RateLimit>>;

/** Which source writes skills, and its endpoint. Keys are never logged or printed. */
export interface GeneratorConfig {
  provider: "anthropic" | "openai" | "offline";
  anthropic: { apiKey: string | undefined; baseUrl: string | undefined; model: string };
  openai: { apiKey: string | undefined; baseUrl: string | undefined; model: string | undefined };
  /** Ask the same provider about requests the detector's rules are unsure of (never offline). */
  classifyRequests: boolean;
}

export type Env = Readonly<Record<string, string | undefined>>;

/** CLI flags that override their variable (`--data-dir`, `--port`, `--host`). */
export interface ConfigOverrides {
  dataDir?: string;
  port?: string;
  host?: string;
}

const LOG_LEVELS = ["debug", "info", "warn", "error", "silent"] as const;

function integer(variable: string, raw: string, min: number, max: number): number {
  if (!/^\d+$/.test(raw.trim())) throw new ConfigError(variable, `expected a whole number, got ${JSON.stringify(raw)}`);
  const value = Number(raw.trim());
  if (value < min || value > max) throw new ConfigError(variable, `must be between ${min} and ${max}, got ${value}`);
  return value;
}

function databaseUrl(raw: string | undefined): string | undefined {
  if (raw === undefined || raw.trim() === "") return undefined;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigError("DATABASE_URL", "not a valid URL (expected postgres://user@host:port/database)");
  }
  if (url.protocol !== "postgres:" && url.protocol !== "postgresql:") {
    throw new ConfigError("DATABASE_URL", `expected a postgres:// URL, got ${url.protocol}//…`);
  }
  return raw;
}

function secretKey(raw: string | undefined): string | undefined {
  if (raw === undefined || raw === "") return undefined;
  if (Buffer.from(raw, "base64").length !== 32) {
    throw new ConfigError("SKILLFORGE_SECRET_KEY", "must be 32 bytes encoded as base64 (openssl rand -base64 32)");
  }
  return raw;
}

function publicUrl(raw: string | undefined, host: string, port: number): string {
  if (raw === undefined || raw === "") return `http://${host.includes(":") ? `[${host}]` : host}:${port}`;
  try {
    const url = new URL(raw);
    if (url.protocol !== "http:" && url.protocol !== "https:") throw new Error("scheme");
    return raw.replace(/\/+$/, "");
  } catch {
    throw new ConfigError("SKILLFORGE_PUBLIC_URL", "must be an http:// or https:// URL");
  }
}

// Five or six space-separated cron fields of the characters croner reads; croner itself checks the rest at start.
const CRON_RE = /^[\d*?/,LW#A-Za-z-]+(?:\s+[\d*?/,LW#A-Za-z-]+){4,5}$/;

function cron(raw: string | undefined): string {
  const value = (raw ?? "").trim() || "0 3 * * *";
  if (!CRON_RE.test(value))
    throw new ConfigError("SKILLFORGE_ARCHIVE_CRON", `expected a cron pattern like "0 3 * * *", got ${JSON.stringify(raw)}`);
  return value;
}

const GENERATORS = ["anthropic", "openai", "offline"] as const;
export const DEFAULT_ANTHROPIC_MODEL = "claude-sonnet-5-5";

function httpUrl(variable: string, raw: string | undefined): string | undefined {
  if (raw === undefined || raw.trim() === "") return undefined;
  try {
    const url = new URL(raw);
    if (url.protocol !== "http:" && url.protocol !== "https:") throw new Error("scheme");
  } catch {
    throw new ConfigError(variable, "must be an http:// or https:// URL");
  }
  return raw.replace(/\/+$/, "");
}

function token(variable: string, raw: string | undefined): string | undefined {
  if (raw === undefined || raw === "") return undefined;
  // A key with whitespace or control characters is a paste error; never echo it back.
  if (!/^[\x21-\x7e]{1,512}$/.test(raw))
    throw new ConfigError(variable, "must be one line of printable characters without spaces");
  return raw;
}

function modelName(variable: string, raw: string | undefined): string | undefined {
  if (raw === undefined || raw.trim() === "") return undefined;
  if (!/^[A-Za-z0-9._:\/@-]{1,128}$/.test(raw))
    throw new ConfigError(variable, `not a model name: ${JSON.stringify(raw.slice(0, 40))}`);
  return raw;
}

function generatorConfig(env: Env): GeneratorConfig {
  const anthropic = {
    apiKey: token("ANTHROPIC_API_KEY", env.ANTHROPIC_API_KEY),
    baseUrl: httpUrl("ANTHROPIC_BASE_URL", env.ANTHROPIC_BASE_URL),
    model: modelName("ANTHROPIC_MODEL", env.ANTHROPIC_MODEL) ?? DEFAULT_ANTHROPIC_MODEL,
  };
  const openai = {
    apiKey: token("OPENAI_API_KEY", env.OPENAI_API_KEY),
    baseUrl: httpUrl("OPENAI_BASE_URL", env.OPENAI_BASE_URL),
    model: modelName("OPENAI_MODEL", env.OPENAI_MODEL),
  };
  const raw = env.SKILLFORGE_GENERATOR;
  if (raw !== undefined && raw !== "" && !(GENERATORS as readonly string[]).includes(raw)) {
    throw new ConfigError("SKILLFORGE_GENERATOR", `must be one of ${GENERATORS.join(", ")}, got ${JSON.stringify(raw)}`);
  }
  const provider = (raw || (anthropic.apiKey ? "anthropic" : "offline")) as GeneratorConfig["provider"];
  if (provider === "anthropic" && !anthropic.apiKey)
    throw new ConfigError("ANTHROPIC_API_KEY", "required when SKILLFORGE_GENERATOR=anthropic");
  if (provider === "openai" && !openai.baseUrl)
    throw new ConfigError("OPENAI_BASE_URL", "required when SKILLFORGE_GENERATOR=openai");
  if (provider === "openai" && !openai.model) throw new ConfigError("OPENAI_MODEL", "required when SKILLFORGE_GENERATOR=openai");
  const classify = env.SKILLFORGE_DETECT_LLM ?? "on";
  if (classify !== "on" && classify !== "off")
    throw new ConfigError("SKILLFORGE_DETECT_LLM", `must be on or off, got ${JSON.stringify(classify)}`);
  return { provider, anthropic, openai, classifyRequests: provider !== "offline" && classify === "on" };
}

function twilioConfig(env: Env): Config["twilio"] {
  const names = ["TWILIO_ACCOUNT_SID", "TWILIO_AUTH_TOKEN", "TWILIO_FROM"] as const;
  const set = names.filter((n) => (env[n] ?? "") !== "");
  if (set.length === 0) return undefined;
  if (set.length !== 3)
    throw new ConfigError(
      names.find((n) => !set.includes(n))!,
      "set all of TWILIO_ACCOUNT_SID, TWILIO_AUTH_TOKEN and TWILIO_FROM, or none",
    );
  if (!/^AC[0-9a-fA-F]{32}$/.test(env.TWILIO_ACCOUNT_SID!))
    throw new ConfigError("TWILIO_ACCOUNT_SID", "expected AC followed by 32 hex digits");
  if (!/^\+[1-9]\d{6,14}$/.test(env.TWILIO_FROM!))
    throw new ConfigError("TWILIO_FROM", "expected an E.164 number like +14155550123");
  return { accountSid: env.TWILIO_ACCOUNT_SID!, authToken: env.TWILIO_AUTH_TOKEN!, from: env.TWILIO_FROM! };
}

function smtpConfig(env: Env): Config["smtp"] {
  const url = env.SMTP_URL ?? "";
  if (url === "") {
    if ((env.SMTP_FROM ?? "") !== "") throw new ConfigError("SMTP_URL", "SMTP_FROM is set but SMTP_URL is not");
    return undefined;
  }
  try {
    const u = new URL(url);
    if (u.protocol !== "smtp:" && u.protocol !== "smtps:") throw new Error("scheme");
  } catch {
    throw new ConfigError("SMTP_URL", "expected smtp://user:pass@host:port or smtps://…");
  }
  const from = env.SMTP_FROM ?? "";
  if (!/^[^\s@<>]+@[^\s@<>]+$|^[^<>]*<[^\s@<>]+@[^\s@<>]+>$/.test(from))
    throw new ConfigError("SMTP_FROM", "expected a sender address like skillforge@example.com");
  return { url, from };
}

/** `24h`, `90m`, `3600s`: a duration in ms, between one minute and 30 days. */
function duration(variable: string, raw: string): number {
  const m = /^(\d+)\s*(s|m|h|d)$/.exec(raw.trim());
  if (!m) throw new ConfigError(variable, `expected a duration like 24h, 90m or 3600s, got ${JSON.stringify(raw)}`);
  const ms = Number(m[1]) * { s: 1_000, m: 60_000, h: 3_600_000, d: 86_400_000 }[m[2] as "s" | "m" | "h" | "d"];
  if (ms < 60_000 || ms > 30 * 86_400_000) throw new ConfigError(variable, "must be between 1m and 30d");
  return ms;
}

const RATE_UNITS = { s: 1_000, m: 60_000, h: 3_600_000 } as const;

/** `30/1h`, `20/10m`, `600/1m`: at most that many at once, refilled over that time. */
function rateLimit(variable: string, raw: string): RateLimit {
  const m = /^(\d+)\s*\/\s*(\d+)\s*(s|m|h)$/.exec(raw.trim());
  if (!m) throw new ConfigError(variable, `expected requests per time like 30/1h, 20/10m or 10/1s, got ${JSON.stringify(raw)}`);
  const burst = Number(m[1]);
  const perMs = Number(m[2]) * RATE_UNITS[m[3] as keyof typeof RATE_UNITS];
  if (burst < 1 || burst > 1_000_000) throw new ConfigError(variable, "the count must be between 1 and 1000000");
  if (perMs < 1_000 || perMs > 86_400_000) throw new ConfigError(variable, "the time must be between 1s and 24h");
  return { burst, perMs };
}

/** Validates the environment once; a wrong value throws ConfigError naming the variable. */
export function loadConfig(env: Env, overrides: ConfigOverrides = {}, cwd = process.cwd()): Readonly<Config> {
  const dataDirRaw = overrides.dataDir ?? env.SKILLFORGE_DATA_DIR ?? ".skillforge";
  if (dataDirRaw.trim() === "")
    throw new ConfigError(overrides.dataDir === undefined ? "SKILLFORGE_DATA_DIR" : "--data-dir", "must not be empty");
  const host = overrides.host ?? env.SKILLFORGE_HOST ?? "127.0.0.1";
  if (!/^[A-Za-z0-9.:-]+$/.test(host))
    throw new ConfigError(
      overrides.host === undefined ? "SKILLFORGE_HOST" : "--host",
      `not a host name or address: ${JSON.stringify(host)}`,
    );
  const port = integer(
    overrides.port === undefined ? "SKILLFORGE_PORT" : "--port",
    overrides.port ?? env.SKILLFORGE_PORT ?? "3000",
    0,
    65535,
  );
  const logLevel = env.SKILLFORGE_LOG_LEVEL ?? "info";
  if (!(LOG_LEVELS as readonly string[]).includes(logLevel)) {
    throw new ConfigError("SKILLFORGE_LOG_LEVEL", `must be one of ${LOG_LEVELS.join(", ")}, got ${JSON.stringify(logLevel)}`);
  }
  return Object.freeze({
    dataDir: resolve(cwd, dataDirRaw),
    databaseUrl: databaseUrl(env.DATABASE_URL),
    host,
    port,
    publicUrl: publicUrl(env.SKILLFORGE_PUBLIC_URL, host, port),
    bodyLimitBytes: integer("SKILLFORGE_BODY_LIMIT", env.SKILLFORGE_BODY_LIMIT ?? String(1024 * 1024), 1024, 64 * 1024 * 1024),
    dbTimeoutMs: integer("SKILLFORGE_DB_TIMEOUT_MS", env.SKILLFORGE_DB_TIMEOUT_MS ?? "4000", 100, 600_000),
    secretKey: secretKey(env.SKILLFORGE_SECRET_KEY),
    logLevel: logLevel as Config["logLevel"],
    archiveIdleDays: integer("SKILLFORGE_ARCHIVE_IDLE_DAYS", env.SKILLFORGE_ARCHIVE_IDLE_DAYS ?? "30", 1, 3650),
    archiveCron: cron(env.SKILLFORGE_ARCHIVE_CRON),
    quarantineAfter: integer("SKILLFORGE_QUARANTINE_AFTER", env.SKILLFORGE_QUARANTINE_AFTER ?? "5", 1, 1000),
    generator: generatorConfig(env),
    twilio: twilioConfig(env),
    smtp: smtpConfig(env),
    contactCooldownMs: duration("SKILLFORGE_CONTACT_COOLDOWN", env.SKILLFORGE_CONTACT_COOLDOWN ?? "24h"),
    serviceUrl: httpUrl("SKILLFORGE_URL", env.SKILLFORGE_URL),
    serviceApiKey: token("SKILLFORGE_API_KEY", env.SKILLFORGE_API_KEY),
    rateLimits: Object.freeze({
      generate: rateLimit("SKILLFORGE_RATE_GENERATE", env.SKILLFORGE_RATE_GENERATE ?? "30/1h"),
      confirm: rateLimit("SKILLFORGE_RATE_CONFIRM", env.SKILLFORGE_RATE_CONFIRM ?? "30/10m"),
      run: rateLimit("SKILLFORGE_RATE_RUN", env.SKILLFORGE_RATE_RUN ?? "600/1m"),
    }),
  });
}

/** Every variable `loadConfig` reads, for `--help` and the README. */
export const CONFIG_VARIABLES: ReadonlyArray<{ name: string; default: string; meaning: string }> = [
  {
    name: "SKILLFORGE_DATA_DIR",
    default: "./.skillforge",
    meaning: "data folder: embedded database, generated secret key, lock file (also --data-dir)",
  },
  {
    name: "DATABASE_URL",
    default: "(unset: embedded PGlite)",
    meaning: "PostgreSQL connection string, postgres://user:pass@host:port/db",
  },
  { name: "SKILLFORGE_HOST", default: "127.0.0.1", meaning: "address `serve` listens on (also --host)" },
  { name: "SKILLFORGE_PORT", default: "3000", meaning: "port `serve` listens on, 0 for any free port (also --port)" },
  {
    name: "SKILLFORGE_PUBLIC_URL",
    default: "http://<host>:<port>",
    meaning: "base URL printed in links (dashboard, approval pages)",
  },
  { name: "SKILLFORGE_BODY_LIMIT", default: "1048576", meaning: "largest request body in bytes (1 KiB to 64 MiB)" },
  {
    name: "SKILLFORGE_DB_TIMEOUT_MS",
    default: "4000",
    meaning:
      "longest a database statement, a connection attempt, or a request waiting on the database may take before 503 STORAGE_UNAVAILABLE (100 to 600000)",
  },
  {
    name: "SKILLFORGE_SECRET_KEY",
    default: "(generated into the data folder)",
    meaning: "32-byte base64 key encrypting secrets at rest; set it in production",
  },
  { name: "SKILLFORGE_LOG_LEVEL", default: "info", meaning: "debug, info, warn, error or silent" },
  {
    name: "SKILLFORGE_ARCHIVE_IDLE_DAYS",
    default: "30",
    meaning: "skills unused this many days are archived by the sweep (1 to 3650)",
  },
  {
    name: "SKILLFORGE_ARCHIVE_CRON",
    default: "0 3 * * *",
    meaning: "when the archive sweep runs (cron, UTC); `skillforge archive-sweep` runs it at once",
  },
  {
    name: "SKILLFORGE_QUARANTINE_AFTER",
    default: "5",
    meaning:
      "a skill version whose calls fail this many times in a row by timeout, memory or crash is quarantined until re-enabled (1 to 1000)",
  },
  {
    name: "SKILLFORGE_GENERATOR",
    default: "anthropic when ANTHROPIC_API_KEY is set, else offline",
    meaning: "who writes skills: anthropic, openai (any OpenAI-compatible endpoint) or offline (templates, no network)",
  },
  {
    name: "ANTHROPIC_API_KEY",
    default: "(unset)",
    meaning: "Anthropic API key; setting it makes anthropic the default generator",
  },
  { name: "ANTHROPIC_BASE_URL", default: "https://api.anthropic.com", meaning: "Messages API base URL (a proxy or gateway)" },
  { name: "ANTHROPIC_MODEL", default: DEFAULT_ANTHROPIC_MODEL, meaning: "model that writes skills" },
  {
    name: "OPENAI_BASE_URL",
    default: "(unset)",
    meaning: "OpenAI-compatible base URL, e.g. http://127.0.0.1:11434/v1; required for openai",
  },
  { name: "OPENAI_API_KEY", default: "(unset)", meaning: "bearer key for that endpoint (local servers often need none)" },
  { name: "OPENAI_MODEL", default: "(unset)", meaning: "model name at that endpoint; required for openai" },
  {
    name: "SKILLFORGE_DETECT_LLM",
    default: "on",
    meaning: "with an LLM generator, requests the detector's rules are unsure of are classified by the same model (on or off)",
  },
  {
    name: "TWILIO_ACCOUNT_SID",
    default: "(unset: SMS to the dev outbox)",
    meaning: "Twilio account (AC…); set with TWILIO_AUTH_TOKEN and TWILIO_FROM, all three or none",
  },
  {
    name: "TWILIO_AUTH_TOKEN",
    default: "(unset)",
    meaning: "Twilio auth token; also checks X-Twilio-Signature on inbound replies",
  },
  { name: "TWILIO_FROM", default: "(unset)", meaning: "the Twilio number codes are sent from, E.164" },
  {
    name: "SMTP_URL",
    default: "(unset: email to the dev outbox)",
    meaning: "smtp://user:pass@host:port or smtps://… for approval email",
  },
  { name: "SMTP_FROM", default: "(required with SMTP_URL)", meaning: "sender address of approval email" },
  {
    name: "SKILLFORGE_CONTACT_COOLDOWN",
    default: "24h",
    meaning: "how long a changed phone or email waits before it carries approval codes (1m to 30d)",
  },
  {
    name: "SKILLFORGE_URL",
    default: "(unset: a local serve is found through its token file)",
    meaning: "a running service (local or remote) the CLI commands go through instead of opening the store",
  },
  {
    name: "SKILLFORGE_API_KEY",
    default: "(unset)",
    meaning: "the API key the CLI sends to SKILLFORGE_URL (a remote service needs one)",
  },
  {
    name: "SKILLFORGE_RATE_GENERATE",
    default: "30/1h",
    meaning: "per tenant: skill generations at once / refilled over (POST /v1/skills/generate); over it, 429 with Retry-After",
  },
  {
    name: "SKILLFORGE_RATE_CONFIRM",
    default: "30/10m",
    meaning: "per tenant: approval code submissions (POST /v1/approvals/:id/confirm and the approval page's code form)",
  },
  {
    name: "SKILLFORGE_RATE_RUN",
    default: "600/1m",
    meaning: "per tenant: skill calls (actions, data, insights)",
  },
];

/** The process's environment, frozen: handed to the CLI and `loadConfig` by the entry point. */
export function processEnv(): Env {
  return Object.freeze({ ...process.env });
}
