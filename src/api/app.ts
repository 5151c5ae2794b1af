import { Hono, type Context } from "hono";
import type { Storage } from "../storage/index.js";
import type { Root } from "./root.js";
import { describeStorageError, findActiveKey, listInstalledSlugs, storageFault } from "../storage/index.js";
import { bearerAuth, type AuthEnv } from "./http/auth.js";
import { bodyLimitGuard } from "./http/body.js";
import { SkillforgeError, type Clock } from "../contract/index.js";
import { ApiError, ERROR_CODES, problem, type ErrorCode } from "./http/errors.js";
import type { Logger } from "./http/logger.js";
import { requestDeadline } from "./http/deadline.js";
import { responseHeaders } from "./http/response-headers.js";
import { createKeyCache } from "./http/key-cache.js";
import { allowedMethods } from "./http/method-not-allowed.js";
import { createRateLimiter } from "./http/rate-limit.js";
import { OPENAPI_DOCUMENT } from "./openapi.js";
import { AssistantPage } from "./pages/assistant.js";
import { ASSISTANT_JS } from "./pages/assistant-script.js";
import { DashboardPage } from "./pages/dashboard.js";
import { DASHBOARD_JS } from "./pages/dashboard-script.js";
import { HomePage } from "./pages/home.js";
import { renderPage } from "./pages/layout.js";
import { SITE_CSS } from "./pages/style.js";
import { healthRoutes } from "./routes/health.js";
import { keyRoutes } from "./routes/keys.js";
import { needsRoutes } from "./routes/needs.js";
import { skillRoutes } from "./routes/skills.js";
import { generateRoutes } from "./routes/generate.js";
import { approvalRoutes } from "./routes/approvals.js";
import { approvalPageRoutes } from "./routes/approval-pages.js";
import { outboxRoutes } from "./routes/outbox.js";
import { securityReportRoutes } from "./routes/security-report.js";

export interface AppDeps {
  /** Time for the key cache and the request deadline (default: the system clock). */
  clock?: Clock;
  /** A request waiting on the database this long is answered 503 (default 4 s). */
  dbTimeoutMs?: number;
  /** Called with the key id of every authenticated request (batched lastUsedAt). */
  onKeyUse?: (keyId: string) => void;
  /** The composition root: stages and adapters for routes that need more than storage. */
  root?: Root;
  storage: Storage;
  logger: Logger;
  bodyLimitBytes: number;
}

const PROBLEM_TYPE = { "content-type": "application/problem+json" };

/** The Hono app: pure wiring of routes over the dependencies the composition root built. */
export function createApp(deps: AppDeps): Hono<AuthEnv> {
  const app = new Hono<AuthEnv>();
  const keys = createKeyCache({
    lookup: (token) => findActiveKey(deps.storage.db, token),
    clock: deps.clock ?? { now: () => new Date() },
    onUse: deps.onKeyUse,
  });
  app.use("*", responseHeaders());
  // Only requests that carry a body pay for the limit.
  const limit = bodyLimitGuard(deps.bodyLimitBytes);
  app.use("*", (c, next) => (BODY_METHODS.has(c.req.method) ? limit(c, next) : next()));

  app.route("/", healthRoutes(deps.storage));
  app.get("/openapi.json", (c) => c.json(OPENAPI_DOCUMENT));
  const root = deps.root;
  const devOutbox = async () => (root ? (await root.approval()).devOutboxInUse : false);
  app.get("/", async (c) => c.html(await renderPage(HomePage({ devOutbox: await devOutbox() }))));
  app.get("/assistant", async (c) => c.html(await renderPage(AssistantPage({ devOutbox: await devOutbox() }))));
  app.get("/dashboard", async (c) => c.html(await renderPage(DashboardPage({ devOutbox: await devOutbox() }))));
  const asset = (type: string, body: string) => (c: Context) =>
    c.body(body, 200, { "content-type": `${type}; charset=utf-8`, "cache-control": "no-cache" });
  app.get("/assets/site.css", asset("text/css", SITE_CSS));
  app.get("/assets/assistant.js", asset("text/javascript", ASSISTANT_JS));
  app.get("/assets/dashboard.js", asset("text/javascript", DASHBOARD_JS));

  const limiter = root ? createRateLimiter(root.config.rateLimits, root.clock) : undefined;
  // Before /v1's bearer auth: the approval page, the email reject link and Twilio's webhook carry
  // their own credential (a derived token, a signature).
  if (root && limiter) app.route("/", approvalPageRoutes(root.approval, root.registry, limiter));

  const v1 = new Hono<AuthEnv>();
  v1.use(
    "*",
    requestDeadline(deps.dbTimeoutMs ?? 4_000, (path) => LONG_RUNNING.test(path)),
  );
  v1.use("*", bearerAuth(keys.lookup));
  v1.route("/", keyRoutes(deps.storage.db, { onRevoke: keys.clear }));
  v1.route(
    "/",
    needsRoutes(
      root
        ? async (tenantId) => (await root.registry()).installedSlugs(tenantId)
        : (tenantId) => listInstalledSlugs(deps.storage.db, tenantId),
    ),
  );
  if (root && limiter) {
    v1.route("/", skillRoutes(root.registry, limiter));
    v1.route(
      "/",
      generateRoutes(() => root.journey(), limiter),
    );
    v1.route("/", approvalRoutes(root.approval, limiter));
    v1.route("/", outboxRoutes(root.approval));
    v1.route("/", securityReportRoutes(root.config.dataDir));
  }
  app.route("/v1", v1);

  const allowedAt = allowedMethods(app);
  app.notFound((c) => {
    const allow = allowedAt(c.req.path);
    if (allow.length > 0) {
      const body = problem("METHOD_NOT_ALLOWED", {
        detail: `${c.req.method} is not allowed here; use ${allow.join(", ")}`,
        requestId: c.get("requestId"),
        instance: c.req.path,
      });
      return c.json(body, 405, { ...PROBLEM_TYPE, allow: allow.join(", ") });
    }
    return c.json(
      problem("NOT_FOUND", { detail: `no route ${c.req.method} ${c.req.path}`, requestId: c.get("requestId") }),
      404,
      PROBLEM_TYPE,
    );
  });
  app.onError((err, c) => {
    const rid = c.get("requestId");
    let code: ErrorCode = "INTERNAL";
    let detail: string | undefined;
    let extra: Record<string, unknown> | undefined;
    const fault = err instanceof SkillforgeError ? undefined : storageFault(err);
    if (err instanceof SkillforgeError) {
      code = err.code;
      detail = err instanceof ApiError ? err.detail : err.message;
      extra = err.extra;
    } else if (fault) {
      code = fault.code;
    }
    const { status } = ERROR_CODES[code];
    const headers: Record<string, string> = { ...PROBLEM_TYPE };
    if (status === 401) headers["www-authenticate"] = `Bearer realm="skillforge"`;
    if (status === 503 || status === 429) headers["retry-after"] = String(retryAfterOf(err) ?? 2);
    if (status >= 500) {
      // Never the SQL or its parameters (an API key's hash is a parameter): codes and a stack only.
      const cause = isDatabaseError(err) ? { storage: describeStorageError(err) } : { error: err.stack ?? String(err) };
      deps.logger.error(code === "INTERNAL" ? "request failed" : "database unavailable", {
        requestId: rid,
        method: c.req.method,
        path: c.req.path,
        ...cause,
      });
    }
    return c.json(problem(code, { detail, extra, requestId: rid, instance: c.req.path }), status as 400, headers);
  });
  return app;
}

const BODY_METHODS = new Set(["POST", "PUT", "PATCH"]);
/**
 * Routes that wait on an LLM or run an audit and a whole trial (generate, import): no database
 * deadline. A deadline there would answer 503 while the work went on and registered a version.
 */
const LONG_RUNNING = /^\/v1\/skills\/(?:generate|import)$/;

function isDatabaseError(err: unknown): boolean {
  return (
    storageFault(err) !== undefined ||
    (typeof err === "object" &&
      err !== null &&
      ("query" in err || "params" in err || (err as Error).name === "DrizzleQueryError"))
  );
}

function retryAfterOf(err: unknown): number | undefined {
  const v = err instanceof SkillforgeError ? err.extra?.retryAfterSeconds : undefined;
  return typeof v === "number" ? Math.ceil(v) : undefined;
}
