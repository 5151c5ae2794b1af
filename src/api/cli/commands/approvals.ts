import { parseCommandArgs } from "../args.js";
import { withBackend } from "../backend-session.js";
import { EXIT_OK, EXIT_REFUSED, UsageError, type Command } from "../types.js";

const USAGE =
  "skillforge approvals list [--tenant ID] [--status S] [--json] | approvals show <id> [--json]   (both take --data-dir DIR)";

export const command: Command = {
  summary: "List approval requests, or show one with its disclosure, fingerprint and page link.",
  usage: USAGE,
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(
      args,
      { tenant: { type: "string" }, status: { type: "string" }, json: { type: "boolean" }, "data-dir": { type: "string" } },
      USAGE,
    );
    const [sub, ...rest] = positionals;
    const { APPROVAL_STATUSES } = await import("../../../contract/index.js");
    if (values.status !== undefined && !(APPROVAL_STATUSES as readonly string[]).includes(values.status))
      throw new UsageError(`--status: one of ${APPROVAL_STATUSES.join(", ")}`);
    if (sub === "list" && rest.length === 0) {
      return withBackend(io, "approvals", values["data-dir"], async (backend) => {
        const tenantId = await backend.tenant(values.tenant, "only");
        const list = await backend.approvals.list(tenantId, values.status);
        if (values.json) io.out(JSON.stringify({ approvals: list }));
        else
          io.out(
            list.length
              ? list
                  .map(
                    (a) =>
                      `${a.id}  ${a.status.padEnd(10)}  ${a.fingerprint}  ${a.channels.join("→")}  confirmed: ${a.confirmed.join(",") || "-"}`,
                  )
                  .join("\n")
              : "no approval requests",
          );
        return EXIT_OK;
      });
    }
    if (sub === "show" && rest.length === 1) {
      const id = rest[0]!;
      return withBackend(io, "approvals", values["data-dir"], async (backend) => {
        const a = await backend.approvals.show(id);
        if (!a) {
          io.err(`skillforge approvals: no approval ${id}`);
          return EXIT_REFUSED;
        }
        if (values.json) {
          io.out(JSON.stringify(a));
          return EXIT_OK;
        }
        const { disclosureText } = await import("../../../approval/index.js");
        io.out(
          [
            `approval ${a.id}: ${a.status}   reference ${a.fingerprint}`,
            a.disclosure ? disclosureText(a.disclosure) : "(version missing)",
            `channels: ${a.channels.join(" then ")}; confirmed: ${a.confirmed.join(", ") || "none"}${a.undeliverable.length ? `; UNDELIVERABLE: ${a.undeliverable.join(", ")}` : ""}`,
            `expires: ${a.expiresAt}`,
            `page: ${a.pageUrl}`,
          ].join("\n"),
        );
        return EXIT_OK;
      });
    }
    throw new UsageError(
      sub
        ? `unknown or malformed subcommand "approvals ${positionals.join(" ")}" (usage: ${USAGE})`
        : `missing subcommand (usage: ${USAGE})`,
    );
  },
};
