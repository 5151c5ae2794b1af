// The main job in a real browser, by clicking: the request in the assistant demo's chat, the
// approval with the two codes read from the dev outbox page, and the skill answering "log 300 ml"
// and "how much today?". Skipped, and saying so, where Chromium is missing.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hasChromium, startBrowserStory, type BrowserStory } from "./harness.js";

describe.skipIf(!hasChromium)("the journey in Chromium (skipped: no /usr/bin/chromium)", () => {
  let s: BrowserStory;
  beforeAll(async () => {
    s = await startBrowserStory("journey");
  }, 120_000);
  afterAll(async () => s?.close());

  it("asks for a water tracker, approves it with two codes, logs 300 ml and reads the day back", async () => {
    const context = await s.browser.newContext();
    const page = await context.newPage();
    await page.goto(`${s.service.url}/`);
    await s.shot(page, "home");
    // The first Tab lands on the skip link, which leads past the navigation to the main content.
    await page.keyboard.press("Tab");
    expect(await page.locator(":focus").innerText()).toBe("Skip to content");
    await page.getByRole("navigation").getByRole("link", { name: "Assistant demo" }).click();
    await page.getByLabel("API key").fill(s.token);
    await page.getByRole("button", { name: "Use key" }).click();
    await page.getByLabel("Message").fill("I want to track how much water I drink");
    await page.getByRole("button", { name: "Send" }).click();
    const link = page.getByRole("link", { name: "open the approval page" });
    await link.waitFor({ timeout: 60_000 });
    expect(await page.locator("#log").innerText()).toContain("custom-water-tracker@v1.0.0");
    await s.shot(page, "assistant-generated");

    await link.click();
    const approvalUrl = page.url();
    const body = await page.locator("main").innerText();
    expect(body).toMatch(/[0-9A-F]{4}-[0-9A-F]{4}/);
    expect(body).toContain("Read your water entries");
    expect(body).toMatch(/Audit: passed/);
    expect(body).toMatch(/Trial in the sandbox: passed/);
    expect(body).toContain("No version of this skill is active yet");
    await s.shot(page, "approval-page");
    await page.getByLabel("Email code").fill(await s.codeFromOutbox(page, "email"));
    await page.getByRole("button", { name: "Confirm" }).click();
    expect(await page.getByRole("status").innerText()).toContain("Confirmed. The next code is on its way.");
    await s.shot(page, "approval-email-confirmed");
    await page.getByLabel("SMS code").fill(await s.codeFromOutbox(page, "sms"));
    await page.getByRole("button", { name: "Confirm" }).click();
    expect(await page.locator("main").innerText()).toContain("Approved on two channels");
    expect(await page.locator("main").innerText()).toContain("This version is the skill's active version.");
    expect(await page.getByLabel("SMS code").count()).toBe(0);
    await s.shot(page, "approval-approved");

    await page.goto(`${s.service.url}/assistant`);
    await page.getByLabel("Message").fill("log 300 ml");
    await page.getByRole("button", { name: "Send" }).click();
    await page.getByText(/Logged 300/).waitFor({ timeout: 30_000 });
    await page.getByLabel("Message").fill("how much today?");
    await page.getByRole("button", { name: "Send" }).click();
    await page.getByText(/Today: 300 ml over 1 entry\./).waitFor({ timeout: 30_000 });
    // A change to the skill the user has: its next version, which says what it adds.
    await page.getByLabel("Message").fill("also track the time of day");
    await page.getByRole("button", { name: "Send" }).click();
    await page
      .getByText(
        /I wrote custom-water-tracker@v1\.0\.1 as the next version of custom-water-tracker@v1\.0\.0, adding water_entries\.time_of_day/,
      )
      .waitFor({ timeout: 30_000 });
    // "add 200 ml" is a value to log, not a change: the approved version logs it.
    await page.getByLabel("Message").fill("add 200 ml");
    await page.getByRole("button", { name: "Send" }).click();
    await page.getByText(/Logged 200/).waitFor({ timeout: 30_000 });
    await s.shot(page, "assistant-answers");

    await page.getByRole("navigation").getByRole("link", { name: "Dashboard" }).click();
    const card = page.getByRole("article", { name: /custom-water-tracker/ });
    await card.waitFor({ timeout: 30_000 });
    const text = await card.innerText();
    expect(text).toContain("custom-water-tracker@v1.0.0");
    expect(text).toMatch(/Calls\s+4 \(0 errors\)/);
    await s.shot(page, "dashboard");

    // A new key starts from a clean page: the previous tenant's skills do not stay on screen.
    await page.getByLabel("API key").fill(`sfk_${"x".repeat(43)}`);
    await page.getByRole("button", { name: "Open" }).click();
    await page.locator("#status.err").waitFor({ timeout: 10_000 });
    expect(await page.getByRole("article").count()).toBe(0);
    expect(await page.locator("#tenant").innerText()).toBe("");
    await s.shot(page, "dashboard-wrong-key");
    await context.close();

    // On a phone's width every page fits without sideways scrolling (the code and tables scroll
    // inside their own boxes).
    const phone = await s.browser.newContext({ viewport: { width: 390, height: 844 } });
    const small = await phone.newPage();
    for (const [name, url] of [
      ["phone-approval-approved", approvalUrl],
      ["phone-home", `${s.service.url}/`],
      ["phone-assistant", `${s.service.url}/assistant`],
      ["phone-outbox", `${s.service.url}/dev/outbox`],
      ["phone-dashboard", `${s.service.url}/dashboard`],
    ] as const) {
      await small.goto(url);
      if (name === "phone-dashboard") {
        await small.getByLabel("API key").fill(s.token);
        await small.getByRole("button", { name: "Open" }).click();
        await small.getByRole("article", { name: /custom-water-tracker/ }).waitFor({ timeout: 30_000 });
      }
      await s.shot(small, name);
      expect(await small.locator("html").evaluate((el) => el.scrollWidth), name).toBeLessThanOrEqual(390);
    }
    await phone.close();
  }, 180_000);
});
