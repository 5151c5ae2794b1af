// A wrong code, then a reject, on the approval page in Chromium: the page says the code was not
// accepted and nothing more (it is otherwise unchanged), the request stays pending, and Reject
// ends it (no code field is left, and nothing was activated).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hasChromium, startBrowserStory, type BrowserStory } from "./harness.js";

describe.skipIf(!hasChromium)("a wrong code, then a reject, in Chromium (skipped: no /usr/bin/chromium)", () => {
  let s: BrowserStory;
  beforeAll(async () => {
    s = await startBrowserStory("wrong-code");
  }, 120_000);
  afterAll(async () => s?.close());

  it("refuses a wrong code without saying why, then rejects the request for good", async () => {
    const result = await (
      await s.service.root.journey()
    )({ text: "I want to track how much water I drink", tenantId: s.tenantId, actor: "test" });
    expect(result.ok).toBe(true);
    const context = await s.browser.newContext();
    const page = await context.newPage();
    await page.goto(s.local(result.approval!.pageUrl));
    await s.shot(page, "approval-page");
    const before = (await page.locator("main").innerText()).replace(/\n{2,}/g, "\n");

    const real = await s.codeFromOutbox(page, "email");
    const wrong = String((Number(real) + 1) % 100_000_000).padStart(8, "0");
    await page.getByLabel("Email code").fill(wrong);
    await page.getByRole("button", { name: "Confirm" }).click();
    const alert = await page.getByRole("alert").innerText();
    expect(alert).toBe("That code was not accepted.");
    // Apart from that one line the page is as it was: nothing on it can hint at why.
    const text = async () => (await page.locator("main").innerText()).replace(/\n{2,}/g, "\n");
    expect((await text()).replace(`${alert}\n`, "")).toBe(before);
    expect(await page.getByLabel("Email code").count()).toBe(1);
    await s.shot(page, "approval-code-refused");

    await page.getByRole("button", { name: "Reject" }).click();
    expect(await page.locator("main").innerText()).toContain("Rejected. The skill will not be activated.");
    expect(await page.getByLabel("Email code").count()).toBe(0);
    expect(await page.getByRole("button", { name: "Reject" }).count()).toBe(0);
    await s.shot(page, "approval-rejected");

    const approval = await s.service.root.approval();
    expect((await approval.gateway.get(s.tenantId, result.approval!.id))?.status).toBe("rejected");
    const skill = await (await s.service.root.registry()).show(s.tenantId, "custom-water-tracker");
    expect(skill.activeVersion).toBeNull();
    await context.close();
  }, 180_000);
});
