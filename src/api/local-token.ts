// The local admin token: while `serve` holds an embedded data folder, CLI commands on that folder
// go through its HTTP API with a key `serve` issued at start and wrote next to the database. The
// file is readable by its owner only and replaced atomically; every start issues a new key and
// revokes the previous start's (a killed serve's key dies at the next start), and a clean shutdown
// revokes it and removes the file. The token is never printed or logged.
import { randomBytes } from "node:crypto";
import { chmodSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { createApiKey, listApiKeys, revokeApiKey, type Db } from "../storage/index.js";
import { findDemoTenant } from "./demo-tenant.js";

export const LOCAL_TOKEN_FILE = "serve-token.json";
/** The name of the keys `serve` issues for the CLI: how a start finds the previous start's key. */
export const LOCAL_KEY_NAME = "local CLI (serve)";

export interface LocalToken {
  /** Where the CLI reaches the service: the port serve bound, on a loopback address. */
  url: string;
  token: string;
  /** The serving process: a file whose process is gone is not worth a request. */
  pid: number;
}

/** `0.0.0.0` and `::` are where serve listens, not an address to connect to. */
function loopbackUrl(host: string, port: number): string {
  const reach = host === "0.0.0.0" ? "127.0.0.1" : host === "::" ? "::1" : host;
  return `http://${reach.includes(":") ? `[${reach}]` : reach}:${port}`;
}

function writeAtomically(path: string, text: string): void {
  const aside = `${path}.${process.pid}.${randomBytes(4).toString("hex")}`;
  writeFileSync(aside, text, { mode: 0o600, flag: "wx" });
  try {
    // The mode given to open is masked by the umask; the file must end up 0600 whatever it is.
    chmodSync(aside, 0o600);
    renameSync(aside, path);
  } catch (err) {
    rmSync(aside, { force: true });
    throw err;
  }
}

/**
 * Issues a new admin key of the local demo tenant, revokes the keys earlier starts issued, and
 * writes the token file. Undefined when the folder has no demo tenant (an operator set tenants up
 * by hand): then the CLI keeps opening the folder itself and is refused while serve holds it.
 */
export async function issueLocalToken(
  db: Db,
  dataDir: string,
  listen: { host: string; port: number },
): Promise<{ revoke(): Promise<void> } | undefined> {
  const tenantId = await findDemoTenant(db);
  if (!tenantId) return undefined;
  const { key, token } = await createApiKey(db, tenantId, { name: LOCAL_KEY_NAME, scopes: ["admin", "assistant"] }, "serve");
  for (const old of await listApiKeys(db, tenantId))
    if (old.name === LOCAL_KEY_NAME && old.id !== key.id && !old.revokedAt) await revokeApiKey(db, tenantId, old.id, "serve");
  const path = join(dataDir, LOCAL_TOKEN_FILE);
  const content = JSON.stringify({ url: loopbackUrl(listen.host, listen.port), token, pid: process.pid } satisfies LocalToken);
  writeAtomically(path, content);
  return {
    async revoke() {
      // Only our own file: a later start on the same folder may already have replaced it.
      if (readRaw(path) === content) rmSync(path, { force: true });
      await revokeApiKey(db, tenantId, key.id, "serve");
    },
  };
}

function readRaw(path: string): string | undefined {
  try {
    return readFileSync(path, "utf8");
  } catch {
    return undefined;
  }
}

/** The token file of `dataDir`, when there is a well-formed one. */
export function readLocalToken(dataDir: string): LocalToken | undefined {
  const raw = readRaw(join(dataDir, LOCAL_TOKEN_FILE));
  if (raw === undefined) return undefined;
  try {
    const parsed = JSON.parse(raw) as Partial<LocalToken>;
    if (typeof parsed.url === "string" && typeof parsed.token === "string" && Number.isInteger(parsed.pid))
      return parsed as LocalToken;
  } catch {
    // A torn or hand-edited file is no service.
  }
  return undefined;
}
