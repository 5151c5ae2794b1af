import { Hono } from "hono";
import { checkName } from "../../contract/index.js";
import { API_KEY_SCOPES, createApiKey, listApiKeysPage, revokeApiKey, type ApiKeyScope, type Db } from "../../storage/index.js";
import { requireScope, type AuthEnv } from "../http/auth.js";
import { readJson } from "../http/body.js";
import { ApiError } from "../http/errors.js";
import { encodeCursor, invalidCursor, readPageQuery } from "../http/page.js";
import { bodyChecker } from "../http/validate.js";

/** `POST /v1/keys`: validated here and published as the OpenAPI request body. */
export const NEW_KEY_BODY = {
  type: "object",
  additionalProperties: false,
  required: ["name", "scopes"],
  properties: {
    name: { type: "string", minLength: 1, maxLength: 100 },
    scopes: { type: "array", minItems: 1, maxItems: 2, uniqueItems: true, items: { enum: [...API_KEY_SCOPES] } },
  },
};
const checkNewKey = bodyChecker<{ name: string; scopes: ApiKeyScope[] }>(NEW_KEY_BODY);

/** `/v1/me` for any key; `/v1/keys` for the tenant's admins (paginated: `?limit=&cursor=`). */
export function keyRoutes(db: Db, hooks: { onRevoke?: () => void } = {}): Hono<AuthEnv> {
  const app = new Hono<AuthEnv>();
  app.get("/me", (c) => {
    const { tenant, key } = c.get("principal");
    return c.json({ tenant: { id: tenant.id, name: tenant.name }, key: { id: key.id, name: key.name, scopes: key.scopes } });
  });
  app.get("/keys", requireScope("admin"), async (c) => {
    const query = readPageQuery(c);
    const page = await listApiKeysPage(db, c.get("principal").tenant.id, query);
    if (!page) throw invalidCursor();
    const last = page.keys.at(-1);
    return c.json({ keys: page.keys, next_cursor: page.more && last ? encodeCursor(last.id) : null });
  });
  app.post("/keys", requireScope("admin"), async (c) => {
    const body = checkNewKey(await readJson(c));
    const checked = checkName(body.name, "name");
    if (!checked.ok) throw new ApiError("VALIDATION_FAILED", checked.reason);
    body.name = checked.name;
    const { tenant, key } = c.get("principal");
    const created = await createApiKey(db, tenant.id, body, `api-key:${key.id}`);
    return c.json(created, 201);
  });
  app.delete("/keys/:id", requireScope("admin"), async (c) => {
    const { tenant, key } = c.get("principal");
    if (!(await revokeApiKey(db, tenant.id, c.req.param("id"), `api-key:${key.id}`))) {
      throw new ApiError("NOT_FOUND", "no live API key with that id in this tenant");
    }
    hooks.onRevoke?.(); // the key stops working at once in this instance
    return c.body(null, 204);
  });
  return app;
}
