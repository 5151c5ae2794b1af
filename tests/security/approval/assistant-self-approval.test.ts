// Technique: the assistant that asked for a skill holds an API key; it tries to say yes itself.
// Defence: an assistant-scoped key can create a request and read its status, never confirm or
// reject, and never sees a code, the page token or the disclosure's link.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { approvalApp } from "./harness.js";

describe("assistant self-approval", () => {
  let h: Awaited<ReturnType<typeof approvalApp>>;
  beforeAll(async () => {
    h = await approvalApp();
  });
  afterAll(async () => h?.close());

  it("an assistant key creates a request but its confirm and reject calls get 403 AUTH_SCOPE and change nothing", async () => {
    const { versionId } = await h.newVersion();
    const created = await h.call("/v1/approvals", h.assistant, { method: "POST", body: { versionId } });
    expect(created.status).toBe(201);
    const a = (await created.json()) as Record<string, unknown>;
    expect(Object.keys(a).sort()).toEqual(["createdAt", "expiresAt", "id", "status", "versionId"]);
    await h.flush();
    const code = h.emailCode();
    expect(code).toMatch(/^\d{8}$/);
    const confirm = await h.call(`/v1/approvals/${a.id}/confirm`, h.assistant, {
      method: "POST",
      body: { channel: "email", code },
    });
    expect(confirm.status).toBe(403);
    expect(await confirm.json()).toMatchObject({ code: "AUTH_SCOPE" });
    expect((await h.call(`/v1/approvals/${a.id}/reject`, h.assistant, { method: "POST" })).status).toBe(403);
    const seen = await (await h.call(`/v1/approvals/${a.id}`, h.assistant)).text();
    expect(seen).not.toContain(code);
    expect(seen).not.toContain("pageUrl");
    expect(JSON.parse(seen)).toMatchObject({ status: "pending" });
    // Canary: the admin can still confirm with the same code, so nothing was consumed.
    const ok = await h.call(`/v1/approvals/${a.id}/confirm`, h.admin, { method: "POST", body: { channel: "email", code } });
    expect(ok.status).toBe(200);
    expect(h.approved).toEqual([]);
  });

  it("an assistant cannot pick the channels or the destination: extra fields are refused", async () => {
    const { versionId } = await h.newVersion();
    const res = await h.call("/v1/approvals", h.assistant, {
      method: "POST",
      body: { versionId, channels: ["email", "email"], to: "attacker@evil.test" },
    });
    expect(res.status).toBe(422);
    expect(h.email.sent.every((m) => m.to === "owner@example.test")).toBe(true);
  });
});
