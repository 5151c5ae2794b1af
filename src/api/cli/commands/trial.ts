// `skillforge trial <file>`: audit, then run every method of the skill in the sandbox against an
// in-memory store (no database is opened). With --no-audit the audit is skipped and the skill gets
// exactly the capabilities listed in --allow, nothing else: a reviewer tests the sandbox alone.
import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
import { parseCommandArgs } from "../args.js";
import { EXIT_OK, EXIT_REFUSED, UsageError, type CliIo, type Command } from "../types.js";

/** The tenant a stand-alone trial runs as: its rows live in memory and are dropped afterwards. */
const TRIAL_TENANT = "00000000-0000-4000-8000-000000000000";

const USAGE = "skillforge trial <file> [--json] [--no-audit] [--allow data.read:c,data.write:c] [--tenant <id>]";

async function parseAllow(raw: string | undefined): Promise<string[]> {
  if (!raw) return [];
  const { parseCapability, normalizeCapabilities } = await import("../../../contract/index.js");
  const caps = raw
    .split(",")
    .map((c) => c.trim())
    .filter(Boolean);
  const bad = caps.find((c) => parseCapability(c) === null);
  if (bad)
    throw new UsageError(
      `--allow: ${JSON.stringify(bad)} is not a capability (data.read:<collection> or data.write:<collection>)`,
    );
  return normalizeCapabilities(caps);
}

function printHuman(
  io: CliIo,
  audit: { ok: boolean; findings: { rule: string; message: string; line: number; column: number }[] } | null,
  capabilities: string[],
): void {
  if (audit) {
    io.out(`audit: ${audit.ok ? "passed" : "blocked"}`);
    for (const f of audit.findings) io.out(`  ${f.line}:${f.column} ${f.rule} ${f.message}`);
  } else {
    io.out("audit: skipped (--no-audit)");
  }
  io.out(`capabilities: ${capabilities.length > 0 ? capabilities.join(", ") : "(none)"}`);
}

export const command: Command = {
  summary: "Audit a skill, then trial-run every method in the sandbox (no database needed)",
  usage: USAGE,
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(
      args,
      {
        json: { type: "boolean" },
        "no-audit": { type: "boolean" },
        allow: { type: "string" },
        tenant: { type: "string" },
      },
      USAGE,
    );
    if (positionals.length !== 1) throw new UsageError(`expected one file (usage: ${USAGE})`);
    const file = resolve(io.cwd, positionals[0]!);
    let source: string;
    try {
      source = await readFile(file, "utf8");
    } catch {
      throw new UsageError(`cannot read ${positionals[0]}`);
    }
    const skipAudit = values["no-audit"] === true;
    if (!skipAudit && values.allow)
      throw new UsageError("--allow only applies with --no-audit (audited runs use the audited capabilities)");
    const allowed = await parseAllow(values.allow);
    const { UUID_RE } = await import("../../../contract/index.js");
    if (values.tenant !== undefined && !UUID_RE.test(values.tenant))
      throw new UsageError(`--tenant: expected a tenant id (uuid), got ${JSON.stringify(values.tenant)}`);

    let audit = null;
    let capabilities = allowed;
    if (!skipAudit) {
      const { createAuditor } = await import("../../../validator/index.js");
      const auditor = createAuditor({ maxWorkers: 1 });
      try {
        audit = await auditor.audit({ source, language: file.endsWith(".js") || file.endsWith(".mjs") ? "js" : "ts" });
      } finally {
        await auditor.close();
      }
      capabilities = [...audit.capabilities];
      if (!audit.ok) {
        if (values.json) io.out(JSON.stringify({ ok: false, audit, trial: null }, null, 2));
        else {
          printHuman(io, audit, capabilities);
          io.out("trial: not run (the audit blocked the skill)");
        }
        return EXIT_REFUSED;
      }
    }

    const { createSandbox, createMemoryRecordStore } = await import("../../../sandbox/index.js");
    const sandbox = createSandbox({ store: createMemoryRecordStore(), workers: 1, maxWorkers: 1 });
    let report;
    try {
      report = await sandbox.trial({
        source,
        capabilities: capabilities as never,
        tenantId: values.tenant ?? TRIAL_TENANT,
        ...(audit?.actions ? { actions: audit.actions } : {}),
      });
    } finally {
      await sandbox.close();
    }
    if (values.json) {
      io.out(JSON.stringify({ ok: report.ok, audit: audit ?? { skipped: true, capabilities }, trial: report }, null, 2));
    } else {
      printHuman(io, audit, capabilities);
      for (const s of report.steps) {
        const label = `${s.method}${s.action ? ` ${s.action}` : ""}${s.invalidParams ? " (invalid params)" : ""}${s.paramsSet ? ` (params set ${s.paramsSet})` : ""}`;
        io.out(`  ${s.ok ? "ok  " : "FAIL"} ${label} ${s.ms} ms${s.error ? ` — ${s.error}` : ""}`);
      }
      io.out(`trial: ${report.ok ? "passed" : "failed"}, peak heap ${(report.peakHeapBytes / 1024 / 1024).toFixed(1)} MB`);
    }
    return report.ok ? EXIT_OK : EXIT_REFUSED;
  },
};
