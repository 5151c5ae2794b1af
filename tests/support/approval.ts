// A tenant, a skill version awaiting approval and an approval service over a real database, with a
// pinned clock and recording senders (a port we own). Real SMTP/Twilio senders replace them where a
// test is about delivery.
import { createHash, randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { generate } from "otplib";
import { createApprovalService, deriveCodeKey, type ApprovalService, type Approval } from "../../src/approval/index.js";
import { createTotpVerifier } from "../../src/approval/channels/totp.js";
import { createManualClock, cryptoIds } from "../../src/api/adapters/system.js";
import type { MessageSender, OutboundMessage, SendResult } from "../../src/contract/index.js";
import { createSecretBox, createTenant, insertContact, listOutbox, type Storage } from "../../src/storage/index.js";
import { skills, skillVersions } from "../../src/storage/schema/index.js";

export const EXAMPLE_SOURCE = readFileSync(
  join(import.meta.dirname, "..", "security", "audit", "benign", "water-tracker.ts.sample"),
  "utf8",
);
export const EXAMPLE_CAPS = ["data.read:water_entries", "data.write:water_entries"];
export const sha256 = (s: string) => createHash("sha256").update(s, "utf8").digest("hex");

export interface RecordingSender extends MessageSender {
  sent: OutboundMessage[];
  /** Results to return, consumed in order; ok when empty. */
  script: SendResult[];
}

export function recordingSender(channel: "sms" | "email"): RecordingSender {
  const s: RecordingSender = {
    channel,
    kind: "twilio",
    sent: [],
    script: [],
    async send(m) {
      s.sent.push(m);
      return s.script.shift() ?? { ok: true, providerId: `rec-${s.sent.length}` };
    },
  };
  return s;
}

export async function insertVersion(
  storage: Storage,
  tenantId: string,
  opts: { slug?: string; version?: string; caps?: string[]; source?: string; skillId?: string } = {},
) {
  let skillId = opts.skillId;
  if (!skillId) {
    const [skill] = await storage.db
      .insert(skills)
      .values({ tenantId, slug: opts.slug ?? "custom-water-tracker", name: "Water tracker" })
      .returning();
    skillId = skill!.id;
  }
  const source = opts.source ?? EXAMPLE_SOURCE;
  const caps = opts.caps ?? EXAMPLE_CAPS;
  const [v] = await storage.db
    .insert(skillVersions)
    .values({
      skillId,
      tenantId,
      version: opts.version ?? "1.0.0",
      source,
      sha256: sha256(source),
      manifest: {},
      configSchema: {},
      capabilities: caps,
      status: "awaiting_approval",
      auditReport: {
        ok: true,
        findings: [],
        capabilities: caps as never,
        risk: "medium",
        actions: [{ slug: "log_water", name: "Log water", description: "", params_schema: {} }],
      },
    })
    .returning();
  return { skillId, versionId: v!.id };
}

export interface Fixture {
  storage: Storage;
  service: ApprovalService;
  clock: ReturnType<typeof createManualClock>;
  sms: RecordingSender;
  email: RecordingSender;
  approved: Approval[];
  tenantId: string;
  secretKey: string;
  totpSecret?: string;
  /** The code in the newest message to `channel`. */
  lastCode(channel: "sms" | "email"): string;
  totpCode(): Promise<string>;
}

export async function approvalFixture(
  storage: Storage,
  options: { totp?: boolean; senders?: Partial<Record<"sms" | "email", MessageSender>>; cooldownMs?: number } = {},
): Promise<Fixture> {
  const clock = createManualClock(new Date("2026-03-01T10:00:00Z"));
  const sms = recordingSender("sms");
  const email = recordingSender("email");
  const secretKey = randomBytes(32).toString("base64");
  const box = createSecretBox(secretKey);
  const approved: Approval[] = [];
  const tenant = await createTenant(storage.db, { name: `T-${randomBytes(3).toString("hex")}` }, "test");
  const now = clock.now();
  const phone = `+1555${String(randomBytes(3).readUIntBE(0, 3) % 10_000_000).padStart(7, "0")}`;
  for (const [channel, destination] of [
    ["email", `owner-${tenant.id.slice(0, 8)}@example.test`],
    ["sms", phone],
  ] as const) {
    await insertContact(storage.db, {
      tenantId: tenant.id,
      channel,
      destination,
      status: "verified",
      verifiedAt: now,
      effectiveAt: now,
      createdAt: now,
    });
  }
  const totp = createTotpVerifier();
  const service = createApprovalService({
    db: storage.db,
    clock,
    ids: cryptoIds,
    senders: { sms: options.senders?.sms ?? sms, email: options.senders?.email ?? email },
    totp,
    box,
    codeKey: deriveCodeKey(secretKey),
    publicUrl: "http://127.0.0.1:3000",
    contactCooldownMs: options.cooldownMs ?? 24 * 3600_000,
    onApproved: async (a) => {
      approved.push(a);
    },
  });
  const fx: Fixture = {
    storage,
    service,
    clock,
    sms,
    email,
    approved,
    tenantId: tenant.id,
    secretKey,
    lastCode(channel) {
      const text = (channel === "sms" ? sms : email).sent.at(-1)?.text ?? "";
      const m = channel === "sms" ? /Code (\d{6})/.exec(text) : /code: (\d{8})/.exec(text);
      if (!m) throw new Error(`no ${channel} code in ${JSON.stringify(text)}`);
      return m[1]!;
    },
    async totpCode() {
      return generate({ secret: fx.totpSecret!, epoch: Math.floor(clock.now().getTime() / 1000) });
    },
  };
  if (options.totp) {
    const { uri } = await service.contacts.enrolTotp(tenant.id, "owner", "test");
    fx.totpSecret = new URL(uri).searchParams.get("secret")!;
  }
  return fx;
}

/** Outbox rows of one request, oldest first. */
export async function outboxOf(storage: Storage, approvalId: string) {
  return (await listOutbox(storage.db, { approvalId, limit: 100 })).reverse();
}
