// The OpenAPI 3.1 document served at /openapi.json. Kept beside the routes it describes; a test
// checks every route the app serves is listed here.
const problem = { $ref: "#/components/schemas/Problem" };
const errors = (...codes: number[]) =>
  Object.fromEntries(codes.map((s) => [String(s), { description: "problem+json", content: { "application/problem+json": { schema: problem } } }]));
const json = (schema: object) => ({ content: { "application/json": { schema } } });

export const OPENAPI_DOCUMENT = {
  openapi: "3.1.0",
  info: {
    title: "skillforge",
    version: "0.1.0",
    description: "Detect, generate, audit, sandbox, approve and register new assistant skills. All /v1 routes take `Authorization: Bearer <api key>`; keys are tenant-scoped with scopes `assistant` and `admin`.",
  },
  components: {
    securitySchemes: { bearer: { type: "http", scheme: "bearer" } },
    schemas: {
      Problem: {
        type: "object", required: ["type", "title", "status", "code"],
        properties: {
          type: { type: "string" }, title: { type: "string" }, status: { type: "integer" },
          code: { type: "string", description: "stable error code, e.g. AUTH_INVALID" },
          detail: { type: "string" }, instance: { type: "string" }, requestId: { type: "string" },
        },
      },
      Message: {
        type: "object", required: ["text"],
        properties: { id: { type: ["string", "number"] }, text: { type: "string" }, at: { type: "string", format: "date-time" } },
      },
      SkillNeed: {
        type: "object", required: ["kind", "subject", "confidence", "evidence", "language"],
        properties: {
          kind: { enum: ["request", "pattern", "gap"] }, subject: { type: "string" }, unit: { type: "string" },
          fields: { type: "array", items: { type: "string" } }, confidence: { type: "number", minimum: 0, maximum: 1 },
          evidence: { type: "array", items: { type: "string" } }, language: { type: "string" },
        },
      },
      ApiKey: {
        type: "object",
        properties: {
          id: { type: "string", format: "uuid" }, tenantId: { type: "string" }, name: { type: "string" }, prefix: { type: "string" },
          scopes: { type: "array", items: { enum: ["assistant", "admin"] } },
          createdAt: { type: "string" }, lastUsedAt: { type: ["string", "null"] }, revokedAt: { type: ["string", "null"] },
        },
      },
    },
  },
  security: [{ bearer: [] }],
  paths: {
    "/healthz": { get: { summary: "Liveness", security: [], responses: { 200: { description: "alive" } } } },
    "/readyz": { get: { summary: "Readiness (the database answers)", security: [], responses: { 200: { description: "ready" }, ...errors(503) } } },
    "/openapi.json": { get: { summary: "This document", security: [], responses: { 200: { description: "OpenAPI 3.1" } } } },
    "/v1/me": { get: { summary: "The calling key and its tenant", responses: { 200: { description: "principal" }, ...errors(401) } } },
    "/v1/keys": {
      get: { summary: "List the tenant's API keys (admin)", responses: { 200: json({ type: "object", properties: { keys: { type: "array", items: { $ref: "#/components/schemas/ApiKey" } } } }), ...errors(401, 403) } },
      post: {
        summary: "Create an API key (admin); the token is shown once",
        requestBody: json({ type: "object", required: ["name", "scopes"], properties: { name: { type: "string" }, scopes: { type: "array", items: { enum: ["assistant", "admin"] } } } }),
        responses: { 201: { description: "created: { key, token }" }, ...errors(400, 401, 403, 413, 415, 422) },
      },
    },
    "/v1/keys/{id}": {
      delete: {
        summary: "Revoke an API key (admin)",
        parameters: [{ name: "id", in: "path", required: true, schema: { type: "string", format: "uuid" } }],
        responses: { 204: { description: "revoked" }, ...errors(401, 403, 404) },
      },
    },
    "/v1/needs/detect": {
      post: {
        summary: "Detect skill needs in messages (assistant): explicit requests, repeated mentions, gaps",
        requestBody: json({
          type: "object", required: ["messages"],
          properties: {
            messages: { description: "[{ id?, text, at? }] or one { text }", oneOf: [{ type: "array", items: { $ref: "#/components/schemas/Message" } }, { $ref: "#/components/schemas/Message" }] },
            installed: { type: "array", items: { type: "string" }, description: "extra skill slugs or subjects to treat as covered; the tenant's own skills always are" },
            dismissed: { type: "array", items: { type: "object", properties: { subject: { type: "string" }, at: { type: "string", format: "date-time" } } } },
            now: { type: "string", format: "date-time" },
          },
        }),
        responses: { 200: json({ type: "object", properties: { needs: { type: "array", items: { $ref: "#/components/schemas/SkillNeed" } } } }), ...errors(400, 401, 403, 413, 415, 422) },
      },
    },
    "/v1/skills/generate": {
      post: {
        summary: "Write a skill for a request (assistant): detect, generate, audit, trial; stops at ready for approval",
        description: "JSON by default. With `Accept: text/event-stream` the progress streams as server-sent events `detect`, `generate`, `audit`, `trial` (each `{ stage, ok, ms, attempt?, detail? }`), then `ready` or `failed` with the whole result.",
        requestBody: json({ type: "object", required: ["text"], properties: { text: { type: "string", maxLength: 4000 } } }),
        responses: {
          200: {
            description: "the result: `{ ok, need, draft, audit, trial, attempts, error? }` (ok false when no draft passed within the attempts)",
            content: { "application/json": { schema: { type: "object", required: ["ok", "attempts"] } }, "text/event-stream": { schema: { type: "string" } } },
          },
          ...errors(400, 401, 403, 413, 415, 422, 503),
        },
      },
    },
  } as Record<string, unknown>,
};
