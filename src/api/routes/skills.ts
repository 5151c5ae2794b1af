import { Hono, type Context } from "hono";
import { SkillforgeError, isErrorCode, type Json } from "../../contract/index.js";
import type { CallMethod, Registry, SkillBundle } from "../../registry/index.js";
import { requireScope, type AuthEnv } from "../http/auth.js";
import { readBodyText, readJson } from "../http/body.js";
import { requestHeader } from "../http/node-request.js";
import { endDatabaseDeadline } from "../http/deadline.js";
import { bodyChecker } from "../http/validate.js";
import { rateLimit, type RateLimiter } from "../http/rate-limit.js";

// Request bodies: validated here and published as the OpenAPI request bodies.
export const CONFIG_BODY = {
  type: "object",
  additionalProperties: false,
  required: ["config"],
  properties: { config: { type: "object" } },
};
export const ROLLBACK_BODY = {
  type: "object",
  additionalProperties: false,
  properties: { to: { type: "string", minLength: 1, maxLength: 120, description: "1.2.0, v1.2.0 or slug@v1.2.0" } },
};
export const REENABLE_BODY = {
  type: "object",
  additionalProperties: false,
  properties: {
    version: {
      type: "string",
      minLength: 1,
      maxLength: 120,
      description: "default: the active version; 1.2.0, v1.2.0 or slug@v1.2.0",
    },
  },
};
export const ACTION_BODY = {
  type: "object",
  additionalProperties: false,
  properties: { params: { description: "the action's params, checked against its params_schema" } },
};
export const SWEEP_BODY = {
  type: "object",
  additionalProperties: false,
  properties: { idleDays: { type: "integer", minimum: 1, maximum: 3650, description: "default SKILLFORGE_ARCHIVE_IDLE_DAYS" } },
};
export const IMPORT_BODY = {
  type: "object",
  additionalProperties: false,
  required: ["name", "files"],
  properties: {
    name: { type: "string", minLength: 1, maxLength: 120, description: "the folder name: the skill's slug" },
    files: {
      type: "object",
      description: "path → text: SKILL.md, scripts/skill.ts, manifest.json (as GET …/export gives them)",
      maxProperties: 64,
      additionalProperties: { type: "string" },
    },
  },
};
const checkConfig = bodyChecker<{ config: Json }>(CONFIG_BODY);
const checkRollback = bodyChecker<{ to?: string }>(ROLLBACK_BODY);
const checkReenable = bodyChecker<{ version?: string }>(REENABLE_BODY);
const checkAction = bodyChecker<{ params?: Json }>(ACTION_BODY);
const checkSweep = bodyChecker<{ idleDays?: number }>(SWEEP_BODY);
const checkImport = bodyChecker<SkillBundle>(IMPORT_BODY);

/** An empty body is `{}`: `POST …/rollback` and a parameterless action need none. */
async function optionalJson(c: Context): Promise<unknown> {
  if (requestHeader(c, "content-type") === undefined && (await readBodyText(c)).trim() === "") return {};
  return readJson(c);
}

const actor = (c: Context<AuthEnv>) => `api-key:${c.get("principal").key.id}`;
const tenantOf = (c: Context<AuthEnv>) => c.get("principal").tenant.id;

/**
 * `/v1/skills`: any key of the tenant reads; an assistant key runs, rolls back, re-enables, archives, restores,
 * imports and sets config; only an admin key deletes and sweeps.
 */
export function skillRoutes(registry: () => Promise<Registry>, limiter: RateLimiter): Hono<AuthEnv> {
  const app = new Hono<AuthEnv>();
  const limited = rateLimit(limiter, "run");

  app.get("/skills", async (c) => c.json({ skills: await (await registry()).list(tenantOf(c)) }));
  app.post("/skills/archive-sweep", requireScope("admin"), async (c) => {
    const body = checkSweep(await optionalJson(c));
    return c.json(await (await registry()).archiveSweep({ idleDays: body.idleDays, actor: actor(c), tenantId: tenantOf(c) }));
  });
  app.post("/skills/import", requireScope("assistant"), async (c) => {
    const bundle = checkImport(await readJson(c));
    return c.json(await (await registry()).importBundle({ tenantId: tenantOf(c), bundle, actor: actor(c) }), 201);
  });
  app.get("/skills/:slug", async (c) => c.json(await (await registry()).show(tenantOf(c), c.req.param("slug"))));
  app.get("/skills/:slug/versions", async (c) =>
    c.json({ versions: await (await registry()).versions(tenantOf(c), c.req.param("slug")) }),
  );

  app.patch("/skills/:slug", requireScope("assistant"), async (c) => {
    const body = checkConfig(await readJson(c));
    return c.json(
      await (
        await registry()
      ).setConfig({ tenantId: tenantOf(c), slug: c.req.param("slug"), config: body.config, actor: actor(c) }),
    );
  });
  app.delete("/skills/:slug", requireScope("admin"), async (c) => {
    await (await registry()).remove({ tenantId: tenantOf(c), slug: c.req.param("slug"), actor: actor(c) });
    return c.body(null, 204);
  });
  app.post("/skills/:slug/rollback", requireScope("assistant"), async (c) => {
    const body = checkRollback(await optionalJson(c));
    return c.json(
      await (await registry()).rollback({ tenantId: tenantOf(c), slug: c.req.param("slug"), to: body.to, actor: actor(c) }),
    );
  });
  app.post("/skills/:slug/reenable", requireScope("assistant"), async (c) => {
    const body = checkReenable(await optionalJson(c));
    return c.json(
      await (
        await registry()
      ).reenable({ tenantId: tenantOf(c), slug: c.req.param("slug"), version: body.version, actor: actor(c) }),
    );
  });
  for (const op of ["archive", "restore"] as const) {
    app.post(`/skills/:slug/${op}`, requireScope("assistant"), async (c) =>
      c.json(await (await registry())[op]({ tenantId: tenantOf(c), slug: c.req.param("slug"), actor: actor(c) })),
    );
  }
  app.get("/skills/:slug/export", async (c) => {
    const version = c.req.query("version");
    const bundle = await (await registry()).exportVersion({ tenantId: tenantOf(c), slug: c.req.param("slug"), version });
    if (c.req.query("format") !== "tar.gz") return c.json(bundle);
    const { bundleToTarGz } = await import("../../registry/index.js");
    const bytes = await bundleToTarGz(bundle);
    return c.body(new Uint8Array(bytes), 200, {
      "content-type": "application/gzip",
      "content-disposition": `attachment; filename="${bundle.name}.tar.gz"`,
    });
  });

  const run = async (c: Context<AuthEnv>, method: CallMethod, action?: string, params?: Json) => {
    const outcome = await (
      await registry()
    ).call({
      tenantId: tenantOf(c),
      slug: c.req.param("slug")!,
      method,
      action,
      params,
      // The skill's run is bounded by the sandbox's cap, not by the database deadline.
      onResolved: () => endDatabaseDeadline(c),
    });
    if (!outcome.ok) {
      // The skill failed, not the request: problem+json with the code, and the version it ran on.
      throw new SkillforgeError(isErrorCode(outcome.code) ? outcome.code : "SANDBOX_SKILL_ERROR", outcome.message, {
        versionId: outcome.versionId,
        version: outcome.version,
        tag: outcome.tag,
        ms: outcome.ms,
      });
    }
    return c.json(outcome);
  };
  app.post("/skills/:slug/actions/:action", requireScope("assistant"), limited, async (c) => {
    const body = checkAction(await optionalJson(c));
    return run(c, "executeAction", c.req.param("action"), body.params ?? {});
  });
  app.get("/skills/:slug/data", requireScope("assistant"), limited, (c) => run(c, "getData"));
  app.get("/skills/:slug/insights", requireScope("assistant"), limited, (c) => run(c, "getInsights"));
  return app;
}
