// A rollback from the dashboard, by clicking: a skill with two approved versions (the second a
// change, "also track the time of day", whose approval page says what each entry will also record;
// both requested and approved through the service, the way the journey does it), the dashboard
// shows both with their reports, the user picks the earlier one and rolls back, and the skill's
// next call runs on it; asks for a change from the card (it waits for its codes while the active
// version answers; a change that adds nothing is refused); then archive and restore.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hasChromium, startBrowserStory, type BrowserStory } from "./harness.js";
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { securityReportFile } from "../../src/api/routes/security-report.js";

const WATER = "I want to track how much water I drink";
const CODE_RE = { email: /email code: (\d{8})/, sms: /Code (\d{6})/ } as const;

describe.skipIf(!hasChromium)("a rollback from the dashboard in Chromium (skipped: no /usr/bin/chromium)", () => {
  let s: BrowserStory;
  beforeAll(async () => {
    s = await startBrowserStory("rollback");
  }, 120_000);
  afterAll(async () => s?.close());

  /** One more version of the water tracker, requested (or, with `skill`, changed) and approved with both codes. */
  async function approvedVersion(
    beforeCodes?: (pageUrl: string) => Promise<void>,
    change?: { text: string; skill: string },
  ): Promise<string> {
    const journey = await s.service.root.journey();
    const result = await journey({
      text: change?.text ?? WATER,
      tenantId: s.tenantId,
      actor: "test",
      ...(change ? { skill: change.skill } : {}),
    });
    expect(result.ok).toBe(true);
    await beforeCodes?.(s.local(result.approval!.pageUrl));
    const approval = await s.service.root.approval();
    for (const channel of ["email", "sms"] as const) {
      await approval.gateway.flush();
      const row = (await approval.outbox({ tenantId: s.tenantId, limit: 100 })).find(
        (m) => m.approvalId === result.approval!.id && m.channel === channel,
      );
      const code = CODE_RE[channel].exec(row?.body ?? "")![1]!;
      expect((await approval.gateway.verify(s.tenantId, result.approval!.id, channel, code, "test")).ok).toBe(true);
    }
    return result.version!.tag;
  }

  it("shows both versions, rolls back to the earlier one by clicking, and the skill's next call runs on it", async () => {
    expect(await approvedVersion()).toBe("custom-water-tracker@v1.0.0");
    // The second request's page compares it with the version it would replace.
    const upgrade = async (url: string) => {
      const page = await s.browser.newPage();
      await page.goto(url);
      const text = await page.locator("main").innerText();
      expect(text).toContain("What changed since the active version (custom-water-tracker@v1.0.0)");
      expect(text).toContain("The same permissions as the active version.");
      // A change says what each entry will also record.
      expect(text).toMatch(/With each entry it will also record:\s+time_of_day \(in water_entries\)/);
      await s.shot(page, "approval-second-version");
      await page.close();
    };
    expect(await approvedVersion(upgrade, { text: "also track the time of day", skill: "custom-water-tracker" })).toBe(
      "custom-water-tracker@v1.0.1",
    );
    const registry = await s.service.root.registry();
    const call = () => registry.call({ tenantId: s.tenantId, slug: "custom-water-tracker", method: "getData" });
    expect((await call()).tag).toBe("custom-water-tracker@v1.0.1");

    // A security-suite run saved into the data folder (as `skillforge security-suite` does):
    // the dashboard shows its totals and names the one attempt that escaped.
    const reportFile = securityReportFile(s.service.root.config.dataDir);
    mkdirSync(dirname(reportFile), { recursive: true });
    const totals = (attempts: number, auditEscaped: number) => ({
      attempts,
      auditBlocked: attempts - auditEscaped,
      auditEscaped,
      sandboxEscaped: 0,
    });
    writeFileSync(
      reportFile,
      JSON.stringify({
        ok: false,
        startedAt: "2026-12-06T10:00:00.000Z",
        ms: 111_000,
        lines: "both",
        totals: totals(3, 1),
        categories: [{ category: "dynamic-code", ...totals(3, 1) }],
        attempts: [
          {
            id: "built-in/eval-alias",
            category: "dynamic-code",
            technique: "eval through an alias",
            audit: { escaped: true },
            sandbox: { verdict: "contained", escapes: [] },
          },
        ],
      }),
    );

    const context = await s.browser.newContext();
    const page = await context.newPage();
    await page.goto(`${s.service.url}/dashboard`);
    await page.getByLabel("API key").fill(s.token);
    await page.getByRole("button", { name: "Open" }).click();
    const card = page.getByRole("article", { name: /custom-water-tracker/ });
    await card.waitFor({ timeout: 30_000 });
    const before = await card.innerText();
    expect(before).toMatch(/Active version\s+custom-water-tracker@v1\.0\.1/);
    expect(before).toContain("custom-water-tracker@v1.0.0");
    await card.getByText("Audit and trial of custom-water-tracker@v1.0.1").click();
    // Every step passed, however many params sets the trial drew for each action.
    expect(await card.innerText()).toMatch(/Trial in the sandbox: passed, (\d+)\/\1 steps/);
    const security = page.getByRole("region", { name: "Security suite" });
    await security.waitFor({ timeout: 30_000 });
    expect(await security.innerText()).toMatch(/1 escaped[\s\S]*built-in\/eval-alias eval through an alias: passed the audit/);
    await s.shot(page, "dashboard-two-versions");

    await expect.poll(() => card.getByLabel("Roll back to").inputValue()).toBe("1.0.0");
    await card.getByRole("button", { name: "Roll back" }).click();
    await page.getByText("Rolled back custom-water-tracker to custom-water-tracker@v1.0.0.").waitFor({ timeout: 30_000 });
    expect(await card.innerText()).toMatch(/Active version\s+custom-water-tracker@v1\.0\.0/);
    await s.shot(page, "dashboard-rolled-back");

    const after = await call();
    expect(after).toMatchObject({ ok: true, tag: "custom-water-tracker@v1.0.0" });

    // A change asked for from the card: the next version is written and waits for its codes; the
    // active version keeps answering meanwhile.
    await card.getByLabel("Change it").fill("also track the brand");
    await card.getByRole("button", { name: "Ask for the change" }).click();
    // The change starts from the active v1.0.0; next to the newest (v1.0.1, which records the time
    // of day) it drops a field, so its number is the next major.
    const asked = page.getByText(
      /^Asked for custom-water-tracker@v2\.0\.0 \(major\); each entry will also record water_entries\.brand/,
    );
    await asked.waitFor({ timeout: 60_000 });
    const approvalHref = await page.getByRole("link", { name: "approval page" }).getAttribute("href");
    expect(approvalHref).toMatch(/^\/approve\//);
    expect(await card.innerText()).toMatch(/awaiting approval/);
    expect(await call()).toMatchObject({ ok: true, tag: "custom-water-tracker@v1.0.0" });
    await s.shot(page, "dashboard-change-asked");
    // A change that adds nothing is refused with the reason, and nothing new is written.
    await card.getByLabel("Change it").fill("also track the water");
    await card.getByRole("button", { name: "Ask for the change" }).click();
    await page.getByText(/is what the skill tracks/).waitFor({ timeout: 60_000 });

    // Archive and restore from the same card: archived, the skill does not answer; restored, it
    // answers on the version it had.
    await card.getByRole("button", { name: "Archive" }).click();
    await page.getByText(/^Archived custom-water-tracker/).waitFor({ timeout: 30_000 });
    await expect(call()).rejects.toMatchObject({ code: "SKILL_ARCHIVED" });
    await s.shot(page, "dashboard-archived");
    await card.getByRole("button", { name: "Restore" }).click();
    await page.getByText("Restored custom-water-tracker.").waitFor({ timeout: 30_000 });
    expect(await call()).toMatchObject({ ok: true, tag: "custom-water-tracker@v1.0.0" });
    await context.close();
  }, 180_000);
});
