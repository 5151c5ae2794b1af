// The request id and security headers on a real Node server (set on the outgoing response) and
// through `app.request()` (set on the Response): the same headers as Hono's requestId() and
// secureHeaders() with our options, on JSON, HTML, error and not-found responses alike.
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { createAdaptorServer } from "@hono/node-server";
import { Hono } from "hono";
import { requestId } from "hono/request-id";
import { secureHeaders } from "hono/secure-headers";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { responseHeaders } from "./response-headers.js";

type Env = { Variables: { requestId: string } };

function routes(app: Hono<Env>): Hono<Env> {
  app.get("/json", (c) => c.json({ id: c.get("requestId") }));
  app.get("/page", (c) => c.html("<p>hi</p>"));
  app.get("/cached", (c) => c.body("x", 200, { "content-type": "text/css", "cache-control": "no-cache" }));
  app.get("/fails", () => {
    throw new Error("boom");
  });
  app.onError((_err, c) => c.json({ id: c.get("requestId") }, 500, { "content-type": "application/problem+json" }));
  app.notFound((c) => c.json({ id: c.get("requestId") }, 404));
  return app;
}

/** The middlewares this one replaces, with the options the app gave them. */
function reference(): Hono<Env> {
  const app = new Hono<Env>();
  app.use("*", requestId());
  app.use(
    "*",
    secureHeaders({
      contentSecurityPolicy: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", "data:"],
        frameAncestors: ["'none'"],
        formAction: ["'self'"],
      },
      xFrameOptions: "DENY",
    }),
  );
  return routes(app);
}

function ours(): Hono<Env> {
  const app = new Hono<Env>();
  app.use("*", responseHeaders());
  return routes(app);
}

async function listen(app: Hono<Env>): Promise<{ server: Server; url: string }> {
  const server = createAdaptorServer({ fetch: (req: Request, env: unknown) => app.fetch(req, env) }) as Server;
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

/** Every header but the ones that change per response. */
function stable(res: Response): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of res.headers) if (!["date", "x-request-id", "connection", "keep-alive"].includes(k)) out[k] = v;
  return out;
}

describe("response headers", () => {
  const servers: Server[] = [];
  let refUrl: string;
  let ourUrl: string;
  beforeAll(async () => {
    const ref = await listen(reference());
    const our = await listen(ours());
    servers.push(ref.server, our.server);
    refUrl = ref.url;
    ourUrl = our.url;
  });
  afterAll(() => {
    for (const s of servers) {
      s.closeAllConnections();
      s.close();
    }
  });

  for (const path of ["/json", "/page", "/cached", "/fails", "/missing"]) {
    it(`sends on ${path} what Hono's requestId() and secureHeaders() sent, on a Node server and through app.request()`, async () => {
      const expected = await fetch(refUrl + path);
      const overNode = await fetch(ourUrl + path);
      const inProcess = await ours().request(path);
      expect(overNode.status).toBe(expected.status);
      expect(stable(overNode)).toEqual(stable(expected));
      expect(stable(inProcess)).toEqual(stable(await reference().request(path)));
      expect(overNode.headers.get("content-security-policy")).toContain("frame-ancestors 'none'");
      expect(overNode.headers.get("x-frame-options")).toBe("DENY");
      for (const res of [overNode, inProcess]) {
        expect(res.headers.get("x-request-id")).toMatch(/^[0-9a-f-]{36}$/);
        if (path !== "/page" && path !== "/cached")
          expect(((await res.json()) as { id: string }).id).toBe(res.headers.get("x-request-id"));
      }
    });
  }

  it("keeps a caller's plain X-Request-Id and replaces one that is long or holds other characters", async () => {
    for (const [given, kept] of [
      ["abc-123_x=", true],
      ["has space", false],
      ["a".repeat(256), false],
      ["", false],
    ] as const) {
      const headers: Record<string, string> = given === "" ? {} : { "x-request-id": given };
      for (const res of [await fetch(`${ourUrl}/json`, { headers }), await ours().request("/json", { headers })]) {
        const id = res.headers.get("x-request-id");
        expect(id === given).toBe(kept);
        expect(((await res.json()) as { id: string }).id).toBe(id);
      }
    }
  });
});
