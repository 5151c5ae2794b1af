// `skillforge security-suite`: every built-in attack payload, plus a reviewer's folder of their
// own, through both lines of defence separately: the audit, and the sandbox with the audit off.
// Exit 1 when anything escaped a line the threat model says must hold.
import { mkdir, rename, writeFile } from "node:fs/promises";
import { existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { parseCommandArgs } from "../args.js";
import { printable } from "../printable.js";
import { EXIT_OK, EXIT_REFUSED, UsageError, type Command } from "../types.js";

const USAGE =
  "skillforge security-suite [--dir <payloads>] [--no-built-in] [--json] [--html <file>] [--only audit|sandbox] [--concurrency 1-4] [--data-dir <dir>] [--no-save]";

export const command: Command = {
  summary: "Run attack payloads (built-in and your own) against the audit and, separately, the sandbox",
  usage: USAGE,
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(
      args,
      {
        dir: { type: "string" },
        "no-built-in": { type: "boolean" },
        json: { type: "boolean" },
        html: { type: "string" },
        only: { type: "string" },
        concurrency: { type: "string" },
        "data-dir": { type: "string" },
        "no-save": { type: "boolean" },
      },
      USAGE,
    );
    if (positionals.length > 0) throw new UsageError(`unexpected argument ${JSON.stringify(positionals[0])} (usage: ${USAGE})`);
    if (values.only !== undefined && values.only !== "audit" && values.only !== "sandbox")
      throw new UsageError(`--only: expected audit or sandbox, got ${JSON.stringify(values.only)}`);
    const concurrency = values.concurrency === undefined ? 2 : Number(values.concurrency);
    if (!Number.isInteger(concurrency) || concurrency < 1 || concurrency > 4)
      throw new UsageError(`--concurrency: expected 1 to 4, got ${JSON.stringify(values.concurrency)}`);
    if (values["no-built-in"] && !values.dir) throw new UsageError("--no-built-in needs --dir (there would be nothing to run)");

    const { projectRoot } = await import("../../../storage/index.js");
    const suite = await import("../../../security-suite/index.js");
    const root = projectRoot();
    const childPath = join(root, "dist/src/security-suite/attempt-child.js");
    if (!existsSync(childPath)) throw new UsageError("the suite runs compiled code: run npm run build first");
    const payloads = [];
    try {
      if (!values["no-built-in"]) payloads.push(...suite.loadPayloads(join(root, "tests/security/payloads"), "built-in"));
      if (values.dir) payloads.push(...suite.loadPayloads(resolve(io.cwd, values.dir), "reviewer"));
    } catch (err) {
      if (err instanceof suite.PayloadError) throw new UsageError(err.message);
      throw err;
    }
    if (payloads.length === 0) throw new UsageError(`${values.dir}: no .js or .ts payload files`);

    const report = await suite.runSuite(payloads, {
      childPath,
      concurrency,
      lines: (values.only as "audit" | "sandbox" | undefined) ?? "both",
      onAttempt: (a, done, total) => {
        if (!values.json && (a.audit.escaped || a.sandbox.verdict === "escaped"))
          io.err(
            printable(
              `[${done}/${total}] ESCAPED ${a.id}: ${a.sandbox.escapes.map((e) => e.check).join(", ") || "past the audit"}`,
            ),
          );
      },
    });
    if (values.html) {
      const page = resolve(io.cwd, values.html);
      await mkdir(dirname(page), { recursive: true });
      await writeFile(page, suite.renderReportHtml(report));
    }
    // The last run is kept in the data folder, where the dashboard of a service on it shows it.
    let saved: string | undefined;
    if (!values["no-save"]) {
      const { loadConfig } = await import("../../../config/index.js");
      const { securityReportFile } = await import("../../routes/security-report.js");
      saved = securityReportFile(loadConfig(io.env, { dataDir: values["data-dir"] }, io.cwd).dataDir);
      await mkdir(dirname(saved), { recursive: true });
      await writeFile(`${saved}.tmp`, JSON.stringify(report));
      await rename(`${saved}.tmp`, saved);
    }
    io.out(values.json ? JSON.stringify(report, null, 2) : printable(suite.formatReport(report)));
    if (saved && !values.json) io.out(printable(`report saved to ${saved} (the dashboard shows it)`));
    return report.ok ? EXIT_OK : EXIT_REFUSED;
  },
};
