import { Hono } from "hono";
import { APPROVAL_STATUSES, CHANNELS, SkillforgeError, type Channel } from "../../contract/index.js";
import type { Approval, ApprovalService } from "../../approval/index.js";
import { requireScope, type AuthEnv } from "../http/auth.js";
import { readJson } from "../http/body.js";
import { ApiError } from "../http/errors.js";
import { bodyChecker } from "../http/validate.js";
import { rateLimit, type RateLimiter } from "../http/rate-limit.js";

// Request bodies: validated here and published as the OpenAPI request bodies.
const UUID = { type: "string", pattern: "^[0-9a-fA-F-]{36}$" };
const CODE = { type: "string", minLength: 1, maxLength: 20 };
export const CREATE_APPROVAL_BODY = {
  type: "object",
  additionalProperties: false,
  required: ["versionId"],
  properties: { versionId: UUID },
};
export const CONFIRM_BODY = {
  type: "object",
  additionalProperties: false,
  required: ["channel", "code"],
  properties: { channel: { enum: [...CHANNELS] }, code: CODE },
};
export const CONTACT_BODY = {
  type: "object",
  additionalProperties: false,
  required: ["channel", "destination"],
  properties: { channel: { enum: ["sms", "email"] }, destination: { type: "string", minLength: 3, maxLength: 254 } },
};
export const VERIFY_CONTACT_BODY = {
  type: "object",
  additionalProperties: false,
  required: ["code"],
  properties: { code: CODE, confirmCode: CODE },
};
export const TOTP_BODY = {
  type: "object",
  additionalProperties: false,
  properties: { account: { type: "string", minLength: 1, maxLength: 100 } },
};
/** `GET /v1/approvals?status=`. */
export const STATUS_QUERY = { enum: [...APPROVAL_STATUSES] };
const checkCreate = bodyChecker<{ versionId: string }>(CREATE_APPROVAL_BODY);
const checkConfirm = bodyChecker<{ channel: Channel; code: string }>(CONFIRM_BODY);
const checkContact = bodyChecker<{ channel: "sms" | "email"; destination: string }>(CONTACT_BODY);
const checkVerify = bodyChecker<{ code: string; confirmCode?: string }>(VERIFY_CONTACT_BODY);
const checkTotp = bodyChecker<{ account?: string }>(TOTP_BODY);

/** What an assistant may see of a request: its state, never a code, a token or a link. */
const statusOnly = (a: Approval) => ({
  id: a.id,
  versionId: a.versionId,
  status: a.status,
  createdAt: a.createdAt,
  expiresAt: a.expiresAt,
  ...(a.decidedAt ? { decidedAt: a.decidedAt } : {}),
});

/** `/v1/approvals` and `/v1/contacts`. Only an admin key decides; an assistant asks and reads status. */
export function approvalRoutes(service: () => Promise<ApprovalService>, limiter: RateLimiter): Hono<AuthEnv> {
  const app = new Hono<AuthEnv>();
  const isAdmin = (c: { get(k: "principal"): { key: { scopes: string[] } } }) => c.get("principal").key.scopes.includes("admin");
  const actor = (c: { get(k: "principal"): { key: { id: string } } }) => `api-key:${c.get("principal").key.id}`;

  app.get("/approvals", async (c) => {
    const status = c.req.query("status");
    if (status !== undefined && !(APPROVAL_STATUSES as readonly string[]).includes(status))
      throw new ApiError("VALIDATION_FAILED", "status must be pending, approved, rejected, expired or superseded");
    const list = await (await service()).gateway.list(c.get("principal").tenant.id, status as Approval["status"] | undefined);
    return c.json({ approvals: isAdmin(c) ? list : list.map(statusOnly) });
  });
  app.get("/approvals/:id", async (c) => {
    const s = await service();
    const view = await s.gateway.view(c.get("principal").tenant.id, c.req.param("id"));
    if (!view) throw new ApiError("NOT_FOUND", "no such approval request in this tenant");
    if (!isAdmin(c)) return c.json(statusOnly(view.approval));
    return c.json({
      ...view.approval,
      disclosure: view.disclosure,
      pageUrl: s.gateway.links(view.approval.id).pageUrl,
      events: view.events.map((e) => ({ kind: e.kind, channel: e.channel, at: e.at.toISOString() })),
    });
  });
  app.post("/approvals", requireScope("assistant"), async (c) => {
    const { versionId } = checkCreate(await readJson(c));
    const a = await (await service()).gateway.create(c.get("principal").tenant.id, versionId, actor(c));
    return c.json(isAdmin(c) ? a : statusOnly(a), 201);
  });
  app.post("/approvals/:id/confirm", requireScope("admin"), rateLimit(limiter, "confirm"), async (c) => {
    const body = checkConfirm(await readJson(c));
    const out = await (
      await service()
    ).gateway.verify(c.get("principal").tenant.id, c.req.param("id"), body.channel, body.code, actor(c));
    if (!out.ok) throw new SkillforgeError(out.code);
    return c.json({ ...out.approval, next: out.next ?? null });
  });
  app.post("/approvals/:id/reject", requireScope("admin"), async (c) =>
    c.json(await (await service()).gateway.reject(c.get("principal").tenant.id, c.req.param("id"), actor(c))),
  );
  app.post("/approvals/:id/resend", requireScope("admin"), async (c) =>
    c.json(await (await service()).gateway.resend(c.get("principal").tenant.id, c.req.param("id"), actor(c))),
  );

  app.get("/contacts", requireScope("admin"), async (c) =>
    c.json({ contacts: await (await service()).contacts.list(c.get("principal").tenant.id) }),
  );
  app.post("/contacts", requireScope("admin"), async (c) => {
    const body = checkContact(await readJson(c));
    return c.json(
      await (await service()).contacts.add(c.get("principal").tenant.id, body.channel, body.destination, actor(c)),
      201,
    );
  });
  app.post("/contacts/:id/verify", requireScope("admin"), async (c) => {
    const body = checkVerify(await readJson(c));
    return c.json(
      await (
        await service()
      ).contacts.verify(c.get("principal").tenant.id, c.req.param("id"), body.code, body.confirmCode, actor(c)),
    );
  });
  app.post("/contacts/totp", requireScope("admin"), async (c) => {
    const body = checkTotp(await readJson(c));
    const { tenant } = c.get("principal");
    return c.json(await (await service()).contacts.enrolTotp(tenant.id, body.account ?? tenant.name, actor(c)), 201);
  });
  return app;
}
