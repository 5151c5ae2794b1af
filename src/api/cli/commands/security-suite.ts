// `skillforge security-suite`: every built-in attack payload, plus a reviewer's folder of their
// own, through both lines of defence separately: the audit, and the sandbox with the audit off.
// Exit 1 when anything escaped a line the threat model says must hold.
import { mkdir, writeFile } from "node:fs/promises";
import { existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { parseCommandArgs } from "../args.js";
import { printable } from "../printable.js";
import { EXIT_OK, EXIT_REFUSED, UsageError, type Command } from "../types.js";

const USAGE =
  "skillforge security-suite [--dir <payloads>] [--no-built-in] [--json] [--html <file>] [--only audit|sandbox] [--concurrency 1-4]";

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
    io.out(values.json ? JSON.stringify(report, null, 2) : printable(suite.formatReport(report)));
    return report.ok ? EXIT_OK : EXIT_REFUSED;
  },
};
