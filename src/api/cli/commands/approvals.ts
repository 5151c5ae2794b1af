import { parseCommandArgs } from "../args.js";
import { withRoot } from "../storage-session.js";
import { resolveTenant } from "../tenant-arg.js";
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
      return withRoot(io, values["data-dir"], async (root) => {
        const tenantId = await resolveTenant((await root.storage()).db, values.tenant);
        const list = await (await root.approval()).gateway.list(tenantId, values.status as never);
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
      return withRoot(io, values["data-dir"], async (root) => {
        const { approvalTenant } = await import("../../../storage/index.js");
        const tenantId = await approvalTenant((await root.storage()).db, id);
        const s = await root.approval();
        const view = tenantId ? await s.gateway.view(tenantId, id) : undefined;
        if (!view) {
          io.err(`skillforge approvals: no approval ${id}`);
          return EXIT_REFUSED;
        }
        const { pageUrl } = s.gateway.links(id);
        if (values.json) {
          io.out(
            JSON.stringify({
              ...view.approval,
              disclosure: view.disclosure,
              pageUrl,
              events: view.events.map((e) => ({ kind: e.kind, channel: e.channel, at: e.at.toISOString() })),
            }),
          );
          return EXIT_OK;
        }
        const { disclosureText } = await import("../../../approval/index.js");
        const a = view.approval;
        io.out(
          [
            `approval ${a.id}: ${a.status}   reference ${a.fingerprint}`,
            view.disclosure ? disclosureText(view.disclosure) : "(version missing)",
            `channels: ${a.channels.join(" then ")}; confirmed: ${a.confirmed.join(", ") || "none"}${a.undeliverable.length ? `; UNDELIVERABLE: ${a.undeliverable.join(", ")}` : ""}`,
            `expires: ${a.expiresAt}`,
            `page: ${pageUrl}`,
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
