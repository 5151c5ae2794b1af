import { parseCommandArgs } from "../args.js";
import { withRoot } from "../storage-session.js";
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
    return withRoot(io, values["data-dir"], async (root) => {
      const s = await root.approval();
      await s.gateway.drainOutbox();
      const rows = (await s.outbox({ limit })).map((r) => ({
        at: r.createdAt.toISOString(),
        channel: r.channel,
        destination: r.destination,
        status: r.status,
        transport: r.transport,
        subject: r.subject,
        text: r.body,
        approvalId: r.approvalId,
      }));
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
