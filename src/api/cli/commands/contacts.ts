import { parseCommandArgs } from "../args.js";
import { withBackend } from "../backend-session.js";
import { EXIT_OK, EXIT_REFUSED, UsageError, type Command, type ExitCode } from "../types.js";

const USAGE =
  "skillforge contacts add sms|email <destination> | contacts verify <id> --code C [--confirm C2] | contacts list   (all take --tenant ID, --json, --data-dir DIR)";

export const command: Command = {
  summary: "Add, verify and list the phone numbers and email addresses that carry approval codes.",
  usage: USAGE,
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(
      args,
      {
        tenant: { type: "string" },
        code: { type: "string" },
        confirm: { type: "string" },
        json: { type: "boolean" },
        "data-dir": { type: "string" },
      },
      USAGE,
    );
    const [sub, ...rest] = positionals;
    const { SkillforgeError } = await import("../../../contract/index.js");
    const refusal = (err: unknown): ExitCode => {
      if (!(err instanceof SkillforgeError)) throw err;
      io.err(`skillforge contacts: ${err.message}`);
      return EXIT_REFUSED;
    };
    if (sub === "add" && rest.length === 2) {
      const [channel, destination] = rest as [string, string];
      if (channel !== "sms" && channel !== "email")
        throw new UsageError(`contacts add: channel must be sms or email (usage: ${USAGE})`);
      const { validDestination } = await import("../../../approval/index.js");
      if (!validDestination(channel, destination))
        throw new UsageError(channel === "sms" ? "expected an E.164 number like +14155550123" : "not an email address");
      return withBackend(io, "contacts", values["data-dir"], async (backend) => {
        const tenantId = await backend.tenant(values.tenant, "only");
        try {
          const c = await backend.contacts.add(tenantId, channel, destination);
          io.out(
            values.json
              ? JSON.stringify(c)
              : `sent a code to ${destination}${c.replacesId ? " and a confirmation code to the current one" : ""}; next: skillforge contacts verify ${c.id} --code CODE${c.replacesId ? " --confirm CODE2" : ""}`,
          );
          return EXIT_OK;
        } catch (err) {
          return refusal(err);
        }
      });
    }
    if (sub === "verify" && rest.length === 1) {
      if (!values.code) throw new UsageError(`contacts verify needs --code (usage: ${USAGE})`);
      return withBackend(io, "contacts", values["data-dir"], async (backend) => {
        const tenantId = await backend.tenant(values.tenant, "only");
        try {
          const c = await backend.contacts.verify(tenantId, rest[0]!, values.code!, values.confirm);
          io.out(
            values.json ? JSON.stringify(c) : `verified ${c.channel} ${c.destination}; carries approvals from ${c.effectiveAt}`,
          );
          return EXIT_OK;
        } catch (err) {
          return refusal(err);
        }
      });
    }
    if (sub === "list" && rest.length === 0) {
      return withBackend(io, "contacts", values["data-dir"], async (backend) => {
        const tenantId = await backend.tenant(values.tenant, "only");
        const list = await backend.contacts.list(tenantId);
        if (values.json) io.out(JSON.stringify({ contacts: list }));
        else
          io.out(
            list.length
              ? list
                  .map(
                    (c) =>
                      `${c.id}  ${c.channel.padEnd(5)}  ${c.destination}  ${c.status}${c.effectiveAt ? `  from ${c.effectiveAt}` : ""}${c.retiredAt ? `  until ${c.retiredAt}` : ""}`,
                  )
                  .join("\n")
              : "no contact points",
          );
        return EXIT_OK;
      });
    }
    throw new UsageError(
      sub
        ? `unknown or malformed subcommand "contacts ${positionals.join(" ")}" (usage: ${USAGE})`
        : `missing subcommand (usage: ${USAGE})`,
    );
  },
};
