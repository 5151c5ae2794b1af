// The user's whole request as one sequence, composed here because it crosses stages: the
// generator writes and proves a draft, the registry records it as an immutable pending version,
// and the approval gateway opens the request and sends the first code. The version becomes callable
// only when the approval completes (the root wires the gateway's onApproved to the registry).
// A failure before the approval leaves a recorded version awaiting approval, never an active one.
import type { ApprovalService } from "../approval/index.js";
import type { SkillNeed } from "../detector/index.js";
import type {
  GenerateInput,
  GeneratePipeline,
  GenerateResult,
  GeneratorMeta,
  ProgressEvent,
  SkillDraft,
} from "../generator/index.js";
import type { ChangeBase, Registry } from "../registry/index.js";

export type JourneyStage = ProgressEvent["stage"] | "register" | "approval_sent";

export interface JourneyEvent {
  stage: JourneyStage;
  ok: boolean;
  ms: number;
  attempt?: number;
  detail?: string;
}

/** What a change to an existing skill did: the version it started from and how the new one differs. */
export interface ChangeReport {
  from: { id: string; version: string; tag: string };
  /** patch: same capabilities; minor: a capability added; major: a collection dropped or made incompatible. */
  bump: "patch" | "minor" | "major" | null;
  capabilitiesAdded: string[];
  capabilitiesRemoved: string[];
  /** Fields of the skill's collections that the new version adds. */
  fieldsAdded: string[];
}

export interface JourneyResult extends GenerateResult {
  version: { id: string; slug: string; version: string; tag: string; capabilities: string[] } | null;
  /** Set when the request changed an existing skill (`skill` given). */
  change?: ChangeReport;
  approval: { id: string; status: string; fingerprint: string; channels: string[]; expiresAt: string; pageUrl: string } | null;
}

export interface JourneyDeps {
  generate: GeneratePipeline;
  registry: Registry;
  approval: ApprovalService;
}

type RequestSkill = (
  input: GenerateInput & {
    actor: string;
    /** Change this skill (its slug) instead of writing a new one: "also track the time of day". */
    skill?: string;
  },
  onProgress?: (e: JourneyEvent) => void,
) => Promise<JourneyResult>;

export type Journey = RequestSkill & {
  /** Throws SKILL_NOT_FOUND / SKILL_ARCHIVED / VERSION_NOT_FOUND before any work, for callers that answer early. */
  checkChange(tenantId: string, skill: string): Promise<void>;
};

export function createJourney(deps: JourneyDeps): Journey {
  const requestSkill: RequestSkill = async function requestSkill(input, onProgress = () => {}) {
    const { actor, skill, ...generateInput } = input;
    // A change starts from the skill's current version (unknown or archived skills are refused here).
    const base = skill === undefined ? undefined : await deps.registry.changeBase(input.tenantId, skill);
    const request = base
      ? { ...generateInput, current: currentDraft(base), need: changeNeed(base, input.text ?? "") }
      : generateInput;
    const result = await deps.generate(request, (e) => {
      if (e.stage !== "ready" && e.stage !== "failed") onProgress(e);
    });
    if (!result.ok || !result.draft || !result.audit || !result.trial) {
      onProgress({ stage: "failed", ok: false, ms: 0, ...(result.error ? { detail: result.error.message } : {}) });
      return { ...result, version: null, approval: null };
    }
    const draft = result.draft;
    let t = performance.now();
    const version = await deps.registry.registerVersion({
      tenantId: input.tenantId,
      actor,
      manifest: draft.manifest,
      source: draft.source,
      configSchema: draft.config_schema,
      collections: draft.collections,
      skillMd: draft.skill_md,
      audit: result.audit,
      trial: result.trial,
      generator: {
        provider: draft.meta.provider,
        model: draft.meta.model,
        promptVersion: draft.meta.promptVersion,
        usage: draft.meta.usage,
        attempts: draft.meta.attempts,
        ...(draft.meta.template ? { template: draft.meta.template } : {}),
      },
    });
    onProgress({ stage: "register", ok: true, ms: performance.now() - t, detail: version.tag });
    t = performance.now();
    // Creating the request supersedes the skill's requests still pending (the gateway does it in
    // the same transaction): the user approves the newest version, never an older one.
    const approval = await deps.approval.gateway.create(input.tenantId, version.id, actor);
    const { pageUrl } = deps.approval.gateway.links(approval.id);
    onProgress({
      stage: "approval_sent",
      ok: true,
      ms: performance.now() - t,
      detail: `codes go by ${approval.channels.join(" then ")}`,
    });
    onProgress({ stage: "ready", ok: true, ms: 0 });
    return {
      ...result,
      ...(base
        ? { change: await changeReport(base, draft, version.capabilities, version.bump === "first" ? null : version.bump) }
        : {}),
      version: {
        id: version.id,
        slug: version.slug,
        version: version.version,
        tag: version.tag,
        capabilities: version.capabilities,
      },
      approval: {
        id: approval.id,
        status: approval.status,
        fingerprint: approval.fingerprint,
        channels: approval.channels,
        expiresAt: approval.expiresAt,
        pageUrl,
      },
    };
  };
  return Object.assign(requestSkill, {
    async checkChange(tenantId: string, skill: string) {
      await deps.registry.changeBase(tenantId, skill);
    },
  });
}

/** The stored version as the draft a generator extends (its generator info is the draft's meta). */
function currentDraft(base: ChangeBase): SkillDraft {
  const g = base.version.generator;
  const meta = {
    ...g,
    provider: g.provider,
    model: g.model ?? "unknown",
    promptVersion: g.promptVersion ?? "unknown",
    usage: { inputTokens: 0, outputTokens: 0 },
    attempts: 1,
  } as GeneratorMeta;
  return {
    source: base.source,
    language: "ts",
    manifest: base.manifest,
    config_schema: base.version.configSchema,
    collections: base.version.collections,
    skill_md: base.skillMd,
    meta,
  };
}

/** The need of a change is the skill's own; the request's words say what to add. */
function changeNeed(base: ChangeBase, text: string): SkillNeed {
  return {
    kind: "request",
    subject: base.manifest.name.replace(/ tracker$/, ""),
    confidence: 1,
    evidence: text ? [text.slice(0, 200)] : [],
    language: "en",
  };
}

async function changeReport(
  base: ChangeBase,
  draft: SkillDraft,
  capabilities: string[],
  bump: ChangeReport["bump"],
): Promise<ChangeReport> {
  // Loaded by now (the registry registered the version): the import costs nothing here, and the
  // journey module stays free of the registry at start-up.
  const { fieldsAdded } = await import("../registry/index.js");
  const before = new Set<string>(base.version.capabilities);
  const after = new Set(capabilities);
  return {
    from: { id: base.version.id, version: base.version.version, tag: base.version.tag },
    bump,
    capabilitiesAdded: [...after].filter((c) => !before.has(c)),
    capabilitiesRemoved: [...before].filter((c) => !after.has(c)),
    fieldsAdded: fieldsAdded(base.version.collections, draft.collections),
  };
}
