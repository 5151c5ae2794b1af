import { checkName } from "../../../contract/index.js";
import { printable } from "../printable.js";
import { parseCommandArgs } from "../args.js";
import { refuseOnService } from "../backend-session.js";
import { withStorage } from "../storage-session.js";
import { EXIT_OK, UsageError, type Command } from "../types.js";

const USAGE =
  "skillforge tenants create <name> [--email ADDR] [--phone +E164] [--json] | tenants list [--json]   (both take --data-dir DIR)";
const EMAIL_RE = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const PHONE_RE = /^\+[1-9]\d{6,14}$/;

export const command: Command = {
  summary: "Create and list tenants (operators).",
  usage: USAGE,
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(
      args,
      {
        email: { type: "string" },
        phone: { type: "string" },
        json: { type: "boolean" },
        "data-dir": { type: "string" },
      },
      USAGE,
    );
    const [sub, ...rest] = positionals;
    await refuseOnService(
      io,
      values["data-dir"],
      "tenants are managed on the store itself, not through a service's API (an API key belongs to one tenant): stop serve, or unset SKILLFORGE_URL",
    );
    if (sub === "create") {
      const checked = checkName(rest.join(" "), "the tenant's name");
      if (!checked.ok) throw new UsageError(`${checked.reason} (usage: ${USAGE})`);
      const name = checked.name;
      if (values.email !== undefined && !EMAIL_RE.test(values.email))
        throw new UsageError(`--email: not an email address: ${JSON.stringify(values.email)}`);
      if (values.phone !== undefined && !PHONE_RE.test(values.phone))
        throw new UsageError(`--phone: expected E.164 like +14155550123, got ${JSON.stringify(values.phone)}`);
      return withStorage(io, values["data-dir"], async ({ db }) => {
        const { createTenant } = await import("../../../storage/index.js");
        const t = await createTenant(db, { name, email: values.email, phone: values.phone }, "cli");
        const out = { id: t.id, name: t.name, email: t.email, phone: t.phone, createdAt: t.createdAt.toISOString() };
        io.out(
          values.json
            ? JSON.stringify(out)
            : `created tenant ${t.id} (${printable(t.name)}); next: skillforge keys create --tenant ${t.id}`,
        );
        return EXIT_OK;
      });
    }
    if (sub === "list" && rest.length === 0) {
      return withStorage(io, values["data-dir"], async ({ db }) => {
        const { listTenants } = await import("../../../storage/index.js");
        const rows = (await listTenants(db)).map((t) => ({
          id: t.id,
          name: t.name,
          email: t.email,
          phone: t.phone,
          createdAt: t.createdAt.toISOString(),
        }));
        if (values.json) io.out(JSON.stringify({ tenants: rows }));
        else io.out(rows.length ? rows.map((t) => `${t.id}  ${printable(t.name)}`).join("\n") : "no tenants");
        return EXIT_OK;
      });
    }
    throw new UsageError(
      sub
        ? `unknown or malformed subcommand "tenants ${positionals.join(" ")}" (usage: ${USAGE})`
        : `missing subcommand (usage: ${USAGE})`,
    );
  },
};
