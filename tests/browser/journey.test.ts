// The main job in a real browser (Debian's Chromium driven by playwright-core): the request in the
// assistant demo's chat, the approval with the two codes read from the dev outbox page, and the
// skill answering "log 300 ml" and "how much today?". A screenshot of every page is saved under
// tests/artifacts/ (git-ignored) to look at. Skipped, and saying so, where Chromium is missing.
import { existsSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { createLogger } from "../../src/api/http/logger.js";
import { startService, type RunningService } from "../../src/api/server.js";
import { loadConfig } from "../../src/config/index.js";
import { tempDir } from "../support/cli.js";

const CHROMIUM = "/usr/bin/chromium";
const ARTIFACTS = join(import.meta.dirname, "..", "artifacts");

describe.skipIf(!existsSync(CHROMIUM))("the journey in Chromium (skipped: no /usr/bin/chromium)", () => {
  let service: RunningService;
  let browser: Browser;
  let token = "";

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    const lines: string[] = [];
    service = await startService(
      loadConfig({ SKILLFORGE_LOG_LEVEL: "silent" }, { dataDir: tempDir("skillforge-browser-"), port: "0" }),
      createLogger("silent"),
      (l) => lines.push(l),
    );
    token = /API key \(shown once\): (sfk_\S+)/.exec(lines.join("\n"))![1]!;
    const { chromium } = await import("playwright-core");
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    });
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await service?.close(2_000);
  });

  const shot = (page: Page, name: string) => page.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage: true });

  async function codeFromOutbox(page: Page, channel: "email" | "sms"): Promise<string> {
    const outbox = await page.context().newPage();
    await outbox.goto(`${service.url}/dev/outbox`);
    await shot(outbox, `outbox-${channel}`);
    const text = await outbox.locator("body").innerText();
    await outbox.close();
    const match = (channel === "email" ? /email code: (\d{8})/ : /Code (\d{6})/).exec(text);
    expect(match, `a ${channel} code in the outbox`).not.toBeNull();
    return match![1]!;
  }

  it("asks for a water tracker, approves it with two codes, logs 300 ml and reads the day back", async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${service.url}/`);
    await shot(page, "home");
    await page.getByRole("link", { name: "Assistant demo" }).click();
    await page.getByLabel("API key").fill(token);
    await page.getByRole("button", { name: "Use key" }).click();
    await page.getByLabel("Message").fill("I want to track how much water I drink");
    await page.getByRole("button", { name: "Send" }).click();
    const link = page.getByRole("link", { name: "open the approval page" });
    await link.waitFor({ timeout: 60_000 });
    expect(await page.locator("#log").innerText()).toContain("custom-water-tracker@v1.0.0");
    await shot(page, "assistant-generated");

    await link.click();
    expect(await page.locator("body").innerText()).toMatch(/[0-9A-F]{4}-[0-9A-F]{4}/);
    await shot(page, "approval-page");
    await page.getByLabel("Code").fill(await codeFromOutbox(page, "email"));
    await page.getByRole("button", { name: "Confirm" }).click();
    await page.getByLabel("Code").fill(await codeFromOutbox(page, "sms"));
    await page.getByRole("button", { name: "Confirm" }).click();
    expect(await page.locator("body").innerText()).toContain("Approved on two channels");
    await shot(page, "approval-approved");

    await page.goto(`${service.url}/assistant`);
    await page.getByLabel("Message").fill("log 300 ml");
    await page.getByRole("button", { name: "Send" }).click();
    await page.getByText(/Logged 300/).waitFor({ timeout: 30_000 });
    await page.getByLabel("Message").fill("how much today?");
    await page.getByRole("button", { name: "Send" }).click();
    await page.getByText(/Today: 300 ml over 1 entry\./).waitFor({ timeout: 30_000 });
    await shot(page, "assistant-answers");
    await context.close();
  }, 180_000);
});
