// The HTTP app over a real database with Twilio configured (signatures checked with the real SDK)
// and recording senders; the demo of an attacker holding an assistant key or forging a webhook.
import { sql } from "drizzle-orm";
import { createApp } from "../../../src/api/app.js";
import { createLogger } from "../../../src/api/http/logger.js";
import { createRoot } from "../../../src/api/root.js";
import { createManualClock } from "../../../src/api/adapters/system.js";
import { loadConfig } from "../../../src/config/index.js";
import { createApiKey, createTenant, insertContact, openStorage, type Storage } from "../../../src/storage/index.js";
import { insertVersion, recordingSender } from "../../support/approval.js";
import { tempDir } from "../../support/cli.js";

export const AUTH_TOKEN = "twilio-auth-token-for-tests";
export const PUBLIC_URL = "https://skillforge.example.test";
export const PHONE = "+15550123456";

export async function approvalApp() {
  const storage: Storage = await openStorage({});
  const clock = createManualClock(new Date("2026-03-01T10:00:00Z"));
  const sms = recordingSender("sms");
  const email = recordingSender("email");
  const config = loadConfig(
    {
      TWILIO_ACCOUNT_SID: `AC${"1".repeat(32)}`,
      TWILIO_AUTH_TOKEN: AUTH_TOKEN,
      TWILIO_FROM: "+15550009999",
      SKILLFORGE_PUBLIC_URL: PUBLIC_URL,
      SKILLFORGE_LOG_LEVEL: "silent",
    },
    { dataDir: tempDir() },
  );
  const approved: string[] = [];
  const root = createRoot(config, {
    storage,
    clock,
    senders: { sms, email },
    onApproved: async (a) => {
      approved.push(a.id);
    },
  });
  const app = createApp({ root, storage, logger: createLogger("silent"), bodyLimitBytes: 64 * 1024 });
  const tenant = await createTenant(storage.db, { name: "Victim" }, "test");
  const now = clock.now();
  await insertContact(storage.db, {
    tenantId: tenant.id,
    channel: "email",
    destination: "owner@example.test",
    status: "verified",
    verifiedAt: now,
    effectiveAt: now,
    createdAt: now,
  });
  await insertContact(storage.db, {
    tenantId: tenant.id,
    channel: "sms",
    destination: PHONE,
    status: "verified",
    verifiedAt: now,
    effectiveAt: now,
    createdAt: now,
  });
  const admin = (await createApiKey(storage.db, tenant.id, { name: "admin", scopes: ["admin"] }, "test")).token;
  const assistant = (await createApiKey(storage.db, tenant.id, { name: "assistant", scopes: ["assistant"] }, "test")).token;
  const call = (path: string, token: string | undefined, init: { method?: string; body?: unknown } = {}) =>
    app.request(path, {
      method: init.method ?? "GET",
      headers: {
        ...(token ? { authorization: `Bearer ${token}` } : {}),
        ...(init.body !== undefined ? { "content-type": "application/json" } : {}),
      },
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
    });
  return {
    storage,
    clock,
    sms,
    email,
    root,
    app,
    tenant,
    admin,
    assistant,
    approved,
    call,
    newVersion: () => insertVersion(storage, tenant.id, { slug: `custom-s${Math.random().toString(36).slice(2, 10)}` }),
    emailCode: () => /code: (\d{8})/.exec(email.sent.at(-1)?.text ?? "")?.[1] ?? "",
    smsCode: () => /Code (\d{6})/.exec(sms.sent.at(-1)?.text ?? "")?.[1] ?? "",
    flush: async () => (await root.approval()).gateway.flush(),
    status: async (id: string) => JSON.stringify(await storage.db.execute(sql`select status from approvals where id = ${id}`)),
    close: async () => {
      await root.close();
      await storage.close();
    },
  };
}
