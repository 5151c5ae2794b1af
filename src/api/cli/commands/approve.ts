import { parseCommandArgs } from "../args.js";
import { withRoot } from "../storage-session.js";
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
    return withRoot(io, values["data-dir"], async (root) => {
      const { approvalTenant } = await import("../../../storage/index.js");
      const tenantId = await approvalTenant((await root.storage()).db, id);
      if (!tenantId) {
        io.err(`skillforge approve: no approval ${id}`);
        return EXIT_REFUSED;
      }
      const s = await root.approval();
      const out = await s.gateway.verify(tenantId, id, channel, values.code!, "cli");
      await s.gateway.flush();
      if (!out.ok) {
        const { ERROR_TABLE } = await import("../../../contract/index.js");
        io.err(
          values.json ? JSON.stringify({ ok: false, code: out.code }) : `skillforge approve: ${ERROR_TABLE[out.code].title}`,
        );
        return EXIT_REFUSED;
      }
      const a = out.approval;
      io.out(
        values.json
          ? JSON.stringify({ ok: true, approval: a, next: out.next ?? null })
          : a.status === "approved"
            ? `approved ${a.id} (${a.fingerprint}) on ${a.confirmed.join(" and ")}`
            : `confirmed ${channel}; the ${out.next} code is on its way`,
      );
      return EXIT_OK;
    });
  },
};
