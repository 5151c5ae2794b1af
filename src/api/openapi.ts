// The OpenAPI 3.1 document served at /openapi.json. Request bodies (and the validated query) are
// the very schemas the routes check with, imported from them, so the two cannot drift;
// `x-scope` names the key scope a route requires. openapi-walk.test.ts calls every operation
// listed here and every route the app serves under /v1 against it.
import {
  CONFIRM_BODY,
  CONTACT_BODY,
  CREATE_APPROVAL_BODY,
  STATUS_QUERY,
  TOTP_BODY,
  VERIFY_CONTACT_BODY,
} from "./routes/approvals.js";
import { GENERATE_BODY } from "./routes/generate.js";
import { NEW_KEY_BODY } from "./routes/keys.js";
import { DETECT_BODY } from "./routes/needs.js";
import { OUTBOX_LIMIT_QUERY } from "./routes/outbox.js";
import { ACTION_BODY, CONFIG_BODY, IMPORT_BODY, REENABLE_BODY, ROLLBACK_BODY, SWEEP_BODY } from "./routes/skills.js";

const problem = { $ref: "#/components/schemas/Problem" };
const errors = (...codes: number[]) =>
  Object.fromEntries(
    codes.map((s) => [String(s), { description: "problem+json", content: { "application/problem+json": { schema: problem } } }]),
  );
const json = (schema: object) => ({ content: { "application/json": { schema } } });
/** What every JSON body can earn before the route sees it: bad JSON, too large, wrong type, fails its schema. */
const BODY = [400, 413, 415, 422];
const admin = { "x-scope": "admin" } as const;
const assistant = { "x-scope": "assistant" } as const;
const slugParam = {
  name: "slug",
  in: "path",
  required: true,
  schema: { type: "string", pattern: "^custom-[a-z0-9]+(?:-[a-z0-9]+)*$" },
};
const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
/** Skill runs spend the tenant's run bucket: 429 TENANT_RATE_LIMITED with Retry-After when it is empty. */
const callResponses = { 200: json(ref("CallResult")), ...errors(401, 403, 404, 409, 422, 429) };

const idParam = [{ name: "id", in: "path", required: true, schema: { type: "string", format: "uuid" } }];
const approval = { $ref: "#/components/schemas/Approval" };
const html = (description: string) => ({ description, content: { "text/html": { schema: { type: "string" } } } });
const form = (properties: object) => ({
  content: { "application/x-www-form-urlencoded": { schema: { type: "object", properties } } },
});

const APPROVAL_PATHS = {
  "/v1/approvals": {
    get: {
      summary: "List the tenant's approval requests; an assistant key sees status only",
      parameters: [{ name: "status", in: "query", schema: STATUS_QUERY }],
      responses: {
        200: json({ type: "object", properties: { approvals: { type: "array", items: approval } } }),
        ...errors(401, 422),
      },
    },
    post: {
      summary:
        "Ask for approval of a skill version awaiting it (assistant); codes go to the tenant's verified channels chosen by policy",
      ...assistant,
      requestBody: json(CREATE_APPROVAL_BODY),
      responses: { 201: json(approval), ...errors(...BODY, 401, 403, 404, 409, 429) },
    },
  },
  "/v1/approvals/{id}": {
    get: {
      summary: "One request: status for an assistant key; disclosure, fingerprint, page link and events for an admin",
      parameters: idParam,
      responses: { 200: json(approval), ...errors(401, 404) },
    },
  },
  "/v1/approvals/{id}/confirm": {
    post: {
      summary: "Confirm one channel's code (admin only; an assistant key is refused). A failure never says why",
      parameters: idParam,
      ...admin,
      requestBody: json(CONFIRM_BODY),
      description:
        "Spends the tenant's confirm bucket (shared with the approval page's code form): 429 TENANT_RATE_LIMITED with Retry-After when it is empty.",
      responses: { 200: json(approval), ...errors(...BODY, 401, 403, 404, 409, 410, 429) },
    },
  },
  "/v1/approvals/{id}/reject": {
    post: {
      summary: "Reject a pending request (admin)",
      ...admin,
      parameters: idParam,
      responses: { 200: json(approval), ...errors(401, 403, 404, 409) },
    },
  },
  "/v1/approvals/{id}/resend": {
    post: {
      summary: "Send a new code on the expected channel (admin; at most 3 resends per channel)",
      ...admin,
      parameters: idParam,
      responses: { 200: json(approval), ...errors(401, 403, 404, 409, 429) },
    },
  },
  "/v1/contacts": {
    get: {
      summary: "The tenant's contact points (admin)",
      ...admin,
      responses: { 200: { description: "{ contacts }" }, ...errors(401, 403) },
    },
    post: {
      summary:
        "Add or change a phone number or email (admin): a verification code goes to it; a change also needs a code sent to the point it replaces and waits out the cool-down",
      ...admin,
      requestBody: json(CONTACT_BODY),
      responses: { 201: { description: "pending contact point" }, ...errors(...BODY, 401, 403, 404, 409, 429) },
    },
  },
  "/v1/contacts/{id}/verify": {
    post: {
      summary: "Verify a pending contact point with its code (and, for a change, the confirmation code) (admin)",
      parameters: idParam,
      ...admin,
      requestBody: json(VERIFY_CONTACT_BODY),
      responses: { 200: { description: "verified contact point" }, ...errors(...BODY, 401, 403) },
    },
  },
  "/v1/contacts/totp": {
    post: {
      summary: "Enrol an authenticator app (admin); the otpauth:// URI is shown once",
      ...admin,
      requestBody: json(TOTP_BODY),
      responses: { 201: { description: "{ uri }" }, ...errors(...BODY, 401, 403) },
    },
  },
  "/v1/webhooks/twilio": {
    post: {
      summary:
        "Inbound SMS replies (APPROVE 123456 / REJECT) from Twilio; X-Twilio-Signature checked against the public URL, From must be enrolled, MessageSid de-duplicated",
      security: [],
      requestBody: form({ From: { type: "string" }, Body: { type: "string" }, MessageSid: { type: "string" } }),
      responses: { 200: { description: "empty TwiML" }, ...errors(403, 404) },
    },
  },
  "/approve/{id}": {
    get: {
      summary: "The approval page (query t = the page token from the email)",
      security: [],
      parameters: [...idParam, { name: "t", in: "query", required: true, schema: { type: "string" } }],
      responses: { 200: html("page"), 404: html("unknown id or token") },
    },
    post: {
      summary: "The page's form: confirm a code, resend, or reject",
      security: [],
      parameters: idParam,
      requestBody: form({
        t: { type: "string" },
        action: { enum: ["confirm", "resend", "reject"] },
        channel: { type: "string" },
        code: { type: "string" },
      }),
      responses: {
        200: html("page"),
        400: html("no such channel"),
        404: html("unknown"),
        422: html("not accepted"),
        429: html("the tenant's confirm bucket is empty (Retry-After)"),
      },
    },
  },
  "/approve/{id}/reject": {
    get: {
      summary: "The email's one-time reject link: a confirmation form (a GET changes nothing)",
      security: [],
      parameters: [...idParam, { name: "t", in: "query", required: true, schema: { type: "string" } }],
      responses: { 200: html("form"), 404: html("unknown") },
    },
    post: {
      summary: "Reject through the email link",
      security: [],
      parameters: idParam,
      requestBody: form({ t: { type: "string" } }),
      responses: { 200: html("rejected"), 404: html("unknown") },
    },
  },
  "/v1/security-suite/report": {
    get: {
      summary:
        "The last `skillforge security-suite` run on this data folder (admin): totals per category and every escape; 404 until a run saved one",
      ...admin,
      responses: {
        200: json({
          type: "object",
          properties: {
            ok: { type: "boolean", description: "false when anything escaped a line the threat model says must hold" },
            startedAt: { type: "string", format: "date-time" },
            ms: { type: "number" },
            lines: { type: "string", enum: ["both", "audit", "sandbox"] },
            totals: { $ref: "#/components/schemas/SuiteTotals" },
            categories: { type: "array", items: { $ref: "#/components/schemas/SuiteTotals" } },
            escapes: {
              type: "array",
              items: {
                type: "object",
                properties: {
                  id: { type: "string" },
                  category: { type: "string" },
                  technique: { type: "string" },
                  audit: { type: "boolean", description: "it passed the audit it should have failed" },
                  sandbox: { type: "array", items: { type: "string" }, description: "the sandbox checks it escaped" },
                },
              },
            },
          },
        }),
        ...errors(401, 403, 404),
      },
    },
  },
  "/v1/dev/outbox": {
    get: {
      summary:
        "The dev outbox of the caller's tenant, newest first, as JSON (admin; only while a dev channel is in use, else 404): what `skillforge outbox` shows",
      ...admin,
      parameters: [{ name: "limit", in: "query", schema: OUTBOX_LIMIT_QUERY }],
      responses: {
        200: json({
          type: "object",
          properties: {
            messages: {
              type: "array",
              items: {
                type: "object",
                properties: {
                  at: { type: "string", format: "date-time" },
                  channel: { type: "string" },
                  destination: { type: "string" },
                  status: { type: "string" },
                  transport: { type: ["string", "null"] },
                  subject: { type: ["string", "null"] },
                  text: { type: ["string", "null"], description: "null once a real transport delivered it" },
                  approvalId: { type: ["string", "null"] },
                },
              },
            },
          },
        }),
        ...errors(401, 403, 404, 422),
      },
    },
  },
  "/dev/outbox": {
    get: {
      summary: "Messages kept locally by the dev outbox, newest first (only while a dev channel is in use)",
      security: [],
      responses: { 200: html("outbox"), ...errors(404) },
    },
  },
};

export const OPENAPI_DOCUMENT = {
  openapi: "3.1.0",
  info: {
    title: "skillforge",
    version: "0.1.0",
    description:
      "Detect, generate, audit, sandbox, approve and register new assistant skills. All /v1 routes take `Authorization: Bearer <api key>`; keys are tenant-scoped with scopes `assistant` and `admin`.",
  },
  components: {
    securitySchemes: { bearer: { type: "http", scheme: "bearer" } },
    schemas: {
      SuiteTotals: {
        type: "object",
        properties: {
          category: { type: "string", description: "absent on the overall totals" },
          attempts: { type: "integer" },
          auditBlocked: { type: "integer" },
          auditEscaped: { type: "integer" },
          sandboxEscaped: { type: "integer" },
        },
      },
      Problem: {
        type: "object",
        required: ["type", "title", "status", "code"],
        properties: {
          type: { type: "string" },
          title: { type: "string" },
          status: { type: "integer" },
          code: { type: "string", description: "stable error code, e.g. AUTH_INVALID" },
          detail: { type: "string" },
          instance: { type: "string" },
          requestId: { type: "string" },
        },
      },
      SkillNeed: {
        type: "object",
        required: ["kind", "subject", "confidence", "evidence", "language"],
        properties: {
          kind: { enum: ["request", "pattern", "gap"] },
          subject: { type: "string" },
          phrase: { type: "string" },
          unit: { type: "string" },
          scale: { type: "object", required: ["min", "max"], properties: { min: { type: "number" }, max: { type: "number" } } },
          area: { type: "string" },
          fields: { type: "array", items: { type: "string" } },
          confidence: { type: "number", minimum: 0, maximum: 1 },
          evidence: { type: "array", items: { type: "string" } },
          language: { type: "string" },
        },
      },
      VersionRef: {
        type: "object",
        required: ["id", "version", "tag"],
        properties: {
          id: { type: "string", format: "uuid" },
          version: { type: "string" },
          tag: { type: "string", description: "custom-water-tracker@v1.2.0" },
        },
      },
      Quarantine: {
        type: "object",
        description:
          "the version failed this many calls in a row by timeout, memory or crash; calls answer 409 SKILL_QUARANTINED until re-enabled",
        properties: {
          code: { type: "string" },
          reason: { type: "string" },
          failures: { type: "integer" },
          at: { type: "string" },
        },
      },
      Skill: {
        type: "object",
        properties: {
          id: { type: "string", format: "uuid" },
          slug: { type: "string" },
          name: { type: "string" },
          description: { type: "string" },
          status: { enum: ["active", "inactive", "archived"] },
          activeVersion: { oneOf: [ref("VersionRef"), { type: "null" }] },
          quarantine: { oneOf: [ref("Quarantine"), { type: "null" }] },
          config: { type: "object" },
          lastUsedAt: { type: ["string", "null"] },
          createdAt: { type: "string" },
          updatedAt: { type: "string" },
        },
      },
      SkillVersion: {
        type: "object",
        properties: {
          id: { type: "string", format: "uuid" },
          version: { type: "string" },
          tag: { type: "string" },
          sourceSha256: { type: "string" },
          capabilities: { type: "array", items: { type: "string" } },
          risk: { enum: ["low", "medium", "high"] },
          status: { enum: ["audit_failed", "trial_failed", "awaiting_approval", "approved", "rejected"] },
          active: { type: "boolean" },
          quarantine: { oneOf: [ref("Quarantine"), { type: "null" }] },
          configSchema: {},
          collections: { type: "object" },
          generator: { type: "object" },
          createdAt: { type: "string" },
          audit: {
            description: "the audit of exactly this source: passed or not, its risk, and each finding with its line",
            oneOf: [
              {
                type: "object",
                properties: {
                  ok: { type: "boolean" },
                  risk: { enum: ["low", "medium", "high"] },
                  findings: {
                    type: "array",
                    items: {
                      type: "object",
                      properties: {
                        rule: { type: "string" },
                        message: { type: "string" },
                        line: { type: "integer" },
                        column: { type: "integer" },
                        excerpt: { type: "string" },
                      },
                    },
                  },
                },
              },
              { type: "null" },
            ],
          },
          trial: {
            description: "the sandbox trial: each step (method, action, ok, ms, error) and the peak heap in bytes",
            oneOf: [
              {
                type: "object",
                properties: {
                  ok: { type: "boolean" },
                  steps: { type: "array", items: { type: "object" } },
                  peakHeapBytes: { type: "number" },
                },
              },
              { type: "null" },
            ],
          },
          actions: {
            type: "array",
            description: "the actions the audit captured from this version's source",
            items: {
              type: "object",
              properties: {
                slug: { type: "string" },
                name: { type: "string" },
                description: { type: "string" },
                params_schema: {},
              },
            },
          },
        },
      },
      SwitchResult: {
        type: "object",
        properties: {
          slug: { type: "string" },
          from: { oneOf: [ref("VersionRef"), { type: "null" }] },
          to: ref("VersionRef"),
          collectionsDiffer: {
            type: "array",
            items: { type: "string" },
            description: "collections whose row schema differs between the two versions (data is never touched)",
          },
        },
      },
      CallResult: {
        type: "object",
        required: ["ok", "versionId", "version", "tag", "ms"],
        properties: {
          ok: { const: true },
          value: { description: "the skill's JSON result" },
          versionId: { type: "string" },
          version: { type: "string" },
          tag: { type: "string" },
          ms: { type: "number" },
        },
      },
      Approval: {
        type: "object",
        properties: {
          id: { type: "string", format: "uuid" },
          versionId: { type: "string", format: "uuid" },
          status: { enum: ["pending", "approved", "rejected", "expired", "superseded"] },
          fingerprint: { type: "string", description: "admin only: short form of the binding hash, e.g. 9F2C-1A7B" },
          channels: { type: "array", items: { enum: ["sms", "email", "totp"] } },
          confirmed: { type: "array", items: { type: "string" } },
          undeliverable: { type: "array", items: { type: "string" } },
          createdAt: { type: "string", format: "date-time" },
          expiresAt: { type: "string", format: "date-time" },
          decidedAt: { type: "string", format: "date-time" },
        },
      },
      ApiKey: {
        type: "object",
        properties: {
          id: { type: "string", format: "uuid" },
          tenantId: { type: "string" },
          name: { type: "string" },
          prefix: { type: "string" },
          scopes: { type: "array", items: { enum: ["assistant", "admin"] } },
          createdAt: { type: "string" },
          lastUsedAt: { type: ["string", "null"] },
          revokedAt: { type: ["string", "null"] },
        },
      },
    },
  },
  security: [{ bearer: [] }],
  paths: {
    "/healthz": { get: { summary: "Liveness", security: [], responses: { 200: { description: "alive" } } } },
    "/readyz": {
      get: {
        summary: "Readiness (the database answers)",
        security: [],
        responses: { 200: { description: "ready" }, ...errors(503) },
      },
    },
    "/openapi.json": { get: { summary: "This document", security: [], responses: { 200: { description: "OpenAPI 3.1" } } } },
    "/v1/me": {
      get: { summary: "The calling key and its tenant", responses: { 200: { description: "principal" }, ...errors(401) } },
    },
    "/v1/keys": {
      get: {
        summary:
          "List the tenant's API keys (admin), oldest first, a page at a time: pass `next_cursor` back as `cursor` until it is null",
        ...admin,
        parameters: [
          { name: "limit", in: "query", schema: { type: "integer", minimum: 1, maximum: 200, default: 50 } },
          {
            name: "cursor",
            in: "query",
            description: "opaque; the `next_cursor` of the previous page",
            schema: { type: "string" },
          },
        ],
        responses: {
          200: json({
            type: "object",
            required: ["keys", "next_cursor"],
            properties: {
              keys: { type: "array", items: { $ref: "#/components/schemas/ApiKey" } },
              next_cursor: { type: ["string", "null"] },
            },
          }),
          ...errors(401, 403, 422),
        },
      },
      post: {
        summary: "Create an API key (admin); the token is shown once",
        ...admin,
        requestBody: json(NEW_KEY_BODY),
        responses: { 201: { description: "created: { key, token }" }, ...errors(...BODY, 401, 403) },
      },
    },
    "/v1/keys/{id}": {
      delete: {
        summary: "Revoke an API key (admin)",
        ...admin,
        parameters: [{ name: "id", in: "path", required: true, schema: { type: "string", format: "uuid" } }],
        responses: { 204: { description: "revoked" }, ...errors(401, 403, 404) },
      },
    },
    "/v1/needs/detect": {
      post: {
        summary: "Detect skill needs in messages (assistant): explicit requests, repeated mentions, gaps",
        ...assistant,
        requestBody: json(DETECT_BODY),
        responses: {
          200: json({
            type: "object",
            properties: { needs: { type: "array", items: { $ref: "#/components/schemas/SkillNeed" } } },
          }),
          ...errors(...BODY, 401, 403),
        },
      },
    },
    "/v1/skills": {
      get: {
        summary: "The tenant's skills",
        responses: {
          200: json({ type: "object", properties: { skills: { type: "array", items: ref("Skill") } } }),
          ...errors(401),
        },
      },
    },
    "/v1/skills/archive-sweep": {
      post: {
        summary: "Archive the tenant's skills unused for the idle window now, instead of waiting for the scheduled sweep (admin)",
        ...admin,
        requestBody: { required: false, ...json(SWEEP_BODY) },
        responses: {
          200: json({
            type: "object",
            properties: {
              archived: {
                type: "array",
                items: { type: "object", properties: { tenantId: { type: "string" }, slug: { type: "string" } } },
              },
              skipped: { type: "integer" },
            },
          }),
          ...errors(...BODY, 401, 403),
        },
      },
    },
    "/v1/skills/import": {
      post: {
        summary:
          "Import an Agent Skills folder (the file map GET …/export gives) as a new version: audited and trialled like a generated one, active once approved (assistant)",
        ...assistant,
        requestBody: json(IMPORT_BODY),
        responses: { 201: json(ref("SkillVersion")), ...errors(...BODY, 401, 403, 409) },
      },
    },
    "/v1/skills/{slug}": {
      parameters: [slugParam],
      get: {
        summary: "One skill: its versions, usage per version (calls, errors, p50/p95 ms, last used) and activation history",
        responses: { 200: json(ref("Skill")), ...errors(401, 404) },
      },
      patch: {
        summary: "Set the skill's config (assistant); checked against the active version's config schema",
        ...assistant,
        requestBody: json(CONFIG_BODY),
        responses: { 200: { description: "{ slug, config }" }, ...errors(...BODY, 401, 403, 404) },
      },
      delete: {
        summary: "Delete the skill, its versions, usage and data (admin)",
        ...admin,
        responses: { 204: { description: "deleted" }, ...errors(401, 403, 404) },
      },
    },
    "/v1/skills/{slug}/versions": {
      parameters: [slugParam],
      get: {
        summary: "Every version, highest first",
        responses: {
          200: json({ type: "object", properties: { versions: { type: "array", items: ref("SkillVersion") } } }),
          ...errors(401, 404),
        },
      },
    },
    "/v1/skills/{slug}/rollback": {
      parameters: [slugParam],
      post: {
        summary:
          "Make the previous active version (or `to`, any approved version) active again at once, without a new approval (assistant)",
        ...assistant,
        requestBody: { required: false, ...json(ROLLBACK_BODY) },
        responses: { 200: json(ref("SwitchResult")), ...errors(...BODY, 401, 403, 404, 409) },
      },
    },
    "/v1/skills/{slug}/reenable": {
      parameters: [slugParam],
      post: {
        summary:
          "Lift the quarantine of the active version (or `version`), stopped after failing repeatedly by timeout, memory or crash (assistant)",
        ...assistant,
        requestBody: { required: false, ...json(REENABLE_BODY) },
        responses: { 200: { description: "{ slug, version, tag, changed }" }, ...errors(...BODY, 401, 403, 404, 409) },
      },
    },
    "/v1/skills/{slug}/archive": {
      parameters: [slugParam],
      post: {
        summary: "Archive: not callable until restored (assistant)",
        ...assistant,
        responses: { 200: { description: "{ slug, status, changed }" }, ...errors(401, 403, 404) },
      },
    },
    "/v1/skills/{slug}/restore": {
      parameters: [slugParam],
      post: {
        summary: "Restore an archived skill with the version it had (assistant)",
        ...assistant,
        responses: { 200: { description: "{ slug, status, changed }" }, ...errors(401, 403, 404) },
      },
    },
    "/v1/skills/{slug}/export": {
      parameters: [
        slugParam,
        {
          name: "version",
          in: "query",
          required: false,
          schema: { type: "string" },
          description: "default: the active version, else the highest",
        },
        { name: "format", in: "query", required: false, schema: { enum: ["json", "tar.gz"] } },
      ],
      get: {
        summary: "The version as an Agent Skills folder: SKILL.md, scripts/skill.ts, manifest.json (JSON file map, or a .tar.gz)",
        responses: { 200: { description: "{ name, files } or application/gzip" }, ...errors(401, 404, 422) },
      },
    },
    "/v1/skills/{slug}/actions/{action}": {
      parameters: [slugParam, { name: "action", in: "path", required: true, schema: { type: "string" } }],
      post: {
        summary:
          "Run one action of the active version in the sandbox (assistant); params are checked against the approved params_schema",
        ...assistant,
        requestBody: { required: false, ...json(ACTION_BODY) },
        responses: { ...callResponses, ...errors(...BODY) },
      },
    },
    "/v1/skills/{slug}/data": {
      parameters: [slugParam],
      get: { summary: "The active version's getData (assistant)", ...assistant, responses: callResponses },
    },
    "/v1/skills/{slug}/insights": {
      parameters: [slugParam],
      get: { summary: "The active version's getInsights (assistant)", ...assistant, responses: callResponses },
    },
    "/v1/skills/generate": {
      post: {
        summary: "Write a skill for a request (assistant): detect, generate, audit, trial; stops at ready for approval",
        ...assistant,
        description:
          "Spends the tenant's generate bucket: 429 TENANT_RATE_LIMITED with Retry-After when it is empty. JSON by default. With `Accept: text/event-stream` the progress streams as server-sent events `detect`, `generate`, `audit`, `trial` (each `{ stage, ok, ms, attempt?, detail? }`), then `ready` or `failed` with the whole result. With `skill` (a slug) the request changes that skill instead: its active version (or newest) is extended (\"also track the time of day\") into the next version of the same slug, and the result's `change` says `{ from, bump, capabilitiesAdded, capabilitiesRemoved, fieldsAdded }`; an unknown skill is 404 `SKILL_NOT_FOUND`, an archived one 409 `SKILL_ARCHIVED`, a request that adds nothing 422 `GENERATOR_NO_CHANGE`, an offline change to a skill a model wrote 409 `GENERATOR_CANNOT_CHANGE` — all before any stream starts or as problems.",
        requestBody: json(GENERATE_BODY),
        responses: {
          200: {
            description:
              "the result: `{ ok, need, draft, audit, trial, attempts, version, approval, change?, error? }` (ok false when no draft passed within the attempts)",
            content: {
              "application/json": { schema: { type: "object", required: ["ok", "attempts"] } },
              "text/event-stream": { schema: { type: "string" } },
            },
          },
          ...errors(...BODY, 401, 403, 404, 409, 429, 503),
        },
      },
    },
    ...APPROVAL_PATHS,
  } as Record<string, unknown>,
};
