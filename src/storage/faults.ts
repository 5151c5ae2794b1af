// Which driver errors mean "the database is not answering" rather than "this query is wrong",
// decided from the drivers' own error codes (postgres.js connection codes, PostgreSQL SQLSTATEs),
// never from message text. drizzle wraps driver errors (its message carries the SQL and the
// parameters), so the cause chain is walked and only codes are kept.
import { StorageError } from "./db.js";

/** postgres.js connection failures, and Node's socket errors. */
const CONNECTION_CODES = new Set([
  "CONNECTION_CLOSED",
  "CONNECTION_ENDED",
  "CONNECTION_DESTROYED",
  "CONNECT_TIMEOUT",
  "ECONNREFUSED",
  "ECONNRESET",
  "EPIPE",
  "ETIMEDOUT",
  "EHOSTUNREACH",
  "ENOTFOUND",
  "EAI_AGAIN",
]);

/** SQLSTATE classes and codes of an unavailable server (RFC-like table in PostgreSQL's appendix A). */
function unavailableSqlState(code: string): boolean {
  return (
    code.startsWith("08") || // connection exception
    code === "57P01" ||
    code === "57P02" ||
    code === "57P03" || // admin/crash shutdown, cannot connect now
    code === "57014" || // query_canceled: our statement_timeout fired
    code === "53300" || // too_many_connections
    code === "55P03"
  ); // lock_not_available (lock_timeout)
}

function codesOf(err: unknown): string[] {
  const codes: string[] = [];
  for (let e = err, depth = 0; e && typeof e === "object" && depth < 5; e = (e as { cause?: unknown }).cause, depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === "string") codes.push(code);
  }
  return codes;
}

/** A StorageError for a database that is down, frozen or restarting; undefined for anything else. */
export function storageFault(err: unknown): StorageError | undefined {
  if (err instanceof StorageError) return err;
  const code = codesOf(err).find((c) => CONNECTION_CODES.has(c) || (/^[0-9A-Z]{5}$/.test(c) && unavailableSqlState(c)));
  return code ? new StorageError("STORAGE_UNAVAILABLE", `the database is not answering (${code})`) : undefined;
}

/** What may be logged of a storage error: its codes, never the SQL or its parameters. */
export function describeStorageError(err: unknown): { name: string; codes: string[] } {
  return { name: err instanceof Error ? err.name : typeof err, codes: codesOf(err) };
}
