// `GET /v1/dev/outbox`: the dev outbox of the caller's tenant as JSON, for `skillforge outbox` on a
// live instance. Like the page, it exists only while a channel's sender is the dev outbox: it shows
// codes, which with real transports only their destinations may see.
import { Hono } from "hono";
import type { ApprovalService } from "../../approval/index.js";
import type { OutboxRow } from "../../storage/index.js";
import { requireScope, type AuthEnv } from "../http/auth.js";
import { ApiError } from "../http/errors.js";

/** `?limit=`: validated here and published as the OpenAPI query parameter. */
export const OUTBOX_LIMIT_QUERY = { type: "integer", minimum: 1, maximum: 500, default: 20 };

/** One message as the CLI and the API show it. */
export function outboxMessage(r: OutboxRow) {
  return {
    at: r.createdAt.toISOString(),
    channel: r.channel,
    destination: r.destination,
    status: r.status,
    transport: r.transport,
    subject: r.subject,
    text: r.body,
    approvalId: r.approvalId,
  };
}

export function outboxRoutes(service: () => Promise<ApprovalService>): Hono<AuthEnv> {
  const app = new Hono<AuthEnv>();
  app.get("/dev/outbox", requireScope("admin"), async (c) => {
    const raw = c.req.query("limit") ?? String(OUTBOX_LIMIT_QUERY.default);
    const limit = /^\d{1,3}$/.test(raw) ? Number(raw) : NaN;
    if (!(limit >= OUTBOX_LIMIT_QUERY.minimum && limit <= OUTBOX_LIMIT_QUERY.maximum))
      throw new ApiError("VALIDATION_FAILED", "limit must be a whole number from 1 to 500");
    const s = await service();
    if (!s.devOutboxInUse) throw new ApiError("NOT_FOUND", "the dev outbox is off: every channel has a real transport");
    await s.gateway.drainOutbox();
    const rows = await s.outbox({ tenantId: c.get("principal").tenant.id, limit });
    return c.json({ messages: rows.map(outboxMessage) });
  });
  return app;
}
