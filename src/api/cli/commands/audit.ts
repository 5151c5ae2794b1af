// `skillforge audit <file> [--json]`: the validator on one file. Never touches the database; the
// validator (and Babel with it) is imported only when the command runs.
import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
import { parseCommandArgs } from "../args.js";
import { EXIT_OK, EXIT_REFUSED, EXIT_USAGE, UsageError, type Command } from "../types.js";

const USAGE = "skillforge audit <file> [--json]";

export const command: Command = {
  summary: "Audit a skill source file: blocked constructs, contract, exact capabilities",
  usage: USAGE,
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(args, { json: { type: "boolean", default: false } }, USAGE);
    if (positionals.length !== 1) throw new UsageError(`expected exactly one file (usage: ${USAGE})`);
    const file = positionals[0]!;
    let source: string;
    try {
      source = file === "-" ? await io.readStdin() : await readFile(resolve(io.cwd, file), "utf8");
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      const why =
        code === "ENOENT"
          ? "no such file"
          : code === "EISDIR"
            ? "is a directory"
            : code === "EACCES"
              ? "permission denied"
              : "cannot be read";
      io.err(`skillforge audit: ${file}: ${why}`);
      return EXIT_USAGE;
    }
    const { createAuditor, formatAuditReport } = await import("../../../validator/index.js");
    // The same bounded audit as the service: a worker thread with a deadline and a heap cap.
    const auditor = createAuditor({ maxWorkers: 1 });
    let report;
    try {
      report = await auditor.audit({ source, language: /\.(c|m)?js$/i.test(file) ? "js" : "ts" });
    } finally {
      await auditor.close();
    }
    if (values.json) {
      io.out(
        JSON.stringify({
          ok: report.ok,
          findings: report.findings.map(({ rule, message, line, column, excerpt }) => ({ rule, message, line, column, excerpt })),
          capabilities: report.capabilities,
          risk: report.risk,
          slug: report.slug ?? null,
        }),
      );
    } else {
      io.out(formatAuditReport(file, report));
    }
    return report.ok ? EXIT_OK : EXIT_REFUSED;
  },
};
