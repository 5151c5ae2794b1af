// The database deadline: one sweep for all requests in flight, not a timer each. A request stuck
// past the deadline is answered 503; one that ended its deadline (its database work done) is not;
// and when nothing is in flight no timer is left running.
import { Hono } from "hono";
import { describe, expect, it } from "vitest";
import { endDatabaseDeadline, requestDeadline } from "./deadline.js";

const timers = () => process.getActiveResourcesInfo().filter((r) => r === "Timeout").length;
const never = new Promise<never>(() => {});

function app(ms: number): Hono {
  const a = new Hono();
  a.use(
    "*",
    requestDeadline(ms, (path) => path === "/exempt"),
  );
  a.get("/stuck", async () => never);
  a.get("/quick", (c) => c.text("ok"));
  a.get("/cpu-after-db", async (c) => {
    endDatabaseDeadline(c);
    await new Promise((resolve) => setTimeout(resolve, ms * 3));
    return c.text("done");
  });
  a.get("/exempt", async (c) => {
    await new Promise((resolve) => setTimeout(resolve, ms * 3));
    return c.text("long");
  });
  a.onError((err, c) => c.json({ code: (err as { code?: string }).code ?? "INTERNAL" }, 503));
  return a;
}

describe("request deadline", () => {
  it("answers a request stuck on the database with STORAGE_UNAVAILABLE", async () => {
    const res = await app(40).request("/stuck");
    expect(res.status).toBe(503);
    expect(await res.json()).toEqual({ code: "STORAGE_UNAVAILABLE" });
  });

  it("fails every stuck request of a burst, and serves the quick ones beside them", async () => {
    const a = app(40);
    const answers = await Promise.all(
      Array.from({ length: 20 }, async (_, i) => (await a.request(i % 2 === 0 ? "/stuck" : "/quick")).status),
    );
    expect(answers.filter((s) => s === 503)).toHaveLength(10);
    expect(answers.filter((s) => s === 200)).toHaveLength(10);
  });

  it("lets a request run past the deadline once its database work is done, or on an exempt route", async () => {
    const a = app(30);
    expect(await (await a.request("/cpu-after-db")).text()).toBe("done");
    expect(await (await a.request("/exempt")).text()).toBe("long");
  });

  it("leaves no timer running once nothing is in flight", async () => {
    // Earlier tests' sweeps stop within a quarter of their deadlines: let them.
    await new Promise((resolve) => setTimeout(resolve, 100));
    const before = timers();
    const a = app(1_000);
    await Promise.all(Array.from({ length: 5 }, () => a.request("/quick")));
    // The sweep that stops itself runs within a quarter of the deadline; wait for it to see the empty set.
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(timers()).toBe(before);
  });
});
