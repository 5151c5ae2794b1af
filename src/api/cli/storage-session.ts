import type { Storage } from "../../storage/index.js";
import type { Root } from "../root.js";
import { EXIT_REFUSED, type CliIo, type ExitCode } from "./types.js";

/**
 * Builds the composition root for one command from the environment and flags, runs `fn`, and
 * always closes what the root opened. A database that cannot be opened (the data folder held by a
 * running `serve`, PostgreSQL unreachable) is one line and exit 1.
 */
export async function withRoot(io: CliIo, dataDir: string | undefined, fn: (root: Root) => Promise<ExitCode>): Promise<ExitCode> {
  const { loadConfig } = await import("../../config/index.js");
  const config = loadConfig(io.env, { dataDir }, io.cwd);
  const { createRoot } = await import("../root.js");
  const { createLogger } = await import("../http/logger.js");
  const { SkillforgeError } = await import("../../contract/index.js");
  const root = createRoot(config, { logger: createLogger(config.logLevel === "info" ? "warn" : config.logLevel) });
  try {
    return await fn(root);
  } catch (err) {
    if (err instanceof SkillforgeError && (err.code === "STORAGE_BUSY" || err.code === "STORAGE_UNAVAILABLE")) {
      io.err(`skillforge: ${err.message}`);
      return EXIT_REFUSED;
    }
    throw err;
  } finally {
    await root.close();
  }
}

/** Opens the configured database for one command, runs `fn`, and always closes it. */
export function withStorage(
  io: CliIo,
  dataDir: string | undefined,
  fn: (storage: Storage) => Promise<ExitCode>,
): Promise<ExitCode> {
  return withRoot(io, dataDir, async (root) => fn(await root.storage()));
}
