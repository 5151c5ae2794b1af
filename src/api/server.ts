import type { AddressInfo } from "node:net";
import type { Server } from "node:http";
import { createAdaptorServer } from "@hono/node-server";
import type { Config } from "../config/index.js";
import type { Storage } from "../storage/index.js";
import { createRoot, type Root, type RootOverrides } from "./root.js";
import { createApp } from "./app.js";
import { createKeyUseBatcher } from "./http/key-use.js";
import { ensureLocalDemo } from "./demo-tenant.js";
import { issueLocalToken } from "./local-token.js";
import type { Logger } from "./http/logger.js";

export interface RunningService {
  url: string;
  storage: Storage;
  root: Root;
  /** Stops accepting, lets in-flight requests finish (up to `graceMs`), closes the database. */
  close(graceMs?: number): Promise<void>;
}

/** A listen failure worth one clear line (port taken, address not ours), never a stack trace. */
export class ListenError extends Error {
  override name = "ListenError";
}

function listen(server: Server, host: string, port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const onError = (err: NodeJS.ErrnoException) => {
      server.off("listening", onListening);
      if (err.code === "EADDRINUSE")
        reject(
          new ListenError(`port ${port} on ${host} is already in use; stop the other process or choose another with --port`),
        );
      else if (err.code === "EADDRNOTAVAIL" || err.code === "ENOTFOUND")
        reject(new ListenError(`cannot listen on ${host}: not an address of this machine (--host)`));
      else if (err.code === "EACCES")
        reject(new ListenError(`not allowed to listen on ${host}:${port} (ports below 1024 need privileges)`));
      else reject(err);
    };
    const onListening = () => {
      server.off("error", onError);
      resolve();
    };
    server.once("error", onError);
    server.once("listening", onListening);
    server.listen(port, host);
  });
}

/** The composition root of the service: builds the adapters, the app, and starts listening. */
export async function startService(
  config: Config,
  logger: Logger,
  announce: (line: string) => void,
  overrides: RootOverrides = {},
): Promise<RunningService> {
  // The port first: a start that cannot listen must not create or migrate the data folder.
  // The adapter's bindings (`{ incoming, outgoing }`) travel with the request: the body reader uses them.
  type Fetch = (req: Request, env: unknown) => Response | Promise<Response>;
  let resolveApp!: (app: { fetch: Fetch }) => void;
  const appReady = new Promise<{ fetch: Fetch }>((r) => {
    resolveApp = r;
  });
  // Once the app is built, requests go to it directly: no promise per request to wait for it.
  let built: { fetch: Fetch } | undefined;
  void appReady.then((ready) => (built = ready));
  const server = createAdaptorServer({
    fetch: (req: Request, env: unknown) => (built ? built.fetch(req, env) : appReady.then((ready) => ready.fetch(req, env))),
  }) as Server;
  await listen(server, config.host, config.port);
  const { port } = server.address() as AddressInfo;
  const url = `http://${config.host.includes(":") ? `[${config.host}]` : config.host}:${port}`;
  // On port 0 with no SKILLFORGE_PUBLIC_URL, the links in approval messages name the port bound.
  const boundConfig = config.port === 0 && config.publicUrl.endsWith(":0") ? { ...config, publicUrl: url } : config;
  const root = createRoot(boundConfig, { logger, ...overrides });
  const keyUse = createKeyUseBatcher();
  try {
    const storage = await root.storage();
    keyUse.start(storage, root.clock, logger);
    const app = createApp({
      root,
      storage,
      logger,
      bodyLimitBytes: config.bodyLimitBytes,
      clock: root.clock,
      dbTimeoutMs: config.dbTimeoutMs,
      onKeyUse: keyUse.add,
    });
    resolveApp(app);
    (await root.registry()).scheduleArchiveSweep(root.scheduler(), config.archiveCron);
    const publicUrl = boundConfig.publicUrl;
    const demo = await ensureLocalDemo(root);
    const approval = await root.approval();
    approval.schedule(root.scheduler(), storage.lock);
    // Only the embedded folder locks other processes out; on PostgreSQL the CLI opens it directly.
    const localToken =
      storage.kind === "pglite" ? await issueLocalToken(storage.db, config.dataDir, { host: config.host, port }) : undefined;
    announce(
      `skillforge listening on ${url} (database: ${storage.kind === "pglite" ? `embedded, ${config.dataDir}` : "PostgreSQL"})`,
    );
    if (demo) {
      announce(`created the local demo tenant; its API key (shown once): ${demo.token}`);
      announce(`dashboard: ${publicUrl}/dashboard`);
      announce(`assistant demo: ${publicUrl}/assistant (ask it to track something; codes arrive in ${publicUrl}/dev/outbox)`);
    }
    const srv = server;
    return {
      url,
      storage,
      root,
      async close(graceMs = 10_000) {
        await new Promise<void>((resolve) => {
          const force = setTimeout(() => {
            srv.closeAllConnections();
            resolve();
          }, graceMs);
          srv.close(() => {
            clearTimeout(force);
            resolve();
          });
          srv.closeIdleConnections();
        });
        await keyUse.stop();
        await localToken
          ?.revoke()
          .catch((err: Error) => logger.warn("could not revoke the local CLI key", { error: err.message }));
        await root.close();
      },
    };
  } catch (err) {
    server.close();
    await keyUse.stop();
    await root.close();
    throw err;
  }
}
