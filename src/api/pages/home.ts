// The root page: what this instance is, and where everything lives.
import { PAGE_STYLE } from "./style.js";

export function renderHome(options: { devOutbox: boolean }): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>skillforge</title><style>${PAGE_STYLE}</style></head>
<body><header>skillforge</header><main>
<h1>skillforge</h1>
<p>This service lets a personal assistant grow new skills safely: it turns a request such as “I want to track how much water I drink”
into a small program, audits it, runs it in a sandbox, shows you exactly what it will touch, and makes it callable only after you
confirm with codes sent to two different channels.</p>
<ul>
<li><a href="/assistant">Assistant demo</a> — ask for a skill, approve it, use it</li>
<li><a href="/dashboard">Dashboard</a> — your tenant and API keys</li>
${options.devOutbox ? `<li><a href="/dev/outbox">Dev outbox</a> — the codes and messages sent while no real SMS or email is configured</li>` : ""}
<li><a href="/openapi.json">API description</a> (OpenAPI 3.1) · <a href="/readyz">readiness</a></li>
</ul>
</main></body></html>`;
}
