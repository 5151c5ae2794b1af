// Routes without an API key: the approval page (its derived token is the credential), the email's
// reject link, Twilio's signed webhook, and the dev outbox (only while a dev sender is in use).
import { Hono } from "hono";
import { CHANNELS, type Channel } from "../../contract/index.js";
import type { ApprovalService, ApprovalView } from "../../approval/index.js";
import type { Registry } from "../../registry/index.js";
import type { AuthEnv } from "../http/auth.js";
import { ApiError } from "../http/errors.js";
import { ApprovalPage, RejectPage } from "../pages/approval.js";
import { DevOutboxPage } from "../pages/dev-outbox.js";
import { Layout, renderPage } from "../pages/layout.js";
import type { RateLimiter } from "../http/rate-limit.js";

const notFoundPage = () =>
  renderPage(
    <Layout title="Not found" noReferrer>
      <h1>Not found</h1>
      <p>This approval link is not valid.</p>
    </Layout>,
  );
const NOTICE: Record<string, string> = {
  APPROVAL_CODE_REJECTED: "That code was not accepted.",
  APPROVAL_EXPIRED: "This request has expired.",
  APPROVAL_SUPERSEDED: "The skill changed; this request is superseded.",
  APPROVAL_DECIDED: "This request is already decided.",
  APPROVAL_UNDELIVERABLE: "This request cannot be approved: a channel could not deliver its code.",
  RATE_LIMITED: "No more codes can be sent right now.",
};

export function approvalPageRoutes(
  service: () => Promise<ApprovalService>,
  registry: () => Promise<Registry>,
  limiter: RateLimiter,
): Hono<AuthEnv> {
  const app = new Hono<AuthEnv>();
  const page = async (view: ApprovalView, token: string, notice?: { kind: "ok" | "error"; text: string }) => {
    const { approval, disclosure } = view;
    const review = disclosure
      ? await (await registry()).review(approval.tenantId, disclosure.slug, approval.versionId)
      : undefined;
    const devOutbox = (await service()).devOutboxInUse;
    return renderPage(
      <ApprovalPage
        approval={approval}
        disclosure={disclosure}
        review={review}
        token={token}
        notice={notice}
        devOutbox={devOutbox}
      />,
    );
  };
  const form = async (c: { req: { parseBody(): Promise<Record<string, unknown>> } }) => {
    const b = await c.req.parseBody();
    return (k: string) => (typeof b[k] === "string" ? (b[k] as string) : undefined);
  };

  app.get("/approve/:id", async (c) => {
    const token = c.req.query("t");
    const view = await (await service()).pageView(c.req.param("id"), token, "page");
    if (!view) return c.html(await notFoundPage(), 404);
    return c.html(await page(view, token!));
  });
  app.post("/approve/:id", async (c) => {
    const id = c.req.param("id");
    const field = await form(c);
    const token = field("t");
    const s = await service();
    const view = await s.pageView(id, token, "page");
    if (!view) return c.html(await notFoundPage(), 404);
    const { tenantId } = view.approval;
    const action = field("action");
    let notice: { kind: "ok" | "error"; text: string } | undefined;
    if (action === "reject") {
      if (view.approval.status === "pending") await s.gateway.reject(tenantId, id, "approval-page");
      notice = { kind: "ok", text: "Rejected." };
    } else if (action === "resend") {
      try {
        await s.gateway.resend(tenantId, id, "approval-page");
        notice = { kind: "ok", text: "A new code is on its way." };
      } catch (err) {
        notice = { kind: "error", text: NOTICE[(err as { code?: string }).code ?? ""] ?? "No new code could be sent." };
      }
    } else {
      const channel = field("channel");
      if (!channel || !(CHANNELS as readonly string[]).includes(channel)) return c.html(await notFoundPage(), 400);
      // The page's code form spends the same bucket as POST /v1/approvals/:id/confirm.
      const taken = limiter.take(tenantId, "confirm");
      if (!taken.ok) {
        const text = `Too many codes were tried for this account just now. Wait ${taken.retryAfterSeconds} seconds and try again.`;
        return c.html(await page(view, token!, { kind: "error", text }), 429, {
          "retry-after": String(taken.retryAfterSeconds),
        });
      }
      const out = await s.gateway.verify(tenantId, id, channel as Channel, field("code") ?? "", "approval-page");
      notice = out.ok
        ? { kind: "ok", text: out.next ? "Confirmed. The next code is on its way." : "Confirmed." }
        : { kind: "error", text: NOTICE[out.code] ?? "That code was not accepted." };
    }
    const fresh = (await s.pageView(id, token, "page"))!;
    return c.html(await page(fresh, token!, notice), notice.kind === "ok" ? 200 : 422);
  });
  app.get("/approve/:id/reject", async (c) => {
    const token = c.req.query("t");
    const view = await (await service()).pageView(c.req.param("id"), token, "reject");
    if (!view) return c.html(await notFoundPage(), 404);
    return c.html(await renderPage(<RejectPage approval={view.approval} token={token!} done={false} />));
  });
  app.post("/approve/:id/reject", async (c) => {
    const id = c.req.param("id");
    const token = (await form(c))("t");
    const s = await service();
    const view = await s.pageView(id, token, "reject");
    if (!view) return c.html(await notFoundPage(), 404);
    if (view.approval.status === "pending") await s.gateway.reject(view.approval.tenantId, id, "email-reject-link");
    const after = (await s.pageView(id, token, "reject"))!;
    return c.html(await renderPage(<RejectPage approval={after.approval} token={token!} done />));
  });

  app.post("/v1/webhooks/twilio", async (c) => {
    const raw = await c.req.parseBody();
    const params: Record<string, string> = {};
    for (const [k, v] of Object.entries(raw)) if (typeof v === "string") params[k] = v;
    const result = await (await service()).inboundSms(c.req.header("x-twilio-signature"), params);
    if (result === "bad_signature") throw new ApiError("WEBHOOK_SIGNATURE", "X-Twilio-Signature does not match");
    if (result === "not_configured") throw new ApiError("CHANNEL_NOT_CONFIGURED", "SMS is not configured with Twilio");
    // Twilio gets an empty reply whatever happened: the sender learns nothing about codes.
    return c.body('<?xml version="1.0" encoding="UTF-8"?><Response></Response>', 200, { "content-type": "text/xml" });
  });

  app.get("/dev/outbox", async (c) => {
    const s = await service();
    if (!s.devOutboxInUse) throw new ApiError("NOT_FOUND", "the dev outbox is off: every channel has a real transport");
    return c.html(await renderPage(<DevOutboxPage rows={await s.outbox({ limit: 50 })} />));
  });
  return app;
}
