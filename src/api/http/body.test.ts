// The body reader on a real Node server: a body with a Content-Length is read straight from the
// socket's IncomingMessage, anything else through the adapter's WHATWG Request, and both give
// the same answers, the same limits and the same problems.
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { connect } from "node:net";
import { Readable } from "node:stream";
import { createAdaptorServer } from "@hono/node-server";
import { Hono } from "hono";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { problem } from "./errors.js";
import { bodyLimitGuard, readJson } from "./body.js";
import { SkillforgeError } from "../../contract/index.js";

const LIMIT = 1_000;

describe("request bodies on a Node server", () => {
  let server: Server;
  let url: string;
  const failures: string[] = [];

  beforeAll(async () => {
    const app = new Hono();
    app.use("*", bodyLimitGuard(LIMIT));
    app.post("/json", async (c) => c.json({ got: await readJson(c) }));
    // A form route reads through the adapter's Request: the guard must leave the body to it.
    app.post("/form", async (c) => c.json({ got: await c.req.parseBody() }));
    app.onError((err, c) => {
      failures.push(err instanceof SkillforgeError ? err.code : String(err));
      if (!(err instanceof SkillforgeError)) return c.text("unexpected", 500);
      const body = problem(err.code, { detail: err.message });
      return c.json(body, body.status as 413);
    });
    // As `serve` wires it: the adapter's bindings travel with the request.
    server = createAdaptorServer({ fetch: (req: Request, env: unknown) => app.fetch(req, env) }) as Server;
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });

  const postJson = (body: string | ReadableStream, init: RequestInit = {}) =>
    fetch(`${url}/json`, { method: "POST", headers: { "content-type": "application/json" }, body, ...init });

  it("reads a JSON body with a Content-Length, including multi-byte text and a leading byte-order mark", async () => {
    const text = "Chcę śledzić, ile wody piję 💧";
    const plain = await postJson(JSON.stringify({ text }));
    expect(plain.status).toBe(200);
    expect(await plain.json()).toEqual({ got: { text } });
    const bom = await postJson(`\ufeff${JSON.stringify({ text })}`);
    expect(await bom.json()).toEqual({ got: { text } });
  });

  it("reads a chunked body (no Content-Length) the standard way, under the same limit", async () => {
    const chunks = ['{"text":"I want to track', ' my coffee"}'].map((s) => Buffer.from(s));
    const ok = await postJson(Readable.toWeb(Readable.from(chunks)) as ReadableStream, { duplex: "half" } as RequestInit);
    expect(await ok.json()).toEqual({ got: { text: "I want to track my coffee" } });
    const big = [Buffer.from('{"text":"'), Buffer.from("x".repeat(LIMIT)), Buffer.from('"}')];
    const refused = await postJson(Readable.toWeb(Readable.from(big)) as ReadableStream, { duplex: "half" } as RequestInit);
    expect(refused.status).toBe(413);
    expect(((await refused.json()) as { code: string }).code).toBe("BODY_TOO_LARGE");
  });

  it("refuses a declared length over the limit before reading, and bad JSON with a problem", async () => {
    const big = await postJson(JSON.stringify({ text: "x".repeat(LIMIT) }));
    expect(big.status).toBe(413);
    expect(((await big.json()) as { code: string }).code).toBe("BODY_TOO_LARGE");
    const bad = await postJson("{ not json");
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { code: string }).code).toBe("BODY_INVALID_JSON");
  });

  it("leaves form bodies to the adapter", async () => {
    const res = await fetch(`${url}/form`, { method: "POST", body: new URLSearchParams({ code: "123456" }) });
    expect(await res.json()).toEqual({ got: { code: "123456" } });
  });

  it("gives up on a body that stops short of its Content-Length when the client goes away", async () => {
    failures.length = 0;
    const { port } = server.address() as AddressInfo;
    await new Promise<void>((resolve, reject) => {
      const socket = connect(port, "127.0.0.1", () => {
        socket.write(
          "POST /json HTTP/1.1\r\nhost: x\r\ncontent-type: application/json\r\ncontent-length: 100\r\n\r\n" + '{"text":"short',
        );
        setTimeout(() => socket.destroy(), 50);
      });
      socket.on("close", () => resolve());
      socket.on("error", reject);
    });
    // The reader settles with a problem (nothing hangs, nothing is parsed from half a body).
    const deadline = Date.now() + 5_000;
    while (failures.length === 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    expect(failures).toEqual(["BODY_INVALID_JSON"]);
    // And the server still answers.
    expect((await postJson("{}")).status).toBe(200);
  });
});
