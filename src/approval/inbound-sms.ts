// Inbound SMS replies (`APPROVE 123456`, `REJECT`) from Twilio's webhook. Trusted only when the
// signature holds for the configured public URL, the sender is an enrolled number, and the
// MessageSid is new. STOP-like words are not used: Twilio treats them as opt-out.
import { appendAudit, pendingAwaiting, listApprovals, recordInboundSid, tenantByPhone, type Db } from "../storage/index.js";
import type { Clock } from "../contract/index.js";
import type { ApprovalGateway } from "./gateway.js";

export type SmsReply = { kind: "approve"; code: string } | { kind: "reject" };

export function parseSmsReply(body: string): SmsReply | null {
  const text = body.trim().toUpperCase().replace(/\s+/g, " ");
  const approve = /^APPROVE ([0-9][0-9 -]{4,12}[0-9])$/.exec(text);
  if (approve) return { kind: "approve", code: approve[1]!.replace(/[ -]/g, "") };
  return text === "REJECT" ? { kind: "reject" } : null;
}

export interface InboundDeps {
  db: Db;
  clock: Clock;
  gateway: ApprovalGateway;
  /** The twilio adapter's signature check; absent when SMS is not configured with Twilio. */
  signatureValid?: (signature: string, url: string, params: Record<string, string>) => boolean;
  webhookUrl: string;
}

export type InboundResult = "bad_signature" | "not_configured" | "ignored" | "duplicate" | "confirmed" | "refused" | "rejected";

export async function handleInboundSms(
  deps: InboundDeps,
  signature: string | undefined,
  params: Record<string, string>,
): Promise<InboundResult> {
  if (!deps.signatureValid) return "not_configured";
  if (!signature || !deps.signatureValid(signature, deps.webhookUrl, params)) {
    await appendAudit(deps.db, {
      tenantId: null,
      actor: "twilio-webhook",
      action: "approval.webhook_bad_signature",
      detail: { messageSid: String(params.MessageSid ?? "").slice(0, 64) },
    });
    return "bad_signature";
  }
  const sid = params.MessageSid ?? params.SmsSid;
  if (!sid || !/^[A-Za-z0-9]{10,64}$/.test(sid)) return "ignored";
  const now = deps.clock.now();
  // Only the enrolled, effective number speaks for a tenant; any other `From` is ignored.
  const tenantId = params.From ? await tenantByPhone(deps.db, params.From, now) : undefined;
  if (!(await recordInboundSid(deps.db, sid, tenantId ?? null, now))) return "duplicate";
  if (!tenantId) {
    await appendAudit(deps.db, {
      tenantId: null,
      actor: "twilio-webhook",
      action: "approval.webhook_unknown_sender",
      detail: { messageSid: sid },
    });
    return "ignored";
  }
  const reply = parseSmsReply(params.Body ?? "");
  if (!reply) return "ignored";
  const actor = `sms:${sid}`;
  if (reply.kind === "approve") {
    const approval = await pendingAwaiting(deps.db, tenantId, "sms");
    if (!approval) return "ignored";
    const out = await deps.gateway.verify(tenantId, approval.id, "sms", reply.code, actor);
    return out.ok ? "confirmed" : "refused";
  }
  const [newest] = (await listApprovals(deps.db, tenantId, { status: "pending", limit: 20 })).filter((a) =>
    a.channels.includes("sms"),
  );
  if (!newest) return "ignored";
  await deps.gateway.reject(tenantId, newest.id, actor);
  return "rejected";
}
