// The dashboard's script (served as /assets/dashboard.js). Every value reaches the page as a text
// node (never innerHTML): skill names and descriptions come from a generator. A new key starts
// from a clean page, and an answer that arrives for a previous key is dropped.
import { API_CLIENT_JS } from "./api-client-script.js";

export const DASHBOARD_JS = `const $ = (id) => document.getElementById(id);
function h(tag, attrs, ...children) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === undefined || v === null || v === false) continue;
    if (k.startsWith("on")) el.addEventListener(k.slice(2), v);
    else if (k === "class") el.className = v;
    else el.setAttribute(k, v === true ? "" : String(v));
  }
  for (const c of children.flat()) if (c !== null && c !== undefined && c !== false) el.append(c instanceof Node ? c : String(c));
  return el;
}
let generation = 0;
${API_CLIENT_JS}function say(text, kind, link) {
  $("status").className = kind === "err" ? "err" : "muted";
  $("status").textContent = text;
  if (link) $("status").append(" ", h("a", { href: link.href }, link.text), ".");
}
const when = (iso) => (iso ? iso.replace("T", " ").slice(0, 16) + " UTC" : "never");
const ms = (v) => (v === null || v === undefined ? "–" : Math.round(v * 10) / 10 + " ms");
const badge = (text, tone) => h("span", { class: "badge " + tone }, text);
const STATUS_TONE = { active: "good", approved: "good", inactive: "neutral", archived: "neutral", awaiting_approval: "warn", rejected: "bad", audit_failed: "bad", trial_failed: "bad" };
const STATUS_TEXT = { awaiting_approval: "awaiting approval", audit_failed: "audit failed", trial_failed: "trial failed" };
const status = (s) => badge(STATUS_TEXT[s] || s, STATUS_TONE[s] || "neutral");
const STEP = { getActions: "listed its actions", executeAction: "ran an action", getData: "read its data", getInsights: "computed insights" };

function auditSummary(a) {
  if (!a) return "no report";
  return (a.ok ? "passed" : "failed") + ", " + (a.findings.length ? a.findings.length + " finding" + (a.findings.length === 1 ? "" : "s") : "no findings") + ", risk " + a.risk;
}
function trialSummary(t) {
  if (!t) return "no report";
  const passed = t.steps.filter((s) => s.ok).length;
  return (t.ok ? "passed" : "failed") + ", " + passed + "/" + t.steps.length + " steps, " + Math.round(t.steps.reduce((sum, s) => sum + s.ms, 0)) + " ms";
}
function reports(v) {
  const a = v.audit, t = v.trial;
  return h("details", {}, h("summary", {}, "Audit and trial of " + v.tag),
    h("h5", {}, "Audit: " + auditSummary(a)),
    a && a.findings.length ? h("ul", {}, a.findings.map((f) => h("li", {}, "line " + f.line + ": " + f.message + " (" + f.rule + ")"))) : null,
    h("h5", {}, "Trial in the sandbox: " + trialSummary(t)),
    t ? h("ol", {}, t.steps.map((s) => h("li", {}, (s.ok ? "✓ " : "✗ ") + (STEP[s.method] || s.method) + (s.action ? " " + s.action : "") + (s.invalidParams ? " with params its schema refuses" : "") + " · " + ms(s.ms) + (s.error ? " · " + s.error : "")))) : null,
    t ? h("p", { class: "muted" }, "Peak heap " + (t.peakHeapBytes / 1048576).toFixed(1) + " MB.") : null);
}

async function act(slug, label, method, path, body) {
  const mine = generation;
  try {
    const out = await api(method, path, body);
    await show(mine);
    if (mine !== generation) return;
    say(label(out));
  } catch (e) { if (mine === generation) say(e.message, "err"); }
}

function skillCard(s, d) {
  const id = "skill-" + s.slug;
  const usage = new Map(d.usage.map((u) => [u.versionId, u]));
  const calls = d.usage.reduce((n, u) => n + u.calls, 0);
  const errors = d.usage.reduce((n, u) => n + u.errors, 0);
  const activeUsage = s.activeVersion ? usage.get(s.activeVersion.id) : undefined;
  const targets = d.versions.filter((v) => v.status === "approved" && !v.active);
  const base = "/v1/skills/" + encodeURIComponent(s.slug);
  const controls = h("div", { class: "row" });
  if (targets.length && s.status !== "archived") {
    const select = h("select", { id: id + "-to" }, targets.map((v) => h("option", { value: v.version }, v.tag)));
    controls.append(h("label", { for: id + "-to" }, "Roll back to"), select,
      h("button", { type: "button", onclick: () => act(s.slug, (o) => "Rolled back " + o.slug + " to " + o.to.tag + ".", "POST", base + "/rollback", { to: select.value }) }, "Roll back"));
  }
  if (s.quarantine)
    controls.append(h("button", { type: "button", onclick: () => act(s.slug, (o) => "Re-enabled " + o.tag + ": calls run again.", "POST", base + "/reenable") }, "Re-enable"));
  if (s.status === "archived")
    controls.append(h("button", { type: "button", onclick: () => act(s.slug, () => "Restored " + s.slug + ".", "POST", base + "/restore") }, "Restore"));
  else
    controls.append(h("button", { type: "button", class: "secondary", onclick: () => act(s.slug, () => "Archived " + s.slug + ": it no longer answers until restored.", "POST", base + "/archive") }, "Archive"));
  // A change ("also track the time of day") asks for the skill's next version; it runs only once
  // both codes are entered on its approval page, like any new version.
  const change = s.status === "archived" ? null : h("form", { class: "row", onsubmit: (e) => {
    e.preventDefault();
    const text = e.target.elements.namedItem("change").value.trim();
    if (!text) return;
    const button = e.target.querySelector("button");
    button.disabled = true;
    say("Writing the change to " + s.slug + "…");
    const mine = generation;
    api("POST", "/v1/skills/generate", { text, skill: s.slug }).then(async (r) => {
      await show(mine);
      if (mine !== generation) return;
      const fields = r.change && r.change.fieldsAdded.length ? "; each entry will also record " + r.change.fieldsAdded.join(", ") : "";
      say("Asked for " + r.version.tag + (r.change ? " (" + r.change.bump + ")" : "") + fields + ". It runs once both codes are entered on its", "ok",
        { href: r.approval.pageUrl.replace(/^https?:\\/\\/[^/]+/, ""), text: "approval page" });
    }).catch((err) => { if (mine === generation) say(err.message, "err"); }).finally(() => { button.disabled = false; });
  } },
    h("label", { for: id + "-change" }, "Change it"),
    h("input", { id: id + "-change", name: "change", placeholder: "e.g. also track the time of day", size: 36, maxlength: 2000 }),
    h("button", { type: "submit", class: "secondary" }, "Ask for the change"));
  const rows = d.versions.flatMap((v) => {
    const u = usage.get(v.id);
    return [h("tr", {},
      h("td", { "data-label": "Version" }, h("code", {}, v.tag), v.active ? [" ", badge("active", "good")] : null, v.quarantine ? [" ", badge("quarantined", "bad")] : null),
      h("td", { "data-label": "Status" }, status(v.status)),
      h("td", { "data-label": "Risk" }, h("span", { class: "risk-" + v.risk }, v.risk)),
      h("td", { "data-label": "Audit" }, auditSummary(v.audit)),
      h("td", { "data-label": "Trial" }, trialSummary(v.trial)),
      h("td", { "data-label": "Usage" }, u ? u.calls + " calls, " + u.errors + " errors, p50 " + ms(u.p50Ms) + ", p95 " + ms(u.p95Ms) : "not called"),
      h("td", { "data-label": "Created" }, when(v.createdAt))),
      h("tr", { class: "detail" }, h("td", { colspan: 7 },
        h("p", { class: "muted", style: "margin:0" }, "Permissions: " + (v.capabilities.length ? v.capabilities.join(", ") : "none")),
        reports(v)))];
  });
  return h("article", { class: "card", id, "aria-labelledby": id + "-name" },
    h("h3", { id: id + "-name", style: "margin-top:0" }, s.name, " ", h("code", {}, s.slug), " ", status(s.status)),
    s.description ? h("p", {}, s.description) : null,
    s.quarantine ? h("p", { class: "err", role: "alert" }, "Quarantined since " + when(s.quarantine.at) + ": " + s.quarantine.reason + ". Calls are refused until you re-enable it or roll back.") : null,
    h("dl", { class: "facts" },
      h("dt", {}, "Active version"), h("dd", {}, s.activeVersion ? s.activeVersion.tag : "none"),
      h("dt", {}, "Calls"), h("dd", {}, calls + " (" + errors + " errors)"),
      h("dt", {}, "Time per call"), h("dd", {}, activeUsage ? "p50 " + ms(activeUsage.p50Ms) + ", p95 " + ms(activeUsage.p95Ms) + " (active version)" : "–"),
      h("dt", {}, "Last used"), h("dd", {}, when(s.lastUsedAt))),
    controls,
    change,
    h("h4", {}, "Versions"),
    h("div", { class: "table-scroll" }, h("table", { class: "stack" },
      h("thead", {}, h("tr", {}, ["Version", "Status", "Risk", "Audit", "Trial", "Usage", "Created"].map((t) => h("th", { scope: "col" }, t)))),
      h("tbody", {}, rows))));
}

// The last security-suite run on this data folder (admin keys only; none until a run saved one).
function securityReport(r) {
  const held = r.totals.auditEscaped + r.totals.sandboxEscaped === 0;
  const cols = ["Category", "Attempts", "Blocked by the audit", "Got past the audit", "Escaped the sandbox"];
  const row = (c) => h("tr", {}, [c.category || "all", c.attempts, c.auditBlocked, c.auditEscaped, c.sandboxEscaped].map((v, i) => h("td", { "data-label": cols[i] }, v)));
  return [
    h("p", {}, "Last run ", when(r.startedAt), " (", r.lines === "both" ? "audit and sandbox" : r.lines + " only", ", ", Math.round(r.ms / 1000), " s): ",
      held ? badge("every line held", "good") : badge(r.escapes.length + " escaped", "bad")),
    r.escapes.length ? h("ul", {}, r.escapes.map((e) => h("li", {}, h("code", {}, e.id), " ", e.technique, ": ",
      [e.audit ? "passed the audit" : null, ...e.sandbox].filter(Boolean).join(", ")))) : null,
    h("div", { class: "table-scroll" }, h("table", { class: "stack" },
      h("thead", {}, h("tr", {}, cols.map((t) => h("th", { scope: "col" }, t)))),
      h("tbody", {}, [...r.categories.map(row), row(r.totals)]))),
  ];
}

function clear() {
  $("security").hidden = true;
  $("security-report").replaceChildren();
  $("me").hidden = true;
  $("skills").hidden = true;
  $("keys").tBodies[0].replaceChildren();
  $("skill-list").replaceChildren();
  $("tenant").textContent = "";
}

async function show(mine) {
  try {
    const me = await api("GET", "/v1/me");
    const keys = me.key.scopes.includes("admin") ? (await api("GET", "/v1/keys?limit=200")).keys : [me.key];
    const { skills } = await api("GET", "/v1/skills");
    const details = await Promise.all(skills.map((s) => api("GET", "/v1/skills/" + encodeURIComponent(s.slug))));
    const report = me.key.scopes.includes("admin") ? await api("GET", "/v1/security-suite/report").catch(() => null) : null;
    if (mine !== generation) return;
    if (report) {
      $("security-report").replaceChildren(...securityReport(report));
      $("security").hidden = false;
    }
    $("tenant").textContent = me.tenant.name;
    $("keys").tBodies[0].replaceChildren(...keys.map((k) =>
      h("tr", {}, [["Name", k.name], ["Prefix", k.prefix || ""], ["Scopes", k.scopes.join(", ")], ["State", k.revokedAt ? "revoked" : "live"]].map(([l, v]) => h("td", { "data-label": l }, v)))));
    $("skill-list").replaceChildren(...(skills.length
      ? skills.map((s, i) => skillCard(s, details[i]))
      : [h("p", { class: "muted" }, "No skills yet. Ask for one in the ", h("a", { href: "/assistant" }, "assistant demo"), ".")]));
    $("me").hidden = false;
    $("skills").hidden = false;
    say("Signed in as " + me.key.name + " (" + me.key.scopes.join(", ") + ").");
  } catch (e) {
    if (mine !== generation) return;
    clear();
    say(e.message, "err");
  }
}
function open() {
  // A new key starts from a clean page: nothing of the previous tenant or error stays visible.
  generation += 1;
  clear();
  say("loading…");
  return show(generation);
}
$("login").addEventListener("submit", (e) => { e.preventDefault(); sessionStorage.setItem("skillforge.key", $("key").value.trim()); open(); });
if (key()) open();
else fetch("/readyz").then((r) => r.json()).then((b) => { if (!key()) say(b.status === "ready" ? "Ready (database: " + b.database + "). Enter an API key to see your skills." : "The service is not ready."); });
`;
