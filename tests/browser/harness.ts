// What every browser story shares: a real service on a free port (embedded PGlite in a temp folder,
// the dev-outbox senders, the offline generator), Debian's Chromium driven by playwright-core, a
// screenshot of every page visited under tests/artifacts/ (git-ignored), and the codes read from the
// dev outbox page the way a person would.
import { existsSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import { expect } from "vitest";
import type { Browser, Page } from "playwright-core";
import { findDemoTenant } from "../../src/api/demo-tenant.js";
import { createLogger } from "../../src/api/http/logger.js";
import type { RootOverrides } from "../../src/api/root.js";
import { startService, type RunningService } from "../../src/api/server.js";
import { loadConfig } from "../../src/config/index.js";
import { tempDir } from "../support/cli.js";

export const CHROMIUM = "/usr/bin/chromium";
export const hasChromium = existsSync(CHROMIUM);
const ARTIFACTS = join(import.meta.dirname, "..", "artifacts");
const CODE_RE = { email: /email code: (\d{8})/, sms: /Code (\d{6})/ } as const;

export interface BrowserStory {
  service: RunningService;
  browser: Browser;
  /** The demo tenant's all-scopes key, as `serve` prints it. */
  token: string;
  tenantId: string;
  /** A full-page screenshot named `<story>-<name>.png`. */
  shot(page: Page, name: string): Promise<void>;
  /** The newest code on a channel, read from the dev outbox page in a second tab. */
  codeFromOutbox(page: Page, channel: "email" | "sms", shotName?: string): Promise<string>;
  /** A link the service sent (its configured public URL) on this test's port. */
  local(link: string): string;
  close(): Promise<void>;
}

export async function startBrowserStory(story: string, overrides: RootOverrides = {}): Promise<BrowserStory> {
  mkdirSync(ARTIFACTS, { recursive: true });
  const lines: string[] = [];
  const service = await startService(
    loadConfig({ SKILLFORGE_LOG_LEVEL: "silent" }, { dataDir: tempDir(`skillforge-${story}-`), port: "0" }),
    createLogger("silent"),
    (l) => lines.push(l),
    overrides,
  );
  const token = /API key \(shown once\): (sfk_\S+)/.exec(lines.join("\n"))![1]!;
  const tenantId = (await findDemoTenant((await service.root.storage()).db))!;
  const { chromium } = await import("playwright-core");
  const browser = await chromium.launch({
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
  // A screenshot is an artifact for people, not an assertion: headless Chromium on a loaded
  // machine now and then answers "Unable to capture screenshot", so it gets three tries (the
  // last of the visible viewport only) and then the story goes on without it.
  const shot = async (page: Page, name: string) => {
    const path = join(ARTIFACTS, `${story}-${name}.png`);
    for (let attempt = 1; attempt <= 3; attempt++) {
      try {
        await page.screenshot({ path, fullPage: attempt < 3, timeout: 10_000 });
        return;
      } catch (err) {
        if (attempt === 3) console.warn(`screenshot ${story}-${name} not taken: ${(err as Error).message.split("\n")[0]}`);
        else await page.waitForTimeout(250);
      }
    }
  };
  return {
    service,
    browser,
    token,
    tenantId,
    shot,
    async codeFromOutbox(page, channel, shotName) {
      await (await service.root.approval()).gateway.flush();
      const outbox = await page.context().newPage();
      await outbox.goto(`${service.url}/dev/outbox`);
      await shot(outbox, shotName ?? `outbox-${channel}`);
      const text = await outbox.locator("main").innerText();
      await outbox.close();
      const match = CODE_RE[channel].exec(text);
      expect(match, `a ${channel} code in the outbox`).not.toBeNull();
      return match![1]!;
    },
    local(link) {
      const u = new URL(link);
      return `${service.url}${u.pathname}${u.search}`;
    },
    async close() {
      await browser.close();
      await service.close(2_000);
    },
  };
}
