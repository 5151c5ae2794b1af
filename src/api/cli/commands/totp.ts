import { parseCommandArgs } from "../args.js";
import { withBackend } from "../backend-session.js";
import { EXIT_OK, UsageError, type Command } from "../types.js";

const USAGE = "skillforge totp enroll [--tenant ID] [--account NAME] [--json] [--data-dir DIR]";

export const command: Command = {
  summary: "Enrol an authenticator app: prints the otpauth:// URI and a QR code (shown once).",
  usage: USAGE,
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(
      args,
      { tenant: { type: "string" }, account: { type: "string" }, json: { type: "boolean" }, "data-dir": { type: "string" } },
      USAGE,
    );
    if (positionals.length !== 1 || positionals[0] !== "enroll") throw new UsageError(`usage: ${USAGE}`);
    return withBackend(io, "totp", values["data-dir"], async (backend) => {
      const tenantId = await backend.tenant(values.tenant, "only");
      const { uri } = await backend.contacts.enrolTotp(tenantId, values.account);
      if (values.json) {
        io.out(JSON.stringify({ tenantId, uri }));
        return EXIT_OK;
      }
      const { default: qrcode } = await import("qrcode");
      io.out(
        `${await qrcode.toString(uri, { type: "terminal", small: true })}\n${uri}\nScan it with an authenticator app; approvals now ask for its code.`,
      );
      return EXIT_OK;
    });
  },
};
