import { parseCommandArgs } from "../args.js";
import { withBackend } from "../backend-session.js";
import { EXIT_OK, EXIT_REFUSED, UsageError, type Command } from "../types.js";

const USAGE = "skillforge approve <approval-id> --channel sms|email|totp --code CODE [--json] [--data-dir DIR]";

export const command: Command = {
  summary: "Confirm one channel's code of an approval request (an operator's tool; codes come on the tenant's channels).",
  usage: USAGE,
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(
      args,
      { channel: { type: "string" }, code: { type: "string" }, json: { type: "boolean" }, "data-dir": { type: "string" } },
      USAGE,
    );
    if (positionals.length !== 1) throw new UsageError(`expected one approval id (usage: ${USAGE})`);
    const channel = values.channel;
    if (channel !== "sms" && channel !== "email" && channel !== "totp")
      throw new UsageError(`--channel must be sms, email or totp (usage: ${USAGE})`);
    if (!values.code || !/^[0-9 -]{1,20}$/.test(values.code))
      throw new UsageError(`--code must be the digits you received (usage: ${USAGE})`);
    const id = positionals[0]!;
    return withBackend(io, "approve", values["data-dir"], async (backend) => {
      const out = await backend.approvals.confirm(id, channel, values.code!);
      if (!out) {
        io.err(`skillforge approve: no approval ${id}`);
        return EXIT_REFUSED;
      }
      if (!out.ok) {
        const { ERROR_TABLE, isErrorCode } = await import("../../../contract/index.js");
        io.err(
          values.json
            ? JSON.stringify({ ok: false, code: out.code })
            : `skillforge approve: ${isErrorCode(out.code) ? ERROR_TABLE[out.code].title : out.code}`,
        );
        return EXIT_REFUSED;
      }
      const a = out.approval;
      io.out(
        values.json
          ? JSON.stringify({ ok: true, approval: a, next: out.next })
          : a.status === "approved"
            ? `approved ${a.id} (${a.fingerprint}) on ${a.confirmed.join(" and ")}`
            : `confirmed ${channel}; the ${out.next} code is on its way`,
      );
      return EXIT_OK;
    });
  },
};
