import { parseCommandArgs } from "../args.js";
import { withBackend } from "../backend-session.js";
import { EXIT_OK, UsageError, type Command } from "../types.js";

const USAGE = "skillforge outbox [--limit N] [--json] [--data-dir DIR]";

export const command: Command = {
  summary: "The dev outbox, newest first: channel, destination, text, and the approval it belongs to.",
  usage: USAGE,
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(
      args,
      { limit: { type: "string" }, json: { type: "boolean" }, "data-dir": { type: "string" } },
      USAGE,
    );
    if (positionals.length > 0) throw new UsageError(`unexpected argument (usage: ${USAGE})`);
    const limit = values.limit === undefined ? 20 : Number(values.limit);
    if (!Number.isInteger(limit) || limit < 1 || limit > 500) throw new UsageError("--limit must be 1 to 500");
    return withBackend(io, "outbox", values["data-dir"], async (backend) => {
      const rows = await backend.outbox(limit);
      if (values.json) io.out(JSON.stringify({ messages: rows }));
      else
        io.out(
          rows.length
            ? rows
                .map(
                  (r) =>
                    `── ${r.at}  ${r.channel} → ${r.destination}  [${r.status}]${r.approvalId ? `  approval ${r.approvalId}` : ""}\n${r.subject ? `${r.subject}\n` : ""}${r.text ?? "(body dropped after delivery)"}`,
                )
                .join("\n\n")
            : "the outbox is empty",
        );
      return EXIT_OK;
    });
  },
};
