// Headers read from Node's IncomingMessage must say what the WHATWG Headers of the standard path
// say, duplicates included: a request with two Authorization fields is one malformed credential,
// never "whichever came first" (Node's own `headers` object keeps only the first).
import { request as httpRequest, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { createAdaptorServer } from "@hono/node-server";
import { Hono } from "hono";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bearerAuth } from "./auth.js";
import { requestHeader } from "./node-request.js";

/** Sends raw header fields (repeats allowed) and returns the status and body. */
function send(port: number, path: string, fields: string[]): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const headers = ["Host", `127.0.0.1:${port}`, ...fields];
    const req = httpRequest({ host: "127.0.0.1", port, path, method: "GET", headers }, (res) => {
      let body = "";
      res.setEncoding("utf8");
      res.on("data", (chunk: string) => (body += chunk));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on("error", reject);
    req.end();
  });
}

describe("request headers under the Node server", () => {
  let server: Server;
  let port = 0;
  beforeAll(async () => {
    const app = new Hono();
    app.get("/echo", (c) =>
      c.json({
        node: requestHeader(c, "authorization") ?? null,
        web: c.req.header("authorization") ?? null,
        type: requestHeader(c, "x-kind") ?? null,
      }),
    );
    app.use(
      "/secured",
      bearerAuth(async (token) => (token === "good" ? ({ tenant: {}, key: {} } as never) : undefined)),
    );
    app.get("/secured", (c) => c.text("in"));
    app.onError((err, c) => c.json({ code: (err as { code?: string }).code ?? "INTERNAL" }, 401));
    server = createAdaptorServer({ fetch: app.fetch }) as Server;
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(() => {
    server.closeAllConnections();
    server.close();
  });

  it.each([
    ["one field", ["Authorization", "Bearer good"]],
    ["two fields of one name, in any case", ["authorization", "Bearer good", "AUTHORIZATION", "Bearer other"]],
    ["an empty value", ["Authorization", ""]],
    ["no such field", ["X-Other", "1"]],
  ])("reads %s exactly as the standard Headers object does", async (_what, fields) => {
    const { body } = await send(port, "/echo", fields);
    const seen = JSON.parse(body) as { node: string | null; web: string | null };
    expect(seen.node).toBe(seen.web);
  });

  it("refuses two Authorization fields as malformed, even when the first is a good key", async () => {
    expect(await send(port, "/secured", ["Authorization", "Bearer good"])).toEqual({ status: 200, body: "in" });
    const twice = await send(port, "/secured", ["Authorization", "Bearer good", "Authorization", "Bearer good"]);
    expect(twice.status).toBe(401);
    expect(JSON.parse(twice.body)).toEqual({ code: "AUTH_MALFORMED" });
  });

  it("answers the standard way when there is no Node request (app.request)", async () => {
    const app = new Hono();
    app.get("/", (c) => c.text(requestHeader(c, "x-kind") ?? "none"));
    expect(await (await app.request("/", { headers: { "x-kind": "plain" } })).text()).toBe("plain");
    expect(await (await app.request("/")).text()).toBe("none");
  });
});
