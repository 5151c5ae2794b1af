import type { Storage } from "../../storage/index.js";
import { EXIT_REFUSED, type CliIo, type ExitCode } from "./types.js";

/** Opens the configured database for one command, runs `fn`, and always closes it. */
export async function withStorage(io: CliIo, dataDir: string | undefined, fn: (storage: Storage) => Promise<ExitCode>): Promise<ExitCode> {
  const { loadConfig } = await import("../../config/index.js");
  const config = loadConfig(io.env, { dataDir }, io.cwd);
  const { openStorage, StorageError } = await import("../../storage/index.js");
  let storage: Storage;
  try {
    storage = await openStorage({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  } catch (err) {
    if (err instanceof StorageError) {
      io.err(`skillforge: ${err.message}`);
      return EXIT_REFUSED;
    }
    throw err;
  }
  try {
    return await fn(storage);
  } finally {
    await storage.close();
  }
}
