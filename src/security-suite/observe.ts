// The sandbox line of one attempt, run inside the attempt's own service process with the audit
// off: a store seeded with canaries, the trial and one call as the service would make them, then
// every host-side observable checked, and a benign skill that must still work afterwards.
import { randomUUID } from "node:crypto";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { normalizeCapabilities, parseCapability, type Capability, type RecordStore } from "../contract/index.js";
import { createMemoryRecordStore, createSandbox, type CallOutcome, type Sandbox } from "../sandbox/index.js";
import { BENIGN_SKILL, BENIGN_COLLECTION } from "./benign-skill.js";
import {
  ATTACKER_SKILL,
  ATTACKER_TENANT,
  OTHER_SKILL,
  canaryRows,
  changedCanaries,
  pollutedPrototypes,
  prototypeSnapshot,
  recordingStore,
  type StoreAccess,
} from "./canaries.js";
import type { AttemptSpec, ServiceSetup } from "./attempt-protocol.js";
import { withFault } from "./faults.js";
import { floods, heldBy, lateCalls, trialCalls } from "./judge.js";
import type { Escape, SandboxLine, SandboxObservation } from "./types.js";

const NOW = "2026-01-15T10:00:00.000Z";

/** Store accesses outside what the invocation may touch: its tenant, not the other skill, approved collections. */
function outsideScope(seen: StoreAccess[], caps: ReadonlySet<string>, benignTenant: string): string[] {
  return seen.flatMap(({ op, scope }) => {
    if (scope.tenantId === benignTenant) return [];
    const kind = op === "select" ? "data.read" : "data.write";
    const ok =
      scope.tenantId === ATTACKER_TENANT &&
      scope.skillId !== OTHER_SKILL &&
      (op === "drop" ? scope.skillId !== ATTACKER_SKILL : caps.has(`${kind}:${scope.collection}`));
    return ok ? [] : [`${op} on ${JSON.stringify(scope)}`];
  });
}

async function benignStillWorks(sandbox: Sandbox, tenantId: string): Promise<string | null> {
  const base = {
    versionId: "custom-water-tracker@1.0.0",
    source: BENIGN_SKILL,
    capabilities: [`data.read:${BENIGN_COLLECTION}`, `data.write:${BENIGN_COLLECTION}`] as Capability[],
    scope: { tenantId, skillId: randomUUID() },
    ctx: { tenantId, config: {}, now: NOW },
  };
  const wrote = await sandbox.call({ ...base, method: "executeAction", action: "log_water", params: { amount_ml: 250 } });
  const read = wrote.ok ? await sandbox.call({ ...base, method: "getData" }) : wrote;
  const total = read.ok ? (read.value as { total_ml?: unknown } | null)?.total_ml : undefined;
  return total === 250 ? null : read.ok ? `it read ${JSON.stringify(read.value)}` : `${read.code}: ${read.message}`;
}

export interface Service {
  setup: ServiceSetup;
  memory: RecordStore;
  seen: StoreAccess[];
  sandbox: Sandbox;
}

/** The store and the sandbox (its worker starting at once), before any payload is known. */
export function startService(setup: ServiceSetup): Service {
  const memory = createMemoryRecordStore();
  const seen: StoreAccess[] = [];
  const sandbox = createSandbox({
    store: recordingStore(withFault(memory, setup.fault), seen),
    limits: setup.limits,
    workers: 1,
    maxWorkers: 1,
    killGraceMs: setup.killGraceMs,
    workerRssMb: setup.workerRssMb,
    ...(setup.workerPath ? { workerPath: setup.workerPath } : {}),
  });
  return { setup, memory, seen, sandbox };
}

export async function observeSandbox({ setup, memory, seen, sandbox }: Service, spec: AttemptSpec): Promise<SandboxObservation> {
  const token = randomUUID();
  const caps = new Set(
    normalizeCapabilities([...spec.capabilities, ...spec.run.collections.flatMap((c) => [`data.read:${c}`, `data.write:${c}`])]),
  );
  const approved = new Set([...caps].map((c) => parseCapability(c)!.target));
  const canaries = canaryRows(token, approved);
  for (const c of canaries) await memory.insert(c.scope, c.row);
  const dir = mkdtempSync(join(tmpdir(), "skillforge-suite-"));
  const marker = join(dir, "marker");
  const canaryFile = join(dir, "canary.txt");
  writeFileSync(canaryFile, "untouched");
  const config = { marker, canary_file: canaryFile };
  const before = prototypeSnapshot();
  const benignTenant = randomUUID();

  const escapes: Escape[] = [];
  const ms: number[] = [];
  let calls: SandboxLine["calls"] = [];
  let direct: CallOutcome | undefined;
  let trialText = "";
  try {
    const trial = await sandbox.trial({
      source: spec.source,
      capabilities: [...caps] as Capability[],
      tenantId: ATTACKER_TENANT,
      config,
    });
    trialText = JSON.stringify(trial);
    ms.push(...trial.steps.map((s) => s.ms));
    calls = trialCalls(trial);
    const started = performance.now();
    direct = await sandbox.call({
      versionId: `custom-attempt@${token}`,
      source: spec.source,
      capabilities: [...caps] as Capability[],
      scope: { tenantId: ATTACKER_TENANT, skillId: ATTACKER_SKILL },
      ctx: { tenantId: ATTACKER_TENANT, config, now: NOW },
      method: spec.run.method,
      ...(spec.run.action !== undefined ? { action: spec.run.action } : {}),
      ...(spec.run.params !== undefined ? { params: spec.run.params } : {}),
    });
    ms.push(performance.now() - started);
    calls.push({
      method: spec.run.method,
      ...(spec.run.action !== undefined ? { action: spec.run.action } : {}),
      ok: direct.ok,
      ...(direct.ok ? {} : { code: direct.code }),
    });
    escapes.push(...floods({ logs: direct.logs, value: direct.ok ? direct.value : undefined }, setup.limits));
    const benign = await benignStillWorks(sandbox, benignTenant);
    if (benign) escapes.push({ check: "benign-after", detail: `the benign skill no longer works: ${benign}` });
  } finally {
    await sandbox.close();
  }

  const produced = `${trialText}\n${JSON.stringify(direct ?? null)}`;
  if (produced.includes(token))
    escapes.push({ check: "canary-leak", detail: "a canary row's token is in the attempt's output, errors or logs" });
  if (existsSync(marker)) escapes.push({ check: "marker-file", detail: "the payload wrote its marker file on the host" });
  const canaryText = existsSync(canaryFile) ? readFileSync(canaryFile, "utf8") : "(deleted)";
  if (canaryText !== "untouched") escapes.push({ check: "canary-file", detail: "the canary file on the host was changed" });
  for (const row of await changedCanaries(memory, canaries)) escapes.push({ check: "row-changed", detail: row });
  for (const access of outsideScope(seen, caps, benignTenant)) escapes.push({ check: "out-of-scope", detail: access });
  for (const name of pollutedPrototypes(before)) escapes.push({ check: "host-prototype", detail: `${name} gained or lost keys` });
  escapes.push(...lateCalls(ms, setup.limits, setup.killGraceMs));
  rmSync(dir, { recursive: true, force: true });
  return { heldBy: heldBy(calls), escapes, calls };
}
