import { parseCommandArgs } from "../args.js";
import { withBackend } from "../backend-session.js";
import { EXIT_OK, EXIT_REFUSED, UsageError, type Command } from "../types.js";

const USAGE = "skillforge reject <approval-id> [--json] [--data-dir DIR]";

export const command: Command = {
  summary: "Reject a pending approval request.",
  usage: USAGE,
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(args, { json: { type: "boolean" }, "data-dir": { type: "string" } }, USAGE);
    if (positionals.length !== 1) throw new UsageError(`expected one approval id (usage: ${USAGE})`);
    const id = positionals[0]!;
    return withBackend(io, "reject", values["data-dir"], async (backend) => {
      const { SkillforgeError } = await import("../../../contract/index.js");
      try {
        const a = await backend.approvals.reject(id);
        if (!a) {
          io.err(`skillforge reject: no approval ${id}`);
          return EXIT_REFUSED;
        }
        io.out(values.json ? JSON.stringify(a) : `rejected ${a.id} (${a.fingerprint})`);
        return EXIT_OK;
      } catch (err) {
        if (!(err instanceof SkillforgeError)) throw err;
        io.err(`skillforge reject: ${err.message}`);
        return EXIT_REFUSED;
      }
    });
  },
};
