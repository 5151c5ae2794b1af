// The dashboard page: static HTML; it asks for an API key (kept in this tab's sessionStorage only)
// and reads the tenant's data through the same /v1 API as every other client. Its script is a
// separate file, so the page runs under a CSP that allows no inline script.
export const DASHBOARD_HTML = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>skillforge — dashboard</title>
<style>
body{font:15px/1.5 system-ui,sans-serif;max-width:52rem;margin:2rem auto;padding:0 1rem;color:#1d232a}
h1{font-size:1.4rem}code{background:#f2f4f7;padding:.1rem .3rem;border-radius:4px}
table{border-collapse:collapse;width:100%}td,th{border-bottom:1px solid #e3e6ea;padding:.35rem;text-align:left}
.muted{color:#667085}.err{color:#b42318}
</style></head>
<body>
<h1>skillforge</h1>
<p id="status" class="muted">checking…</p>
<form id="login"><label>API key <input id="key" type="password" autocomplete="off" size="50"></label> <button>Open</button></form>
<section id="me" hidden><h2>Tenant <span id="tenant"></span></h2><h3>API keys</h3><table id="keys"><thead><tr><th>name</th><th>prefix</th><th>scopes</th><th>state</th></tr></thead><tbody></tbody></table></section>
<p class="muted">API: <a href="/openapi.json">/openapi.json</a> · <a href="/healthz">/healthz</a> · <a href="/readyz">/readyz</a></p>
<script src="/assets/dashboard.js" defer></script>
</body></html>
`;

export const DASHBOARD_JS = `const $ = (id) => document.getElementById(id);
const text = (v) => document.createTextNode(String(v ?? ""));
fetch("/readyz").then((r) => r.json()).then((b) => { $("status").textContent = b.status === "ready" ? "ready (database: " + b.database + ")" : "not ready"; });
async function api(path) {
  const r = await fetch(path, { headers: { authorization: "Bearer " + sessionStorage.getItem("skillforge.key") } });
  const body = await r.json();
  if (!r.ok) throw new Error(body.title + (body.detail ? ": " + body.detail : ""));
  return body;
}
async function show() {
  // A new key starts from a clean page: nothing of the previous tenant or error stays visible.
  $("me").hidden = true;
  $("keys").tBodies[0].replaceChildren();
  $("tenant").textContent = "";
  $("status").className = "muted";
  $("status").textContent = "loading…";
  try {
    const me = await api("/v1/me");
    $("tenant").textContent = me.tenant.name;
    const rows = $("keys").tBodies[0];
    rows.replaceChildren();
    const keys = me.key.scopes.includes("admin") ? (await api("/v1/keys?limit=200")).keys : [me.key];
    for (const k of keys) {
      const tr = rows.insertRow();
      for (const v of [k.name, k.prefix ?? "", k.scopes.join(", "), k.revokedAt ? "revoked" : "live"]) tr.insertCell().appendChild(text(v));
    }
    $("me").hidden = false;
    $("status").textContent = "signed in";
  } catch (e) { $("status").textContent = e.message; $("status").className = "err"; }
}
$("login").addEventListener("submit", (e) => { e.preventDefault(); sessionStorage.setItem("skillforge.key", $("key").value.trim()); show(); });
if (sessionStorage.getItem("skillforge.key")) show();
`;
