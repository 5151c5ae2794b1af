// `GET /v1/security-suite/report`: the summary of the last `skillforge security-suite` run on this
// data folder, for the dashboard. The suite writes its report into the folder (it never opens the
// database, so it runs beside `serve`); the service only reads it back. The file is read as
// untrusted JSON: only the summary fields, checked one by one, leave this route.
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { Hono } from "hono";
import { requireScope, type AuthEnv } from "../http/auth.js";
import { ApiError } from "../http/errors.js";

/** Where the suite saves its last report inside a data folder. */
export const securityReportFile = (dataDir: string): string => join(dataDir, "security-suite", "report.json");

const MAX_BYTES = 16 * 1024 * 1024;
const str = (v: unknown, max = 200): string => (typeof v === "string" ? v.slice(0, max) : "");
const num = (v: unknown): number => (typeof v === "number" && Number.isFinite(v) && v >= 0 ? v : 0);
const obj = (v: unknown): Record<string, unknown> =>
  v !== null && typeof v === "object" && !Array.isArray(v) ? (v as Record<string, unknown>) : {};
const list = (v: unknown, max: number): unknown[] => (Array.isArray(v) ? v.slice(0, max) : []);

const totalsOf = (v: unknown) => {
  const t = obj(v);
  return {
    attempts: num(t.attempts),
    auditBlocked: num(t.auditBlocked),
    auditEscaped: num(t.auditEscaped),
    sandboxEscaped: num(t.sandboxEscaped),
  };
};

/** The part of a saved report the dashboard shows: totals, categories and every escape. */
export function summarizeReport(raw: unknown) {
  const r = obj(raw);
  if (!Array.isArray(r.categories) || typeof r.totals !== "object") return undefined;
  const escapes = list(r.attempts, 10_000)
    .map(obj)
    .filter((a) => obj(a.audit).escaped === true || obj(a.sandbox).verdict === "escaped")
    .slice(0, 200)
    .map((a) => ({
      id: str(a.id),
      category: str(a.category),
      technique: str(a.technique, 500),
      audit: obj(a.audit).escaped === true,
      sandbox: list(obj(a.sandbox).escapes, 20).map((e) => str(obj(e).check)),
    }));
  return {
    ok: r.ok === true,
    startedAt: str(r.startedAt, 40),
    ms: num(r.ms),
    lines: str(r.lines, 20),
    totals: totalsOf(r.totals),
    categories: list(r.categories, 200).map((c) => ({ category: str(obj(c).category), ...totalsOf(c) })),
    escapes,
  };
}

export function securityReportRoutes(dataDir: string): Hono<AuthEnv> {
  const app = new Hono<AuthEnv>();
  app.get("/security-suite/report", requireScope("admin"), async (c) => {
    let text: string;
    try {
      text = await readFile(securityReportFile(dataDir), "utf8");
    } catch {
      throw new ApiError("NOT_FOUND", "no security-suite report yet: run skillforge security-suite with this data folder");
    }
    let summary: ReturnType<typeof summarizeReport>;
    try {
      summary = text.length <= MAX_BYTES ? summarizeReport(JSON.parse(text)) : undefined;
    } catch {
      summary = undefined;
    }
    if (!summary)
      throw new ApiError("NOT_FOUND", "the saved security-suite report is unreadable: run skillforge security-suite again");
    return c.json(summary);
  });
  return app;
}
