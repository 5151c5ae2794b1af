// `skillforge archive-sweep [--idle-days N]`: archive the skills unused for the idle window now,
// instead of waiting for the scheduled sweep: every tenant's on the store, the key's tenant's
// through a service (an API key acts for one tenant only).
import { parseCommandArgs } from "../args.js";
import { withBackend } from "../backend-session.js";
import { EXIT_OK, UsageError, type Command } from "../types.js";

const USAGE = "skillforge archive-sweep [--idle-days N] [--json] [--data-dir DIR]";

export const command: Command = {
  summary:
    "Archive skills unused for the idle window (SKILLFORGE_ARCHIVE_IDLE_DAYS, default 30): every tenant of the folder, or the key's tenant through a service.",
  usage: USAGE,
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(
      args,
      { "idle-days": { type: "string" }, json: { type: "boolean" }, "data-dir": { type: "string" } },
      USAGE,
    );
    if (positionals.length > 0) throw new UsageError(`unexpected argument ${JSON.stringify(positionals[0])} (usage: ${USAGE})`);
    const raw = values["idle-days"];
    if (raw !== undefined && !/^[1-9]\d{0,3}$/.test(raw))
      throw new UsageError(`--idle-days: expected a whole number of days from 1, got ${JSON.stringify(raw)}`);
    return withBackend(io, "archive-sweep", values["data-dir"], async (backend) => {
      const result = await backend.skills.archiveSweep(raw === undefined ? undefined : Number(raw));
      if (values.json) io.out(JSON.stringify(result));
      else
        io.out(
          result.archived.length
            ? result.archived.map((a) => `archived ${a.slug} (tenant ${a.tenantId})`).join("\n")
            : "nothing to archive",
        );
      return EXIT_OK;
    });
  },
};
