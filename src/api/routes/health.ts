import { Hono } from "hono";
import type { Storage } from "../../storage/index.js";
import { problem } from "../http/errors.js";

const READY_TIMEOUT_MS = 2_000;

/** `/healthz` answers without touching anything; `/readyz` proves the database answers. */
export function healthRoutes(storage: Storage): Hono {
  const app = new Hono();
  app.get("/healthz", (c) => c.json({ status: "ok" }));
  app.get("/readyz", async (c) => {
    let timer: NodeJS.Timeout | undefined;
    try {
      await Promise.race([
        storage.ping(),
        new Promise((_, reject) => {
          timer = setTimeout(() => reject(new Error("timeout")), READY_TIMEOUT_MS);
        }),
      ]);
      return c.json({ status: "ready", database: storage.kind });
    } catch {
      return c.json(problem("STORAGE_UNAVAILABLE", { instance: "/readyz" }), 503, { "content-type": "application/problem+json" });
    } finally {
      clearTimeout(timer);
    }
  });
  return app;
}
