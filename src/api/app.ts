import { Hono } from "hono";
import { bodyLimit } from "hono/body-limit";
import { requestId } from "hono/request-id";
import type { Storage } from "../storage/index.js";
import type { Root } from "./root.js";
import { findActiveKey } from "../storage/index.js";
import { bearerAuth, type AuthEnv } from "./http/auth.js";
import { SkillforgeError } from "../contract/index.js";
import { ApiError, ERROR_CODES, problem, type ErrorCode } from "./http/errors.js";
import type { Logger } from "./http/logger.js";
import { OPENAPI_DOCUMENT } from "./openapi.js";
import { DASHBOARD_HTML } from "./pages/dashboard.js";
import { healthRoutes } from "./routes/health.js";
import { keyRoutes } from "./routes/keys.js";
import { needsRoutes } from "./routes/needs.js";
import { skillRoutes } from "./routes/skills.js";

export interface AppDeps {
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
  app.use("*", requestId());
  app.use("*", bodyLimit({
    maxSize: deps.bodyLimitBytes,
    onError: () => { throw new ApiError("BODY_TOO_LARGE", `the limit is ${deps.bodyLimitBytes} bytes`); },
  }));

  app.route("/", healthRoutes(deps.storage));
  app.get("/openapi.json", (c) => c.json(OPENAPI_DOCUMENT));
  app.get("/", (c) => c.redirect("/dashboard"));
  app.get("/dashboard", (c) => c.html(DASHBOARD_HTML));

  const v1 = new Hono<AuthEnv>();
  v1.use("*", bearerAuth(async (token) => findActiveKey(deps.storage.db, token)));
  v1.route("/", keyRoutes(deps.storage.db));
  v1.route("/", needsRoutes(deps.storage.db));
  if (deps.root) v1.route("/", skillRoutes(deps.root.registry));
  app.route("/v1", v1);

  app.notFound((c) => c.json(problem("NOT_FOUND", { detail: `no route ${c.req.method} ${c.req.path}`, requestId: c.get("requestId") }), 404, PROBLEM_TYPE));
  app.onError((err, c) => {
    const rid = c.get("requestId");
    let code: ErrorCode = "INTERNAL";
    let detail: string | undefined;
    let extra: Record<string, unknown> | undefined;
    if (err instanceof SkillforgeError) {
      code = err.code;
      detail = err instanceof ApiError ? err.detail : err.message;
      extra = err.extra;
    }
    const { status } = ERROR_CODES[code];
    if (status >= 500) deps.logger.error("request failed", { requestId: rid, method: c.req.method, path: c.req.path, error: err.stack ?? String(err) });
    return c.json(problem(code, { detail, extra, requestId: rid, instance: c.req.path }), status as 400, PROBLEM_TYPE);
  });
  return app;
}
