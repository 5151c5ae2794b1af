import { EXIT_OK, EXIT_REFUSED, EXIT_USAGE, type Command } from "../types.js";
import { parseCommandArgs } from "../args.js";

const USAGE = "skillforge serve [--port N] [--host ADDR] [--data-dir DIR]";

export const command: Command = {
  summary: "Run the HTTP service (API, approval pages, dashboard).",
  usage: USAGE,
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(
      args,
      {
        port: { type: "string" },
        host: { type: "string" },
        "data-dir": { type: "string" },
      },
      USAGE,
    );
    if (positionals.length > 0) {
      io.err(`skillforge serve: unexpected argument ${JSON.stringify(positionals[0])} (usage: ${USAGE})`);
      return EXIT_USAGE;
    }
    const { loadConfig } = await import("../../../config/index.js");
    const config = loadConfig(io.env, { port: values.port, host: values.host, dataDir: values["data-dir"] }, io.cwd);
    const { createLogger } = await import("../../http/logger.js");
    const { startService, ListenError } = await import("../../server.js");
    const { StorageError } = await import("../../../storage/index.js");
    const logger = createLogger(config.logLevel);
    let service;
    try {
      service = await startService(config, logger, io.out);
    } catch (err) {
      if (err instanceof ListenError) {
        io.err(`skillforge serve: ${err.message}`);
        return EXIT_USAGE;
      }
      if (err instanceof StorageError) {
        io.err(`skillforge serve: ${err.message}`);
        return EXIT_REFUSED;
      }
      throw err;
    }
    await new Promise<void>((resolve) => {
      const stop = (signal: string) => {
        io.out(`skillforge: ${signal} received, finishing in-flight requests…`);
        process.off("SIGINT", onInt).off("SIGTERM", onTerm);
        service.close().then(resolve, (err: Error) => {
          logger.error("shutdown failed", { error: err.message });
          resolve();
        });
      };
      const onInt = () => stop("SIGINT");
      const onTerm = () => stop("SIGTERM");
      process.on("SIGINT", onInt).on("SIGTERM", onTerm);
    });
    io.out("skillforge: stopped");
    return EXIT_OK;
  },
};
