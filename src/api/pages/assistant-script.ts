// The assistant demo's script (served as /assets/assistant.js): a request to track something goes
// to POST /v1/skills/generate (live progress as server-sent events) and ends with a link to the
// approval page; once a skill is active, "log 300 ml", "how much today?" and "undo" go to its
// actions through the same /v1 API, and "also track the time of day" asks for its next version. The key stays in this tab's sessionStorage.
import { API_CLIENT_JS } from "./api-client-script.js";

export const ASSISTANT_JS = `
const $ = (id) => document.getElementById(id);
${API_CLIENT_JS}function say(who, text, link) {
  const li = document.createElement("li");
  li.className = who;
  li.appendChild(document.createTextNode(text));
  if (link) {
    li.appendChild(document.createTextNode(" "));
    const a = document.createElement("a");
    a.href = link.href; a.textContent = link.text;
    li.appendChild(a);
  }
  $("log").appendChild(li);
  return li;
}
async function generate(text, skill) {
  const r = await fetch("/v1/skills/generate", {
    method: "POST", headers: { authorization: "Bearer " + key(), "content-type": "application/json", accept: "text/event-stream" },
    body: JSON.stringify(skill ? { text, skill } : { text }),
  });
  if (!r.ok) { const p = await r.json(); say("assistant", p.detail || p.title); return; }
  const progress = say("progress", "working…");
  const reader = r.body.getReader();
  const decoder = new TextDecoder();
  let buffer = "";
  const steps = [];
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    buffer += decoder.decode(value, { stream: true });
    let cut;
    while ((cut = buffer.indexOf("\\n\\n")) >= 0) {
      const block = buffer.slice(0, cut); buffer = buffer.slice(cut + 2);
      const event = (/^event: (.*)$/m.exec(block) || [])[1];
      const data = JSON.parse((/^data: (.*)$/m.exec(block) || [, "null"])[1]);
      if (event === "ready" || event === "failed") { finish(event, data); continue; }
      steps.push(event + (data && data.ok ? " ✓" : " ✗") + " " + Math.round(data ? data.ms : 0) + " ms");
      progress.textContent = steps.join(" · ");
    }
  }
}
function finish(event, result) {
  if (event === "failed" || !result.ok || !result.approval) {
    say("assistant", "I could not write that skill: " + ((result.error && result.error.message) || "it did not pass its checks") + ".");
    return;
  }
  const caps = (result.version.capabilities || []).join(", ");
  const change = result.change
    ? " as the next version of " + result.change.from.tag + (result.change.fieldsAdded.length ? ", adding " + result.change.fieldsAdded.join(", ") : "")
    : "";
  say("assistant", "I wrote " + result.version.tag + change + " (it may: " + caps + "). Codes went to your " + result.approval.channels.join(" and then ") +
    "; reference " + result.approval.fingerprint + ". Approve it here:", { href: result.approval.pageUrl.replace(/^https?:\\/\\/[^/]+/, ""), text: "open the approval page" });
}
function pickSkill(skills, text) {
  const words = text.toLowerCase().split(/[^a-z0-9]+/);
  const named = skills.find((s) => s.slug.split("-").slice(1).some((w) => w.length > 2 && words.includes(w)));
  if (named) return named;
  return skills.slice().sort((a, b) => (a.updatedAt < b.updatedAt ? 1 : -1))[0];
}
async function command(text) {
  const { skills } = await api("GET", "/v1/skills");
  const active = skills.filter((s) => s.status === "active");
  if (active.length === 0) return false;
  const skill = pickSkill(active, text);
  const detail = await api("GET", "/v1/skills/" + skill.slug);
  const version = detail.versions.find((v) => v.active);
  const actions = version ? version.actions : [];
  const base = "/v1/skills/" + skill.slug;
  if (/\\b(undo|remove the last|delete the last)\\b/i.test(text)) {
    const undo = actions.find((a) => /undo/.test(a.slug));
    if (!undo) return false;
    await api("POST", base + "/actions/" + undo.slug, { params: {} });
    say("assistant", "Removed the last entry of " + skill.name + ".");
    return true;
  }
  const number = /-?\\d+(?:[.,]\\d+)?/.exec(text);
  if (number && !/\\b(how much|how many|today|total)\\b/i.test(text)) {
    const log = actions.find((a) => /^log/.test(a.slug));
    if (!log) return false;
    const props = (log.params_schema && log.params_schema.properties) || {};
    const field = (log.params_schema.required || []).find((p) => props[p] && props[p].type !== "string")
      || Object.keys(props).find((p) => props[p].type === "number" || props[p].type === "integer");
    if (!field) return false;
    const params = {}; params[field] = Number(number[0].replace(",", "."));
    const out = await api("POST", base + "/actions/" + log.slug, { params });
    const r = out.value || {};
    say("assistant", "Logged " + params[field] + (r.entry && r.entry.unit ? " " + r.entry.unit : "") + " in " + skill.name +
      (r.day_total !== undefined ? ". Today: " + r.day_total + (r.entry && r.entry.unit ? " " + r.entry.unit : "") : "") + ".");
    return true;
  }
  if (/\\b(how much|how many|today|total|summary|progress|status|insights?)\\b/i.test(text)) {
    const data = (await api("GET", base + "/data")).value || {};
    const insights = (await api("GET", base + "/insights")).value || [];
    const today = data.today ? "Today: " + data.today.total + (data.unit ? " " + data.unit : "") + " over " + data.today.entries + (data.today.entries === 1 ? " entry." : " entries.") : "";
    say("assistant", [today, ...insights.map((i) => i.title + " — " + i.message)].filter(Boolean).join("\\n") || "Nothing recorded yet.");
    return true;
  }
  return false;
}
// "also track the time of day", "add the brand too": a change to a skill the user already has.
const CHANGE_RE = /^(?:also|add|and also|plus)\\b|\\b(?:too|as well)\\s*[.!]?$/i;
// "add 300 ml" logs an entry: a number outside a range ("from 1 to 10") is a value, not a change.
const VALUE_RE = /\\d/;
const RANGE_RE = /\\b(?:from|out of)\\s+\\d/i;
async function change(text) {
  if (!CHANGE_RE.test(text) || (VALUE_RE.test(text) && !RANGE_RE.test(text))) return false;
  const { skills } = await api("GET", "/v1/skills");
  const live = skills.filter((s) => s.status !== "archived");
  if (live.length === 0) return false;
  await generate(text, pickSkill(live, text).slug);
  return true;
}
async function onMessage(text) {
  say("you", text);
  try {
    if (await change(text)) return;
    const { needs } = await api("POST", "/v1/needs/detect", { messages: { text } });
    if (needs.some((n) => n.kind === "request")) return await generate(text);
    if (await command(text)) return;
    say("assistant", "I did not catch that. Ask me to track something new, or say “log 300 ml”, “how much today?” or “undo”.");
  } catch (e) {
    say("assistant", e.message);
  }
}
$("login").addEventListener("submit", (e) => {
  e.preventDefault();
  sessionStorage.setItem("skillforge.key", $("key").value.trim());
  $("status").textContent = "Key set for this tab.";
  $("text").focus();
});
$("chat").addEventListener("submit", async (e) => {
  e.preventDefault();
  const text = $("text").value.trim();
  if (!text) return;
  $("text").value = "";
  $("send").disabled = true;
  try { await onMessage(text); } finally { $("send").disabled = false; $("text").focus(); }
});
if (key()) $("status").textContent = "Using the key set earlier in this tab.";
`;
