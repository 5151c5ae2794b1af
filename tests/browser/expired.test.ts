// An expired approval in Chromium: the service runs on an injected clock, which moves past 24 h
// after the request was made; the approval page then shows the expired state and no code field,
// without any sweep having run.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createManualClock } from "../../src/api/adapters/system.js";
import { hasChromium, startBrowserStory, type BrowserStory } from "./harness.js";

describe.skipIf(!hasChromium)("an expired approval in Chromium (skipped: no /usr/bin/chromium)", () => {
  const clock = createManualClock(new Date());
  let s: BrowserStory;
  beforeAll(async () => {
    s = await startBrowserStory("expired", { clock });
  }, 120_000);
  afterAll(async () => s?.close());

  it("shows a request older than 24 h as expired, with no code field and no reject button", async () => {
    const result = await (
      await s.service.root.journey()
    )({ text: "I want to track how much water I drink", tenantId: s.tenantId, actor: "test" });
    expect(result.ok).toBe(true);
    const context = await s.browser.newContext();
    const page = await context.newPage();
    await page.goto(s.local(result.approval!.pageUrl));
    expect(await page.getByLabel("Email code").count()).toBe(1);
    await s.shot(page, "approval-pending");

    clock.advance(24 * 3600_000 + 60_000);
    await page.reload();
    const main = await page.locator("main").innerText();
    expect(main).toContain("Expired: 24 hours passed without both codes.");
    expect(await page.getByRole("textbox").count()).toBe(0);
    expect(await page.getByRole("button").count()).toBe(0);
    await s.shot(page, "approval-expired");
    await context.close();
  }, 180_000);
});
