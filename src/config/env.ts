// The only file that reads process.env. Everything else receives the frozen Config.
import { resolve } from "node:path";

export class ConfigError extends Error {
  override name = "ConfigError";
  constructor(readonly variable: string, reason: string) {
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
  /** 32-byte key (base64) encrypting secrets at rest; generated into `dataDir` when absent. */
  secretKey: string | undefined;
  logLevel: "debug" | "info" | "warn" | "error" | "silent";
  /** Skills unused this many days are archived by the sweep. */
  archiveIdleDays: number;
  /** When the archive sweep runs (cron, UTC). */
  archiveCron: string;
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
  if (!CRON_RE.test(value)) throw new ConfigError("SKILLFORGE_ARCHIVE_CRON", `expected a cron pattern like "0 3 * * *", got ${JSON.stringify(raw)}`);
  return value;
}

/** Validates the environment once; a wrong value throws ConfigError naming the variable. */
export function loadConfig(env: Env, overrides: ConfigOverrides = {}, cwd = process.cwd()): Readonly<Config> {
  const dataDirRaw = overrides.dataDir ?? env.SKILLFORGE_DATA_DIR ?? ".skillforge";
  if (dataDirRaw.trim() === "") throw new ConfigError(overrides.dataDir === undefined ? "SKILLFORGE_DATA_DIR" : "--data-dir", "must not be empty");
  const host = overrides.host ?? env.SKILLFORGE_HOST ?? "127.0.0.1";
  if (!/^[A-Za-z0-9.:-]+$/.test(host)) throw new ConfigError(overrides.host === undefined ? "SKILLFORGE_HOST" : "--host", `not a host name or address: ${JSON.stringify(host)}`);
  const port = integer(overrides.port === undefined ? "SKILLFORGE_PORT" : "--port", overrides.port ?? env.SKILLFORGE_PORT ?? "3000", 0, 65535);
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
    secretKey: secretKey(env.SKILLFORGE_SECRET_KEY),
    logLevel: logLevel as Config["logLevel"],
    archiveIdleDays: integer("SKILLFORGE_ARCHIVE_IDLE_DAYS", env.SKILLFORGE_ARCHIVE_IDLE_DAYS ?? "30", 1, 3650),
    archiveCron: cron(env.SKILLFORGE_ARCHIVE_CRON),
  });
}

/** Every variable `loadConfig` reads, for `--help` and the README. */
export const CONFIG_VARIABLES: ReadonlyArray<{ name: string; default: string; meaning: string }> = [
  { name: "SKILLFORGE_DATA_DIR", default: "./.skillforge", meaning: "data folder: embedded database, generated secret key, lock file (also --data-dir)" },
  { name: "DATABASE_URL", default: "(unset: embedded PGlite)", meaning: "PostgreSQL connection string, postgres://user:pass@host:port/db" },
  { name: "SKILLFORGE_HOST", default: "127.0.0.1", meaning: "address `serve` listens on (also --host)" },
  { name: "SKILLFORGE_PORT", default: "3000", meaning: "port `serve` listens on, 0 for any free port (also --port)" },
  { name: "SKILLFORGE_PUBLIC_URL", default: "http://<host>:<port>", meaning: "base URL printed in links (dashboard, approval pages)" },
  { name: "SKILLFORGE_BODY_LIMIT", default: "1048576", meaning: "largest request body in bytes (1 KiB to 64 MiB)" },
  { name: "SKILLFORGE_SECRET_KEY", default: "(generated into the data folder)", meaning: "32-byte base64 key encrypting secrets at rest; set it in production" },
  { name: "SKILLFORGE_LOG_LEVEL", default: "info", meaning: "debug, info, warn, error or silent" },
  { name: "SKILLFORGE_ARCHIVE_IDLE_DAYS", default: "30", meaning: "skills unused this many days are archived by the sweep (1 to 3650)" },
  { name: "SKILLFORGE_ARCHIVE_CRON", default: "0 3 * * *", meaning: "when the archive sweep runs (cron, UTC); `skillforge archive-sweep` runs it at once" },
];
