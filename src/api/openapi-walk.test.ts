// Walks the served /openapi.json and calls every documented /v1 operation against an app built on a
// full composition root, so the document cannot drift from the code: every /v1 route the app
// registers is documented and every documented operation is served; a call without a key is 401
// (unless the operation says `security: []`); a key without the documented `x-scope` is 403 and a
// key with only the other scope is never 403 where no scope is documented; a body that breaks the
// documented request schema is a 422 problem. Each check collects its drift and expects none, so a
// failure lists every offending operation at once. Routes, not storage, are under test: PGlite only.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { tempDir } from "../../tests/support/cli.js";
import { testDatabases } from "../../tests/support/storage.js";
import { loadConfig } from "../config/index.js";
import { compileSchema } from "../json-schema/index.js";
import { createApiKey, createTenant, type Storage } from "../storage/index.js";
import { createApp } from "./app.js";
import { createLogger } from "./http/logger.js";
import { createRoot, type Root } from "./root.js";

interface Parameter {
  name: string;
  in: string;
  schema?: { format?: string; pattern?: string };
}
interface Operation {
  security?: unknown[];
  "x-scope"?: "admin" | "assistant";
  parameters?: Parameter[];
  requestBody?: { content?: Record<string, { schema: Record<string, unknown> }> };
  responses: Record<string, unknown>;
}
interface Walked {
  method: string;
  path: string;
  op: Operation;
  url: string;
}

const METHODS = ["get", "post", "put", "patch", "delete"] as const;
const OTHER_SCOPE = { admin: "assistant", assistant: "admin" } as const;
const SAMPLE_ID = "00000000-0000-4000-8000-000000000000";

/** A concrete value for a path parameter: a uuid, a slug, or a word. */
function sampleParam(p: Parameter): string {
  if (p.schema?.format === "uuid") return SAMPLE_ID;
  if (p.schema?.pattern?.startsWith("^custom-")) return "custom-walk";
  return p.name === "id" ? SAMPLE_ID : "walk";
}

/** Bodies that break a JSON request schema: the wrong type always; `{}` when it requires a field; an unknown field when it forbids them. */
function badBodies(schema: Record<string, unknown>): unknown[] {
  const bodies: unknown[] = [[]];
  if (Array.isArray(schema.required) && schema.required.length > 0) bodies.push({});
  if (schema.additionalProperties === false) bodies.push({ "x-not-in-the-schema": 1 });
  return bodies;
}

describe("the served /openapi.json against the routes", () => {
  let storage: Storage;
  let cleanup: () => Promise<void>;
  let root: Root;
  let app: ReturnType<typeof createApp>;
  let paths: Record<string, Record<string, unknown>>;
  const walked: Walked[] = [];
  const tokens = { admin: "", assistant: "" };

  beforeAll(async () => {
    ({ storage, cleanup } = await testDatabases()[0]!.open());
    const logger = createLogger("silent");
    root = createRoot(loadConfig({}, { dataDir: tempDir() }), { storage, logger });
    app = createApp({ root, storage, logger, bodyLimitBytes: 64 * 1024 });
    const tenant = await createTenant(storage.db, { name: "Walk" }, "test");
    tokens.admin = (await createApiKey(storage.db, tenant.id, { name: "admin only", scopes: ["admin"] }, "test")).token;
    tokens.assistant = (
      await createApiKey(storage.db, tenant.id, { name: "assistant only", scopes: ["assistant"] }, "test")
    ).token;

    const res = await app.request("/openapi.json");
    expect(res.status).toBe(200);
    paths = ((await res.json()) as { paths: typeof paths }).paths;
    for (const [path, item] of Object.entries(paths)) {
      const shared = (item.parameters ?? []) as Parameter[];
      for (const method of METHODS) {
        const op = item[method] as Operation | undefined;
        if (!op) continue;
        let url = path;
        for (const p of [...shared, ...(op.parameters ?? [])])
          if (p.in === "path") url = url.replace(`{${p.name}}`, sampleParam(p));
        walked.push({ method: method.toUpperCase(), path, op, url });
      }
    }
  });
  afterAll(async () => {
    await root?.close();
    await cleanup?.();
  });

  const v1 = () => walked.filter((w) => w.path.startsWith("/v1/"));
  const call = (w: Walked, init: { token?: string; body?: unknown; raw?: { type: string; text: string } } = {}) => {
    const headers = new Headers();
    if (init.token !== undefined) headers.set("authorization", `Bearer ${init.token}`);
    let body: string | undefined;
    if (init.raw) [body] = [init.raw.text, headers.set("content-type", init.raw.type)];
    else if (init.body !== undefined) [body] = [JSON.stringify(init.body), headers.set("content-type", "application/json")];
    return app.request(w.url, { method: w.method, headers, body });
  };
  /** The response's status and code, or why it is not the problem expected. */
  const problemOf = async (res: Response) => {
    const isProblem = (res.headers.get("content-type") ?? "").includes("application/problem+json");
    const body = isProblem ? ((await res.json()) as { code?: string }) : (await res.body?.cancel(), undefined);
    return { status: res.status, code: body?.code, isProblem };
  };
  const documents = (w: Walked, status: number) => String(status) in w.op.responses;

  it("documents every route the app serves under /v1, and serves every documented operation", () => {
    const served = app.routes.filter((r) => r.method !== "ALL").map((r) => `${r.method} ${r.path.replace(/:(\w+)/g, "{$1}")}`);
    const documented = walked.map((w) => `${w.method} ${w.path}`);
    expect(walked.length).toBeGreaterThan(30);
    expect(served.filter((r) => r.split(" ")[1]!.startsWith("/v1/") && !documented.includes(r))).toEqual([]);
    expect(documented.filter((d) => !served.includes(d))).toEqual([]);
  });

  it("answers every bearer-secured /v1 operation without a key with a documented 401 problem, and never 401 where security is []", async () => {
    const drift: string[] = [];
    for (const w of v1()) {
      const got = await problemOf(await call(w));
      const open = Array.isArray(w.op.security) && w.op.security.length === 0;
      if (open && got.status === 401) drift.push(`${w.method} ${w.path}: documented without security, answered 401`);
      if (!open && (got.status !== 401 || got.code !== "AUTH_MISSING" || !got.isProblem))
        drift.push(`${w.method} ${w.path}: ${got.status} ${got.code}`);
      if (!open && !documents(w, 401)) drift.push(`${w.method} ${w.path}: 401 not documented`);
    }
    expect(drift).toEqual([]);
  });

  it("refuses a key lacking the documented x-scope with a documented 403, and never 403s either scope where none is documented", async () => {
    const drift: string[] = [];
    for (const w of v1().filter((x) => x.op.security === undefined)) {
      const scope = w.op["x-scope"];
      if (scope) {
        const got = await problemOf(await call(w, { token: tokens[OTHER_SCOPE[scope]] }));
        if (got.status !== 403 || got.code !== "AUTH_SCOPE" || !got.isProblem)
          drift.push(`${w.method} ${w.path} (${scope}): ${got.status} ${got.code}`);
        if (!documents(w, 403)) drift.push(`${w.method} ${w.path}: 403 not documented`);
        continue;
      }
      for (const held of ["admin", "assistant"] as const) {
        const got = await problemOf(await call(w, { token: tokens[held] }));
        if (got.status === 403) drift.push(`${w.method} ${w.path}: no x-scope, but a ${held}-only key got 403 ${got.code}`);
      }
    }
    expect(drift).toEqual([]);
  });

  it("answers a body breaking the documented request schema with a documented 422 problem, from a key with the right scope", async () => {
    const drift = new Set<string>();
    let checked = 0;
    for (const w of v1()) {
      const schema = w.op.requestBody?.content?.["application/json"]?.schema;
      if (!schema) continue;
      const compiled = compileSchema(schema, "host");
      if ("error" in compiled) {
        drift.add(`${w.method} ${w.path}: documented schema does not compile: ${compiled.error}`);
        continue;
      }
      const token = tokens[w.op["x-scope"] ?? "assistant"];
      for (const body of badBodies(schema)) {
        expect(compiled.check(body), `${w.path}: ${JSON.stringify(body)} breaks the documented schema`).not.toBeNull();
        const got = await problemOf(await call(w, { token, body }));
        checked++;
        if (got.status !== 422 || got.code !== "VALIDATION_FAILED" || !got.isProblem)
          drift.add(`${w.method} ${w.path} ${JSON.stringify(body)}: ${got.status} ${got.code}`);
        else if (!documents(w, 422)) drift.add(`${w.method} ${w.path}: 422 not documented`);
      }
    }
    expect(checked).toBeGreaterThan(20);
    expect([...drift]).toEqual([]);
  });

  it("answers a JSON-body operation sent another content type with a documented 415, and broken JSON with a documented 400", async () => {
    const drift: string[] = [];
    const cases = [
      { raw: { type: "text/plain", text: "text" }, status: 415, code: "BODY_UNSUPPORTED_TYPE" },
      { raw: { type: "application/json", text: "{" }, status: 400, code: "BODY_INVALID_JSON" },
    ];
    for (const w of v1().filter((x) => x.op.requestBody?.content?.["application/json"])) {
      for (const { raw, status, code } of cases) {
        const got = await problemOf(await call(w, { token: tokens[w.op["x-scope"] ?? "assistant"], raw }));
        if (got.status !== status || got.code !== code || !got.isProblem)
          drift.push(`${w.method} ${w.path} ${raw.type}: ${got.status} ${got.code}`);
        else if (!documents(w, status)) drift.push(`${w.method} ${w.path}: ${status} not documented`);
      }
    }
    expect(drift).toEqual([]);
  });
});
