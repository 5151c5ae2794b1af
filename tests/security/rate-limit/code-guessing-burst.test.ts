// Technique: brute force by volume. The per-code lock (5 wrong) and the per-request reject (10
// wrong) bound guesses on one request, but a caller holding a tenant's admin key (or its page link)
// can still fire code submissions as fast as the service answers: each one takes the request's row
// lock and a database transaction, and a flood from one tenant would queue everyone else's.
// Attack: 40 wrong codes in a burst on one tenant's confirm, through the API and the page's form.
// Defence: a token bucket per (tenant, route class) refuses the burst past 30 with 429
// TENANT_RATE_LIMITED and Retry-After before the database is touched, while another tenant's
// confirm at the same moment goes through.
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApiKey, createTenant, insertContact } from "../../../src/storage/index.js";
import { approvalApp } from "../approval/harness.js";
import { insertVersion } from "../../support/approval.js";

const BURST = 30; // SKILLFORGE_RATE_CONFIRM's default: 30 per 10 minutes

describe("code-guessing burst on confirm", () => {
  let h: Awaited<ReturnType<typeof approvalApp>>;
  let otherAdmin = "";
  let otherTenant = "";
  beforeAll(async () => {
    h = await approvalApp();
    const other = await createTenant(h.storage.db, { name: "Bystander" }, "test");
    otherTenant = other.id;
    const now = h.clock.now();
    for (const [channel, destination] of [
      ["email", "bystander@example.test"],
      ["sms", "+15550100200"],
    ] as const)
      await insertContact(h.storage.db, {
        tenantId: other.id,
        channel,
        destination,
        status: "verified",
        verifiedAt: now,
        effectiveAt: now,
        createdAt: now,
      });
    otherAdmin = (await createApiKey(h.storage.db, other.id, { name: "admin", scopes: ["admin"] }, "test")).token;
  });
  afterAll(async () => h?.close());

  const failedAttempts = async (id: string) => {
    const rows = await h.storage.db.execute(sql`select failed_attempts from approvals where id = ${id}`);
    const list = (Array.isArray(rows) ? rows : (rows as { rows: unknown[] }).rows) as Array<{ failed_attempts: number }>;
    return list[0]!.failed_attempts;
  };

  it("past the tenant's burst every submission is 429 with Retry-After, uncounted, and another tenant's right code still approves", async () => {
    const service = await h.root.approval();
    // The attacker spreads guesses over requests so the per-request reject does not end the burst early.
    const targets: string[] = [];
    for (let i = 0; i < 4; i++)
      targets.push((await service.gateway.create(h.tenant.id, (await h.newVersion()).versionId, "test")).id);
    const answers: number[] = [];
    for (let i = 0; i < BURST + 10; i++) {
      const id = targets[Math.floor(i / 10)]!;
      const res = await h.call(`/v1/approvals/${id}/confirm`, h.admin, {
        method: "POST",
        body: { channel: "email", code: String(10_000_000 + i) },
      });
      answers.push(res.status);
      if (res.status === 429) {
        expect(res.headers.get("retry-after")).toMatch(/^[1-9]\d*$/);
        expect(await res.json()).toMatchObject({ code: "TENANT_RATE_LIMITED" });
      }
    }
    expect(answers.slice(0, BURST).every((s) => s === 422)).toBe(true);
    expect(answers.slice(BURST)).toEqual(Array(10).fill(429));
    // Refused before the transaction: the last request counted only the guesses that got through.
    expect(await failedAttempts(targets[2]!)).toBe(10);
    expect(await failedAttempts(targets[3]!)).toBe(0);

    // The approval page's code form spends the same bucket.
    const page = new URL(service.gateway.links(targets[3]!).pageUrl);
    const form = await h.app.request(page.pathname, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ t: page.searchParams.get("t")!, channel: "email", code: "12345678" }).toString(),
    });
    expect(form.status).toBe(429);
    expect(form.headers.get("retry-after")).toMatch(/^[1-9]\d*$/);
    expect(await form.text()).toContain("Too many codes were tried");

    // Canary: the bystander tenant, at the same instant, confirms both channels and is approved.
    const { versionId } = await insertVersion(h.storage, otherTenant, { slug: "custom-bystander" });
    const theirs = await service.gateway.create(otherTenant, versionId, "test");
    await h.flush();
    const first = await h.call(`/v1/approvals/${theirs.id}/confirm`, otherAdmin, {
      method: "POST",
      body: { channel: "email", code: h.emailCode() },
    });
    expect(first.status).toBe(200);
    await h.flush();
    const second = await h.call(`/v1/approvals/${theirs.id}/confirm`, otherAdmin, {
      method: "POST",
      body: { channel: "sms", code: h.smsCode() },
    });
    expect(await second.json()).toMatchObject({ status: "approved" });
  });

  it("the attacker's tenant gets its turn back once Retry-After has passed", async () => {
    const service = await h.root.approval();
    const a = await service.gateway.create(h.tenant.id, (await h.newVersion()).versionId, "test");
    await h.flush();
    const confirm = () =>
      h.call(`/v1/approvals/${a.id}/confirm`, h.admin, { method: "POST", body: { channel: "email", code: h.emailCode() } });
    const refused = await confirm();
    expect(refused.status).toBe(429);
    h.clock.advance(Number(refused.headers.get("retry-after")) * 1000);
    expect((await confirm()).status).toBe(200);
  });
});
