// `POST /v1/skills/generate`: detect → generate → audit → trial → a pending version → its approval
// request (first code sent). JSON by default; server-sent events (detect, generate, audit, trial,
// register, approval_sent, then ready or failed with the whole result) for text/event-stream.
import { Hono } from "hono";
import { SKILL_SLUG_RE } from "../../contract/index.js";
import { streamSSE } from "hono/streaming";
import type { GenerateResult } from "../../generator/index.js";
import type { Journey, JourneyEvent } from "../journey.js";
import { requireScope, type AuthEnv } from "../http/auth.js";
import { readJson } from "../http/body.js";
import { requestHeader } from "../http/node-request.js";
import { ApiError } from "../http/errors.js";
import { bodyChecker } from "../http/validate.js";
import { rateLimit, type RateLimiter } from "../http/rate-limit.js";

/** `POST /v1/skills/generate`: validated here and published as the OpenAPI request body. */
export const GENERATE_BODY = {
  type: "object",
  additionalProperties: false,
  required: ["text"],
  properties: {
    text: { type: "string", minLength: 1, maxLength: 4000 },
    // Change this skill instead of writing a new one ("also track the time of day").
    skill: { type: "string", pattern: SKILL_SLUG_RE.source, maxLength: 80 },
  },
};
const checkBody = bodyChecker<{ text: string; skill?: string }>(GENERATE_BODY);

/** Failures that are a refusal of the request itself, as problems; a draft that failed is a result. */
function problemOf(result: GenerateResult): ApiError | null {
  const code = result.error?.code;
  if (result.ok || code === undefined || code === "GENERATOR_FAILED" || code === "GENERATOR_BAD_ANSWER") return null;
  return new ApiError(code, result.error!.message);
}

export function generateRoutes(journey: () => Promise<Journey>, limiter: RateLimiter): Hono<AuthEnv> {
  const app = new Hono<AuthEnv>();
  app.post("/skills/generate", requireScope("assistant"), rateLimit(limiter, "generate"), async (c) => {
    const body = checkBody(await readJson(c));
    const { tenant, key } = c.get("principal");
    const tenantId = tenant.id;
    const actor = `api-key:${key.id}`;
    const generate = await journey();
    const input = { text: body.text, tenantId, actor, signal: c.req.raw.signal, ...(body.skill ? { skill: body.skill } : {}) };
    // An unknown or archived skill is a problem answered before any stream starts.
    if (body.skill) await generate.checkChange(tenantId, body.skill);
    if (!(requestHeader(c, "accept") ?? "").includes("text/event-stream")) {
      const result = await generate(input);
      const problem = problemOf(result);
      if (problem) throw problem;
      return c.json(result);
    }
    return streamSSE(c, async (stream) => {
      const send = (event: string, data: unknown) => stream.writeSSE({ event, data: JSON.stringify(data) });
      const pending: Promise<void>[] = [];
      const onProgress = (e: JourneyEvent) => {
        // The pipeline's own ready/failed carry only timings; the stream ends with the whole result.
        if (e.stage !== "ready" && e.stage !== "failed") pending.push(send(e.stage, e));
      };
      const result = await generate(input, onProgress);
      await Promise.all(pending);
      await send(result.ok ? "ready" : "failed", result);
    });
  });
  return app;
}
