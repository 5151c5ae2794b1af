// The approval page as a browser without JavaScript uses it, and the same journey through the JSON
// API, over the real composition root (embedded PGlite in a temp folder, the dev outbox senders, the
// offline generator, the registry wired to onApproved) and the Hono app.
import { afterEach, describe, expect, it } from "vitest";
import { createApp } from "../../src/api/app.js";
import { createManualClock } from "../../src/api/adapters/system.js";
import { ensureLocalDemo } from "../../src/api/demo-tenant.js";
import { createLogger } from "../../src/api/http/logger.js";
import { createRoot, type Root } from "../../src/api/root.js";
import { loadConfig } from "../../src/config/index.js";
import { createApiKey } from "../../src/storage/index.js";
import { insertVersion } from "../support/approval.js";
import { tempDir } from "../support/cli.js";
import { testDatabases, type TestDatabase } from "../support/storage.js";

const WATER = "I want to track how much water I drink";
const CODE_RE = { email: /code: (\d{8})/, sms: /Code (\d{6})/ } as const;
const FORM = "application/x-www-form-urlencoded";

let open: { root: Root; cleanup?: () => Promise<void> } | undefined;
afterEach(async () => {
  await open?.root.close();
  await open?.cleanup?.();
  open = undefined;
});

/** The embedded database in a fresh data folder, or a fresh database of its own on PostgreSQL. */
async function setUp(database: TestDatabase) {
  const clock = createManualClock(new Date("2026-03-01T10:00:00Z"));
  const own = database.name === "postgres" ? await database.open() : undefined;
  const config = loadConfig({ SKILLFORGE_LOG_LEVEL: "silent" }, { dataDir: tempDir("skillforge-forms-") });
  const root = createRoot(config, { clock, ...(own ? { storage: own.storage } : {}) });
  open = { root, cleanup: own?.cleanup };
  const storage = await root.storage();
  const app = createApp({ root, storage, logger: createLogger("silent"), bodyLimitBytes: 64 * 1024 });
  const { tenantId } = (await ensureLocalDemo(root))!;
  const admin = (await createApiKey(storage.db, tenantId, { name: "admin", scopes: ["admin"] }, "test")).token;
  const assistant = (await createApiKey(storage.db, tenantId, { name: "assistant", scopes: ["assistant"] }, "test")).token;
  const service = await root.approval();
  const json = (path: string, token: string, body?: unknown) =>
    app.request(path, {
      method: body === undefined ? "GET" : "POST",
      headers: { authorization: `Bearer ${token}`, ...(body === undefined ? {} : { "content-type": "application/json" }) },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
  return {
    clock,
    root,
    app,
    tenantId,
    admin,
    assistant,
    service,
    json,
    /** The newest code the dev outbox holds for this request on this channel. */
    async code(approvalId: string, channel: "email" | "sms"): Promise<string> {
      await service.gateway.flush();
      const row = (await service.outbox({ tenantId, limit: 100 })).find(
        (m) => m.approvalId === approvalId && m.channel === channel,
      );
      const m = CODE_RE[channel].exec(row?.body ?? "");
      if (!m) throw new Error(`no ${channel} code for ${approvalId} in the dev outbox`);
      return m[1]!;
    },
    /** A pending request for a version written straight to the database (no activation needed). */
    async pendingRequest(slug: string) {
      const { versionId } = await insertVersion(storage, tenantId, { slug });
      const approval = await service.gateway.create(tenantId, versionId, "test");
      const url = new URL(service.gateway.links(approval.id).pageUrl);
      return { approval, path: url.pathname, token: url.searchParams.get("t")! };
    },
  };
}

/** The forms of a page, as a browser sees them: action, fields (hidden values filled in). */
function formsOf(
  html: string,
): Array<{ action: string; fields: Record<string, string>; buttons: Array<{ name: string; value: string }> }> {
  return [...html.matchAll(/<form method="post" action="([^"]+)">([\s\S]*?)<\/form>/g)].map(([, action, inner]) => {
    const fields: Record<string, string> = {};
    for (const [, name, value] of inner!.matchAll(/<input type="hidden" name="([^"]+)" value="([^"]*)"\/?>/g))
      fields[name!] = value!;
    for (const [, name] of inner!.matchAll(/<input name="([^"]+)"(?! type="hidden")/g)) fields[name!] ??= "";
    const buttons = [...inner!.matchAll(/<button name="([^"]+)" value="([^"]+)"/g)].map(([, name, value]) => ({
      name: name!,
      value: value!,
    }));
    return { action: action!.replace(/&amp;/g, "&"), fields, buttons };
  });
}

/** Submits a form the way a browser without JavaScript does: url-encoded, with the pressed button. */
function submit(
  app: { request: (p: string, i: RequestInit) => Response | Promise<Response> },
  form: ReturnType<typeof formsOf>[number],
  values: Record<string, string>,
  button: string,
) {
  const pressed = form.buttons.find((b) => b.value === button);
  if (!pressed) throw new Error(`no ${button} button in the form`);
  const body = new URLSearchParams({ ...form.fields, ...values, [pressed.name]: pressed.value });
  return app.request(form.action, { method: "POST", headers: { "content-type": FORM }, body: body.toString() });
}

const codeForm = (html: string) => {
  const forms = formsOf(html).filter((f) => "code" in f.fields);
  expect(forms, "exactly one code field").toHaveLength(1);
  return forms[0]!;
};

for (const database of testDatabases()) {
  describe(`the approval page's HTML forms on ${database.name}`, () => {
    it("shows the disclosure for the right token only, takes both codes as forms, refuses a wrong one without saying why, and activates the version", async () => {
      const t = await setUp(database);
      const generated = await t.root.journey().then((j) => j({ text: WATER, tenantId: t.tenantId, actor: "test" }));
      expect(generated.ok).toBe(true);
      const { id, fingerprint, channels } = generated.approval!;
      expect(channels).toEqual(["email", "sms"]);
      const url = new URL(generated.approval!.pageUrl);

      const page = await t.app.request(`${url.pathname}${url.search}`);
      expect(page.status).toBe(200);
      const html = await page.text();
      expect(html).toContain("Approve custom-water-tracker 1.0.0?");
      expect(html).toContain("Read your water entries");
      expect(html).toContain("Add and change entries in your water entries");
      expect(html).toContain(fingerprint);
      expect(codeForm(html).fields.channel).toBe("email");
      expect(html).not.toContain(await t.code(id, "email"));
      // What the approver reads besides the permissions: the checks and the code itself.
      expect(html).toMatch(/Audit: <span class="badge good">passed<\/span> no findings/);
      // Every step passed, however many params sets the trial drew for each action.
      expect(html).toMatch(/Trial in the sandbox: <span class="badge good">passed<\/span> (\d+) of \1 steps passed/);
      expect(html).toContain("No version of this skill is active yet");
      expect(html).toContain("const COLLECTION = &quot;water_entries&quot;;");

      // A wrong token and an unknown id get the same answer.
      const wrongToken = await t.app.request(`${url.pathname}?t=${"A".repeat(url.searchParams.get("t")!.length)}`);
      const noToken = await t.app.request(url.pathname);
      const unknown = await t.app.request(`/approve/00000000-0000-4000-8000-000000000000${url.search}`);
      expect(wrongToken.status).toBe(404);
      expect([noToken.status, unknown.status]).toEqual([404, 404]);
      const notFound = await unknown.text();
      expect(await wrongToken.text()).toBe(notFound);
      expect(await noToken.text()).toBe(notFound);
      expect(notFound).not.toContain(fingerprint);
      // The code form posted with a wrong token changes nothing and answers the same.
      const forged = await submit(
        t.app,
        { ...codeForm(html), fields: { ...codeForm(html).fields, t: "x".repeat(43) } },
        { code: await t.code(id, "email") },
        "confirm",
      );
      expect(forged.status).toBe(404);
      expect(await forged.text()).toBe(notFound);

      // A wrong code: a generic refusal, the same field still asked for.
      const emailCode = await t.code(id, "email");
      const wrongCode = emailCode === "00000000" ? "11111111" : "00000000";
      const refused = await submit(t.app, codeForm(html), { code: wrongCode }, "confirm");
      expect(refused.status).toBe(422);
      const refusedHtml = await refused.text();
      // The refusal is one generic line, and apart from it the page is exactly the page before the
      // post: nothing (the skill's own code included) can hint at why.
      const notice = `<p class="notice err" role="alert">That code was not accepted.</p>`;
      expect(refusedHtml).toContain(notice);
      expect(refusedHtml.replace(notice, "")).toBe(html);
      expect(codeForm(refusedHtml).fields.channel).toBe("email");

      // The first code, posted as the form: the page now asks for the SMS code.
      const first = await submit(t.app, codeForm(refusedHtml), { code: emailCode }, "confirm");
      expect(first.status).toBe(200);
      const firstHtml = await first.text();
      expect(firstHtml).toContain("✓ confirmed");
      expect(codeForm(firstHtml).fields.channel).toBe("sms");

      // Not callable before the second code.
      const early = await t.json("/v1/skills/custom-water-tracker/actions/log_entry", t.assistant, { params: { amount: 300 } });
      expect(early.status).not.toBe(200);

      const second = await submit(t.app, codeForm(firstHtml), { code: await t.code(id, "sms") }, "confirm");
      expect(second.status).toBe(200);
      const doneHtml = await second.text();
      expect(doneHtml).toContain("Approved on two channels.");
      expect(formsOf(doneHtml)).toHaveLength(0);
      const skill = await (await t.root.registry()).show(t.tenantId, "custom-water-tracker");
      expect(skill.versions.find((v) => v.active)?.id).toBe(generated.version!.id);
      const after = await t.json("/v1/skills/custom-water-tracker/actions/log_entry", t.assistant, { params: { amount: 300 } });
      expect(after.status).toBe(200);
    }, 120_000);

    it("rejects with the page's Reject form", async () => {
      const t = await setUp(database);
      const { approval, path, token } = await t.pendingRequest("custom-reject-me");
      const html = await (await t.app.request(`${path}?t=${token}`)).text();
      const rejectForm = formsOf(html).find((f) => f.buttons.some((b) => b.value === "reject") && !("code" in f.fields))!;
      const res = await submit(t.app, rejectForm, {}, "reject");
      expect(res.status).toBe(200);
      const after = await res.text();
      expect(after).toContain("Rejected. The skill will not be activated.");
      expect(formsOf(after)).toHaveLength(0);
      expect((await t.service.gateway.get(t.tenantId, approval.id))?.status).toBe("rejected");
      // A code posted afterwards is refused.
      const late = await submit(t.app, codeForm(html), { code: await t.code(approval.id, "email") }, "confirm");
      expect(late.status).toBe(422);
      expect((await t.service.gateway.get(t.tenantId, approval.id))?.status).toBe("rejected");
    }, 60_000);

    it("shows an expired request as expired and refuses its codes after 24 h", async () => {
      const t = await setUp(database);
      const { approval, path, token } = await t.pendingRequest("custom-expire-me");
      const html = await (await t.app.request(`${path}?t=${token}`)).text();
      const form = codeForm(html);
      const emailCode = await t.code(approval.id, "email");
      t.clock.advance(24 * 3600_000 + 60_000);
      // No sweep has run: the page and the verify path check expiry themselves.
      const expiredPage = await (await t.app.request(`${path}?t=${token}`)).text();
      expect(expiredPage).toContain("Expired: 24 hours passed without both codes.");
      expect(formsOf(expiredPage).filter((f) => "code" in f.fields)).toHaveLength(0);
      const late = await submit(t.app, form, { code: emailCode }, "confirm");
      expect(late.status).toBe(422);
      const lateHtml = await late.text();
      expect(lateHtml).not.toContain("✓ confirmed");
      expect(lateHtml).toContain("Expired: 24 hours passed");
      expect((await t.service.gateway.get(t.tenantId, approval.id))?.status).toBe("expired");
    }, 60_000);
  });

  describe(`the approval page's states on ${database.name}`, () => {
    it("shows a superseded request as superseded, with nothing left to confirm or reject", async () => {
      const t = await setUp(database);
      const first = await t.pendingRequest("custom-superseded");
      const storage = await t.root.storage();
      const { versionId } = await insertVersion(storage, t.tenantId, { skillId: first.approval.skillId, version: "1.0.1" });
      await t.service.gateway.create(t.tenantId, versionId, "test");
      const html = await (await t.app.request(`${first.path}?t=${first.token}`)).text();
      expect(html).toContain("<h1>Superseded: custom-superseded 1.0.0</h1>");
      expect(html).toContain("Superseded: the skill changed after this request was made.");
      expect(formsOf(html)).toHaveLength(0);
    }, 60_000);
  });

  describe(`the journey through the JSON API on ${database.name}`, () => {
    it("generate (assistant) → confirm both codes from the dev outbox (admin) → the new version answers; an assistant key cannot confirm", async () => {
      const t = await setUp(database);
      const gen = await t.json("/v1/skills/generate", t.assistant, { text: WATER });
      expect(gen.status).toBe(200);
      const result = (await gen.json()) as {
        ok: boolean;
        version: { id: string; tag: string };
        approval: { id: string; status: string; channels: string[] };
      };
      expect(result.ok).toBe(true);
      expect(result.approval.status).toBe("pending");
      expect(result.approval.channels).toEqual(["email", "sms"]);
      const id = result.approval.id;

      const emailCode = await t.code(id, "email");
      const byAssistant = await t.json(`/v1/approvals/${id}/confirm`, t.assistant, { channel: "email", code: emailCode });
      expect(byAssistant.status).toBe(403);
      // The refused attempt did not use the code up.
      const first = await t.json(`/v1/approvals/${id}/confirm`, t.admin, { channel: "email", code: emailCode });
      expect(first.status).toBe(200);
      expect(await first.json()).toMatchObject({ status: "pending", confirmed: ["email"], next: "sms" });

      const smsCode = await t.code(id, "sms");
      expect((await t.json(`/v1/approvals/${id}/confirm`, t.assistant, { channel: "sms", code: smsCode })).status).toBe(403);
      const pendingStatus = (await (await t.json(`/v1/approvals/${id}`, t.assistant)).json()) as { status: string };
      expect(pendingStatus.status).toBe("pending");
      const second = await t.json(`/v1/approvals/${id}/confirm`, t.admin, { channel: "sms", code: smsCode });
      expect(second.status).toBe(200);
      expect(await second.json()).toMatchObject({ status: "approved", confirmed: ["email", "sms"], next: null });

      const action = await t.json("/v1/skills/custom-water-tracker/actions/log_entry", t.assistant, { params: { amount: 300 } });
      expect(action.status).toBe(200);
      expect(await action.json()).toMatchObject({ ok: true, tag: result.version.tag });

      // The version carries its reports for the dashboard.
      const shown = (await (await t.json("/v1/skills/custom-water-tracker", t.assistant)).json()) as {
        versions: Array<{ tag: string; audit: { ok: boolean; findings: unknown[] }; trial: { ok: boolean; steps: unknown[] } }>;
      };
      expect(shown.versions[0]).toMatchObject({
        tag: result.version.tag,
        audit: { ok: true, findings: [] },
        trial: { ok: true },
      });
      expect(shown.versions[0]!.trial.steps.length).toBeGreaterThan(0);
    }, 120_000);
  });
}
