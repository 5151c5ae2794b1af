// Attack stories against the `db` bridge. Defence: the host builds every scope from the invocation
// (tenant + skill), checks each call against the approved capability set, caps calls, rows and
// sizes, and accepts only plain JSON; a violation fails the call even if the skill catches it.
import { afterAll, afterEach, describe, expect, it } from "vitest";
import { createHarness, hostile, payload, VICTIM } from "./harness.js";

const h = createHarness({ callTimeoutMs: 1_000 });
afterEach(() => h.expectContained());
afterAll(() => h.sandbox.close());

const denied = { ok: false, code: "SANDBOX_CAPABILITY_DENIED" };
/** Runs `expr` (a db promise) and returns "refused:<message>" when the bridge refused it. */
const tryDb = (expr: string) => hostile(`try { return await ${expr}; } catch (e) { return "refused:" + e.message; }`);

describe("tenant and skill scope", () => {
  it("attack filtering on the victim's tenant id → contained because the scope comes from the invocation, not the query", async () => {
    const out = await h.attack(payload("db-bridge/filter-on-victim-tenant"));
    expect(out).toMatchObject({ ok: true, value: [] });
  });

  it("attack passing a tenantId field in the row → contained because the stored row stays in the attacker's scope", async () => {
    await h.attack(
      tryDb(
        `db.from("notes").insert({ tenantId: "${VICTIM}", skillId: "00000000-0000-4000-8000-00000000000c", note: "planted" })`,
      ),
    );
    const out = await h.attack(tryDb(`db.from("notes").select()`));
    expect(out.ok && Array.isArray(out.value) ? out.value.map((r) => (r as { note: string }).note) : out).toContain("planted");
  });

  it("attack overwriting host-owned id and created_at → refused because the host drops those keys", async () => {
    const out = await h.attack(tryDb(`db.from("notes").insert({ id: "forged", created_at: "1970-01-01", note: "x" })`));
    expect(out).toMatchObject({ ok: true, value: { note: "x" } });
    expect(out.ok && (out.value as { id: string }).id).not.toBe("forged");
  });

  it("attack an update that matches every row of the collection → refused because update needs an .eq() filter", async () => {
    const out = await h.attack(payload("db-bridge/update-every-row"));
    expect(out).toMatchObject({ ok: true, value: expect.stringMatching(/^refused:.*eq/) });
  });
});

describe("capabilities", () => {
  it("attack reading an undeclared collection → refused because data.read:secrets was never approved", async () => {
    expect(await h.attack(payload("db-bridge/read-undeclared-collection"))).toMatchObject(denied);
  });

  it("attack writing with only read approval → refused because insert needs data.write", async () => {
    const out = await h.attack(payload("db-bridge/write-with-read-approval"), { capabilities: ["data.read:notes"] });
    expect(out).toMatchObject({ ...denied, violations: [{ op: "insert", capability: "data.write:notes" }] });
  });

  it("attack swallowing the denial and reporting success → refused because a violation fails the call whatever the skill returns", async () => {
    const out = await h.attack(payload("db-bridge/swallow-denial"));
    expect(out).toMatchObject(denied);
    expect(out.violations).toHaveLength(1);
  });

  it("attack path- and SQL-looking collection names → refused because names must match the collection pattern", async () => {
    for (const name of ["../notes", "notes; drop table records", "NOTES", "notes\\u0000", "__proto__"]) {
      const out = await h.attack(tryDb(`db.from(${JSON.stringify(name)}).select()`));
      expect(out).toMatchObject(denied);
    }
  });

  it("attack a collection name that is an object with toString → refused because only strings are names", async () => {
    const out = await h.attack(tryDb(`db.from({ toString() { return "notes"; } }).select()`));
    expect(out).toMatchObject({ ok: true, value: expect.stringMatching(/^refused:.*collection/) });
  });
});

describe("caps on calls, rows and sizes", () => {
  it("attack 1,000 db calls in one method call, every refusal caught → refused because the cap is 100 per call and hitting it fails the call", async () => {
    const out = await h.attack(payload("db-bridge/thousand-db-calls"));
    expect(out).toMatchObject({ ok: false, code: "SANDBOX_LIMIT", message: expect.stringMatching(/more than 100 db calls/) });
  });

  it("attack 99 rows of 60 KB in one call, each under the row cap → refused because a call's writes are capped at 1 MB in all", async () => {
    const out = await h.attack(payload("db-bridge/write-budget-flood"));
    expect(out).toMatchObject({ ok: false, code: "SANDBOX_LIMIT", message: expect.stringMatching(/bytes written/) });
    const rows = await h.attack(hostile(`return (await db.from("notes").select("id").limit(1000)).length;`));
    // At most 1 MB of 60 KB rows (plus whatever earlier stories left) reached the store.
    expect(rows.ok && (rows.value as number)).toBeLessThan(100);
  });

  it("attack db writes from toJSON while the result is serialized → refused because the method has returned", async () => {
    const before = await h.attack(hostile(`return (await db.from("notes").select("id").eq("late", 0)).length;`));
    const out = await h.attack(payload("db-bridge/write-while-serialising"));
    expect(out).toMatchObject({ ok: false, code: "SANDBOX_LIMIT", message: expect.stringMatching(/after the method returned/) });
    const after = await h.attack(hostile(`return (await db.from("notes").select("id").eq("late", 0)).length;`));
    expect(after).toMatchObject({ ok: true, value: before.ok ? before.value : -1 });
  });

  it("attack a select naming twelve thousand fields → refused before any row is read because a select names at most 64", async () => {
    await h.attack(tryDb(`db.from("notes").insert({ note: "wide" })`));
    const out = await h.attack(
      tryDb(`db.from("notes").select(Array.from({ length: 12000 }, (_, i) => "f" + i.toString(36)).join(",")).limit(1000)`),
    );
    expect(out).toMatchObject({ ok: true, value: expect.stringMatching(/^refused:.*at most 64 fields/) });
    const asList = await h.attack(
      tryDb(`db.from("notes").select(Array.from({ length: 12000 }, (_, i) => "f" + i.toString(36)))`),
    );
    expect(asList).toMatchObject({ ok: true, value: expect.stringMatching(/^refused:/) });
  });

  it("attack a row larger than 64 KB → refused because rows are capped", async () => {
    const out = await h.attack(payload("db-bridge/oversized-row"));
    expect(out).toMatchObject({ ok: true, value: expect.stringMatching(/^refused:/) });
  });

  it("attack .limit(1e9) → contained because the host caps rows per select at 1,000", async () => {
    const out = await h.attack(
      hostile(`const writes = []; for (let i = 0; i < 60; i++) writes.push(db.from("notes").insert({ i })); await Promise.all(writes);
      const rows = await db.from("notes").select().limit(1e9); return rows.length;`),
    );
    expect(out).toMatchObject({ ok: true });
    expect(out.ok && (out.value as number)).toBeLessThanOrEqual(1000);
  });

  it("attack injection-looking strings in filters and rows → contained because values are data, stored and compared verbatim", async () => {
    const evil = `'; DROP TABLE records; --`;
    const out = await h.attack(payload("db-bridge/injection-strings"));
    expect(out).toMatchObject({ ok: true, value: [evil] });
  });

  it("attack a field name with operators in order() and eq() → refused because field names must be identifiers", async () => {
    const a = await h.attack(tryDb(`db.from("notes").select().order("note desc; --")`));
    const b = await h.attack(tryDb(`db.from("notes").select().eq("note->>'x'", 1)`));
    expect(a).toMatchObject({ ok: true, value: expect.stringMatching(/^refused:/) });
    expect(b).toMatchObject({ ok: true, value: expect.stringMatching(/^refused:/) });
  });
});

describe("odd values in db arguments", () => {
  it("attack a BigInt in a row → refused because db arguments must be plain JSON", async () => {
    const out = await h.attack(tryDb(`db.from("notes").insert({ n: 10n })`));
    expect(out).toMatchObject({ ok: true, value: expect.stringMatching(/^refused:.*bigint|BigInt/) });
  });

  it("attack a cyclic row → refused inside the isolate before anything reaches the host", async () => {
    const out = await h.attack(tryDb(`db.from("notes").insert((() => { const r = { a: 1 }; r.self = r; return r; })())`));
    expect(out).toMatchObject({ ok: true, value: expect.stringMatching(/^refused:.*circular/i) });
  });

  it("attack functions and Symbols in a row → refused because they are not JSON", async () => {
    const fn = await h.attack(tryDb(`db.from("notes").insert({ f() { return 1; } })`));
    const sym = await h.attack(tryDb(`db.from("notes").insert({ s: Symbol("x") })`));
    expect(fn).toMatchObject({ ok: true, value: expect.stringMatching(/^refused:.*function/) });
    expect(sym).toMatchObject({ ok: true, value: expect.stringMatching(/^refused:.*symbol/) });
  });

  it("attack a __proto__ key in a row → refused because such keys never reach host objects", async () => {
    const out = await h.attack(payload("db-bridge/proto-key-in-row"));
    expect(out).toMatchObject({ ok: true, value: expect.stringMatching(/^refused:.*__proto__/) });
  });

  it("attack getters, toJSON and a Proxy in a row → contained because they run inside the isolate while it serializes", async () => {
    const out = await h.attack(
      hostile(`
      const proxy = new Proxy({}, { ownKeys: () => ["note"], getOwnPropertyDescriptor: () => ({ value: "via proxy", enumerable: true, configurable: true }), get: () => "via proxy" });
      const a = await db.from("notes").insert({ get note() { return "via getter"; } });
      const b = await db.from("notes").insert({ toJSON() { return { note: "via toJSON" }; } });
      const c = await db.from("notes").insert(proxy);
      return [a.note, b.note, c.note];`),
    );
    expect(out).toMatchObject({ ok: true, value: ["via getter", "via toJSON", "via proxy"] });
  });

  it("attack a thenable row whose then runs host-side → contained because the row is copied as JSON text", async () => {
    const out = await h.attack(
      tryDb(
        `db.from("notes").insert({ note: "t", then: undefined, get constructor() { return { prototype: { polluted: 1 } }; } })`,
      ),
    );
    expect(out).toMatchObject({ ok: true, value: expect.stringMatching(/^refused:.*constructor/) });
  });
});

describe("the synchronous db callback", () => {
  it("attack recursing to the edge of the stack and calling db there → contained because a failed wait is the skill's error and a late reply is never taken for another request's", async () => {
    const out = await h.attack(
      hostile(`
      const got = [];
      const dive = (n) => { try { return dive(n + 1); } catch (e) { return db.from("notes").insert({ note: "deep " + n }); } };
      try { await dive(0); got.push("deep"); } catch (e) { got.push("deep failed"); }
      // Whatever happened at the bottom, the next requests get their own replies.
      const a = await db.from("notes").insert({ note: "a" });
      const b = await db.from("notes").select("note").eq("note", "a");
      got.push(a.note, b.length);
      return got;`),
    );
    expect(out).toMatchObject({ ok: true, value: [expect.stringMatching(/^deep/), "a", 1] });
  });

  it("attack calling db from module-level code and from the constructor of a class export → refused because no method call is in progress", async () => {
    const out = await h.attack(`
      const early = db.from("notes").select().then(() => "ran", (e) => "refused: " + e.message);
      export default class {
        constructor() { this.fromCtor = db.from("notes").select().then(() => "ran", (e) => "refused: " + e.message); }
        getActions() { return []; }
        async executeAction() { return null; }
        async getData() { return [await early, await this.fromCtor]; }
        async getInsights() { return []; }
      }`);
    expect(out).toMatchObject({
      ok: true,
      value: ["refused: db: no method call in progress", "refused: db: no method call in progress"],
    });
  });

  it("attack leaving db calls queued behind the result → refused because the call is over once its result is taken", async () => {
    const out = await h.attack(
      hostile(`
      Promise.resolve().then(() => null).then(() => db.from("notes").insert({ note: "after the end" })).catch(() => {});
      return "returned";`),
    );
    expect(out).toMatchObject({ ok: true, value: "returned" });
    const rows = await h.attack(hostile(`return (await db.from("notes").select("note")).map((r) => r.note);`));
    expect(rows).toMatchObject({ ok: true });
    expect(rows.ok && rows.value).not.toContain("after the end");
  });
});
