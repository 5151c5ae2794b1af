// The approval stage's public face: disclosure, codes on two channels, the state machine, expiry,
// contact points, inbound SMS, and the channel adapters (loaded on demand: each imports its vendor).
import type { InstanceLock, Scheduler, ScheduledJob } from "../contract/index.js";
import { approvalTenant, listOutbox, type OutboxRow } from "../storage/index.js";
import type { ApprovalView } from "./gateway.js";
import { createContacts } from "./contacts.js";
import { createApprovalGateway } from "./gateway.js";
import { handleInboundSms, type InboundResult } from "./inbound-sms.js";
import type { GatewayDeps } from "./types.js";

export type {
  Approval,
  ApprovalStatus,
  Channel,
  Disclosure,
  DisclosureLine,
  GatewayDeps,
  OnApproved,
  VerifyOutcome,
} from "./types.js";
export { APPROVAL_STATUSES, CHANNELS } from "./types.js";
export type { ApprovalGateway, ApprovalView } from "./gateway.js";
export type { ContactPoint, MessageChannel } from "./contacts.js";
export { ensureDevContactPoints, validDestination } from "./contacts.js";
export { buildDisclosure, disclosureText, smsText } from "./disclosure.js";
export { bindingSha256, capabilitiesSha256, fingerprintOf } from "./binding.js";
export { deriveCodeKey } from "./codes.js";
export { transition, expectedChannel, type MachineEvent, type MachineState, type Transition } from "./state.js";
export { parseSmsReply, type InboundResult } from "./inbound-sms.js";

/** Channel adapters, each importing its vendor only when asked for. */
export const channelAdapters = {
  devOutbox: () => import("./channels/dev-outbox.js"),
  smtp: () => import("./channels/smtp.js"),
  twilio: () => import("./channels/twilio.js"),
  totp: () => import("./channels/totp.js"),
};

export interface ApprovalServiceDeps extends GatewayDeps {
  /** The twilio adapter's signature check, when SMS goes through Twilio. */
  twilioSignatureValid?: (signature: string, url: string, params: Record<string, string>) => boolean;
}

export type ApprovalService = ReturnType<typeof createApprovalService>;

export function createApprovalService(deps: ApprovalServiceDeps) {
  const gateway = createApprovalGateway(deps);
  const contacts = createContacts({ ...deps, afterCommit: () => void gateway.drainOutbox() });
  const webhookUrl = `${deps.publicUrl}/v1/webhooks/twilio`;
  return {
    gateway,
    contacts,
    /** True when any message channel only writes to the local outbox. */
    devOutboxInUse: Object.values(deps.senders).some((s) => s?.kind === "dev"),
    /**
     * The page and the email's reject link carry no API key: the derived token is the credential.
     * An unknown id and a wrong token look the same.
     */
    async pageView(approvalId: string, token: string | undefined, purpose: "page" | "reject"): Promise<ApprovalView | undefined> {
      if (!gateway.tokenMatches(approvalId, purpose, token)) return undefined;
      const tenantId = await approvalTenant(deps.db, approvalId);
      return tenantId ? gateway.view(tenantId, approvalId) : undefined;
    },
    /** The dev outbox, newest first (only meaningful while a dev sender is in use). */
    outbox(options: { tenantId?: string; limit?: number } = {}): Promise<OutboxRow[]> {
      return listOutbox(deps.db, options);
    },
    inboundSms(signature: string | undefined, params: Record<string, string>): Promise<InboundResult> {
      return handleInboundSms(
        { db: deps.db, clock: deps.clock, gateway, signatureValid: deps.twilioSignatureValid, webhookUrl },
        signature,
        params,
      );
    },
    /** Expiry every minute and outbox retries every 15 s, in UTC; each sweep runs once across instances. */
    schedule(scheduler: Scheduler, lock: InstanceLock): ScheduledJob[] {
      return [
        scheduler.schedule("approval-expiry", "0 * * * * *", async () => {
          await gateway.expireDue();
        }),
        scheduler.schedule("approval-outbox", "*/15 * * * * *", async () => {
          await lock.tryWithLock("sweep:approval-outbox", () => gateway.drainOutbox());
        }),
      ];
    },
  };
}
