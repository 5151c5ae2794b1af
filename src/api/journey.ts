// The user's whole request as one sequence, composed here because it crosses stages: the
// generator writes and proves a draft, the registry records it as an immutable pending version,
// and the approval gateway opens the request and sends the first code. The version becomes callable
// only when the approval completes (the root wires the gateway's onApproved to the registry).
// A failure before the approval leaves a recorded version awaiting approval, never an active one.
import type { ApprovalService } from "../approval/index.js";
import type { GenerateInput, GeneratePipeline, GenerateResult, ProgressEvent } from "../generator/index.js";
import type { Registry } from "../registry/index.js";

export type JourneyStage = ProgressEvent["stage"] | "register" | "approval_sent";

export interface JourneyEvent {
  stage: JourneyStage;
  ok: boolean;
  ms: number;
  attempt?: number;
  detail?: string;
}

export interface JourneyResult extends GenerateResult {
  version: { id: string; slug: string; version: string; tag: string; capabilities: string[] } | null;
  approval: { id: string; status: string; fingerprint: string; channels: string[]; expiresAt: string; pageUrl: string } | null;
}

export interface JourneyDeps {
  generate: GeneratePipeline;
  registry: Registry;
  approval: ApprovalService;
}

export type Journey = (
  input: GenerateInput & { actor: string },
  onProgress?: (e: JourneyEvent) => void,
) => Promise<JourneyResult>;

export function createJourney(deps: JourneyDeps): Journey {
  return async function requestSkill(input, onProgress = () => {}) {
    const { actor, ...generateInput } = input;
    const result = await deps.generate(generateInput, (e) => {
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
      },
    });
    onProgress({ stage: "register", ok: true, ms: performance.now() - t, detail: version.tag });
    t = performance.now();
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
}
