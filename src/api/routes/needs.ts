import { Hono } from "hono";
import { requireScope, type AuthEnv } from "../http/auth.js";
import { readJson } from "../http/body.js";
import { endDatabaseDeadline } from "../http/deadline.js";
import { ApiError } from "../http/errors.js";
import { createPacer } from "../http/pacer.js";
import { bodyChecker } from "../http/validate.js";

interface DetectBody {
  messages: unknown;
  installed?: string[];
  dismissed?: { subject: string; at: string }[];
  now?: string;
}

/** `POST /v1/needs/detect`: validated here and published as the OpenAPI request body. */
export const DETECT_BODY = {
  type: "object",
  additionalProperties: false,
  required: ["messages"],
  properties: {
    messages: {
      description: "[{ id?, text, at? }] or one { text }; checked item by item after the schema",
      anyOf: [{ type: "array" }, { type: "object" }],
    },
    installed: {
      description: "extra skill slugs or subjects to treat as covered; the tenant's own skills always are",
      type: "array",
      maxItems: 500,
      items: { type: "string", minLength: 1, maxLength: 200 },
    },
    dismissed: {
      type: "array",
      maxItems: 500,
      items: {
        type: "object",
        additionalProperties: false,
        required: ["subject", "at"],
        properties: {
          subject: { type: "string", minLength: 1, maxLength: 200 },
          at: { type: "string", maxLength: 40, description: "ISO 8601 date-time" },
        },
      },
    },
    now: { type: "string", maxLength: 40, description: "ISO 8601 date-time" },
  },
};
const checkBody = bodyChecker<DetectBody>(DETECT_BODY);

type Detector = typeof import("../../detector/index.js");
type DetectMemo = import("../../detector/index.js").DetectMemo;

/** `POST /v1/needs/detect`: the detector over the caller's messages; the tenant's skills count as installed. */
export function needsRoutes(installedSlugs: (tenantId: string) => Promise<string[]>): Hono<AuthEnv> {
  const app = new Hono<AuthEnv>();
  // Loaded on the first detect rather than at start (building its tables takes a while), then
  // kept: an `await import()` on every request went through the module loader each time.
  // With it, what each message's text gave, kept per tenant: a client sends its recent
  // conversation with every call, so most messages were read on the call before.
  let loaded: { detector: Detector; memo: DetectMemo } | undefined;
  const load = async () => {
    const detector = await import("../../detector/index.js");
    return (loaded ??= { detector, memo: detector.createDetectMemo() });
  };
  app.post("/needs/detect", requireScope("assistant"), async (c) => {
    // One pacer for the whole request: the body's JSON.parse counts toward the first slice; the
    // waits (for the body, the database) do not.
    const pace = createPacer();
    const body = checkBody(await readJson(c));
    // The database work (the tenant's skills) comes first; the rest is CPU work, paced so other
    // requests keep being served, and no longer under the database deadline: a large batch on a
    // busy machine may take longer than that deadline without any database being unavailable.
    const tenantId = c.get("principal").tenant.id;
    const installed = [...new Set([...(await installedSlugs(tenantId)), ...(body.installed ?? [])])];
    endDatabaseDeadline(c);
    const { detector, memo } = loaded ?? (await load());
    const { detectNeedsPaced, isIsoTime, parseMessagesPaced } = detector;
    const parsed = await parseMessagesPaced(body.messages, pace);
    if (!parsed.ok) throw new ApiError("VALIDATION_FAILED", `messages: ${parsed.error}`);
    if (body.now !== undefined && !isIsoTime(body.now))
      throw new ApiError("VALIDATION_FAILED", "now must be an ISO 8601 date-time");
    const badDismissal = body.dismissed?.find((d) => !isIsoTime(d.at));
    if (badDismissal)
      throw new ApiError(
        "VALIDATION_FAILED",
        `dismissed: "at" of ${JSON.stringify(badDismissal.subject)} must be an ISO 8601 date-time`,
      );
    const options = { installed, dismissed: body.dismissed, now: body.now, memo: { store: memo, scope: tenantId } };
    const needs = await detectNeedsPaced(parsed.messages, options, pace);
    return c.json({ needs });
  });
  return app;
}
