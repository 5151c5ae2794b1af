import { checkName } from "../../../contract/index.js";
import { printable } from "../printable.js";
import { parseCommandArgs } from "../args.js";
import { withBackend } from "../backend-session.js";
import { EXIT_OK, EXIT_REFUSED, UsageError, type Command } from "../types.js";

const USAGE =
  "skillforge keys create --tenant ID [--name NAME] [--scopes assistant,admin] [--json] | keys list --tenant ID [--json] | keys revoke KEY_ID [--json]   (all take --data-dir DIR)";
const SCOPES = ["assistant", "admin"] as const;

function uuidArg(flag: string, value: string | undefined, isUuid: (v: string) => boolean): string {
  if (value === undefined) throw new UsageError(`${flag} is required (usage: ${USAGE})`);
  if (!isUuid(value)) throw new UsageError(`${flag}: expected a uuid, got ${JSON.stringify(value)}`);
  return value;
}

function scopesArg(raw: string | undefined): Array<(typeof SCOPES)[number]> {
  const list = (raw ?? "assistant")
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  const bad = list.find((s) => !(SCOPES as readonly string[]).includes(s));
  if (bad !== undefined || list.length === 0)
    throw new UsageError(`--scopes: expected a comma list of ${SCOPES.join(", ")}, got ${JSON.stringify(raw)}`);
  return list as Array<(typeof SCOPES)[number]>;
}

export const command: Command = {
  summary: "Create, list and revoke API keys (operators). A key's token is shown once.",
  usage: USAGE,
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(
      args,
      {
        tenant: { type: "string" },
        name: { type: "string" },
        scopes: { type: "string" },
        json: { type: "boolean" },
        "data-dir": { type: "string" },
      },
      USAGE,
    );
    const [sub, ...rest] = positionals;
    const storage = await import("../../../storage/index.js");
    if (sub === "create" && rest.length === 0) {
      const tenantId = uuidArg("--tenant", values.tenant, storage.isUuid);
      const scopes = scopesArg(values.scopes);
      const checked = checkName(values.name ?? "cli", "--name");
      if (!checked.ok) throw new UsageError(checked.reason);
      const name = checked.name;
      return withBackend(io, "keys", values["data-dir"], async (backend) => {
        const key = await backend.keys.create(await backend.tenant(tenantId, "demo"), name, scopes);
        io.out(
          values.json
            ? JSON.stringify(key)
            : `created key ${key.id} (${key.scopes.join(", ")}) for tenant ${tenantId}\ntoken (shown once): ${key.token}`,
        );
        return EXIT_OK;
      });
    }
    if (sub === "list" && rest.length === 0) {
      const tenantId = uuidArg("--tenant", values.tenant, storage.isUuid);
      return withBackend(io, "keys", values["data-dir"], async (backend) => {
        const keys = await backend.keys.list(await backend.tenant(tenantId, "demo"));
        if (values.json) io.out(JSON.stringify({ keys }));
        else
          io.out(
            keys.length
              ? keys
                  .map(
                    (k) =>
                      `${k.id}  ${k.prefix}…  ${k.scopes.join(",")}  ${k.revokedAt ? "revoked" : "live"}  ${printable(k.name)}`,
                  )
                  .join("\n")
              : "no keys",
          );
        return EXIT_OK;
      });
    }
    if (sub === "revoke" && rest.length === 1) {
      const keyId = uuidArg("KEY_ID", rest[0], storage.isUuid);
      return withBackend(io, "keys", values["data-dir"], async (backend) => {
        if (!(await backend.keys.revoke(keyId))) {
          io.err(`skillforge keys: no live key ${keyId}`);
          return EXIT_REFUSED;
        }
        io.out(values.json ? JSON.stringify({ id: keyId, revoked: true }) : `revoked key ${keyId}`);
        return EXIT_OK;
      });
    }
    throw new UsageError(
      sub
        ? `unknown or malformed subcommand "keys ${positionals.join(" ")}" (usage: ${USAGE})`
        : `missing subcommand (usage: ${USAGE})`,
    );
  },
};
