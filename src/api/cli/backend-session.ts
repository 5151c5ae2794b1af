// Which backend a command runs on. `SKILLFORGE_URL` names a service: always through it. Otherwise,
// while `serve` holds the embedded data folder, through its HTTP API with the token it wrote there
// (only once the service answers with that token: a file a killed serve left behind is ignored).
// Otherwise the command opens the store itself.
import type { Backend } from "./backend.js";
import { withRoot } from "./storage-session.js";
import { EXIT_USAGE, UsageError, type CliIo, type ExitCode } from "./types.js";

/** How long a local token gets to prove itself before the command opens the folder instead. */
const PROBE_TIMEOUT_MS = 3_000;

/** Runs `fn` on the backend this environment and data folder call for. */
export async function withBackend(
  io: CliIo,
  name: string,
  dataDir: string | undefined,
  fn: (backend: Backend) => Promise<ExitCode>,
): Promise<ExitCode> {
  const { loadConfig } = await import("../../config/index.js");
  const config = loadConfig(io.env, { dataDir }, io.cwd);
  const { readLocalToken } = await import("../local-token.js");
  const { processAlive } = await import("../../storage/index.js");
  const { createApiClient, httpBackend } = await import("./http-backend.js");

  if (config.serviceUrl) {
    const local = readLocalToken(config.dataDir);
    const token = config.serviceApiKey ?? (local?.url === config.serviceUrl ? local.token : undefined);
    if (!token) {
      io.err(`skillforge ${name}: SKILLFORGE_URL is set: set SKILLFORGE_API_KEY to an API key of that service`);
      return EXIT_USAGE;
    }
    const client = createApiClient(config.serviceUrl, token);
    return fn(httpBackend(client, await client.request("GET", "/v1/me")));
  }

  if (!config.databaseUrl) {
    const local = readLocalToken(config.dataDir);
    if (local && processAlive(local.pid)) {
      const client = createApiClient(local.url, local.token);
      const principal = await client
        .request<Parameters<typeof httpBackend>[1]>("GET", "/v1/me", undefined, { timeoutMs: PROBE_TIMEOUT_MS })
        .catch(() => undefined);
      if (principal) return fn(httpBackend(client, principal));
    }
  }

  const { localBackend } = await import("./local-backend.js");
  return withRoot(io, dataDir, async (root) => fn(localBackend(root, io)));
}

/** For commands with no API: refused (exit 2) while a service holds the folder or SKILLFORGE_URL names one. */
export async function refuseOnService(io: CliIo, dataDir: string | undefined, why: string): Promise<void> {
  const { loadConfig } = await import("../../config/index.js");
  const config = loadConfig(io.env, { dataDir }, io.cwd);
  const { readLocalToken } = await import("../local-token.js");
  const { processAlive } = await import("../../storage/index.js");
  const local = config.databaseUrl ? undefined : readLocalToken(config.dataDir);
  if (config.serviceUrl || (local && processAlive(local.pid))) throw new UsageError(why);
}
