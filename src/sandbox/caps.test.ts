import { afterAll, describe, expect, it } from "vitest";
import type { Capability } from "../contract/index.js";
import { createMemoryRecordStore } from "./memory-store.js";
import { createSandbox, precedence } from "./sandbox.js";
import type { CallOutcome, SkillCall, Violation } from "./types.js";

const store = createMemoryRecordStore();
const sandbox = createSandbox({
  store,
  workers: 1,
  // Room for a cold isolate on a loaded machine before the one story that spins to the cap.
  limits: { callTimeoutMs: 2_500, dbCallsPerCall: 5, consoleLines: 10, writeBytesPerCall: 1_000 },
});
afterAll(() => sandbox.close());

const CAPS: Capability[] = ["data.read:notes", "data.write:notes"];
const scope = { tenantId: "00000000-0000-4000-8000-0000000000c1", skillId: "00000000-0000-4000-8000-0000000000c2" };
let n = 0;
/** A skill whose getData runs `body`. */
const run = (body: string): Promise<CallOutcome> =>
  sandbox.call({
    versionId: `custom-caps@1.0.${++n}`,
    source: `export default { getActions() { return []; }, async getData() { ${body} } };`,
    capabilities: CAPS,
    scope,
    ctx: { tenantId: scope.tenantId, config: {}, now: "2024-01-15T10:00:00.000Z" },
    method: "getData",
  } satisfies SkillCall);
const rows = () => store.select({ ...scope, collection: "notes" }, { filters: [], limit: 100 });

describe("outcome precedence", () => {
  const denied: Violation = { op: "select", capability: "data.read:secrets", reason: "not in the approved capability set" };
  const common = { ms: 1, logs: [], heapBytes: 0, violations: [denied] };

  it("keeps a timeout or a memory breach as the code, with the violations still listed", () => {
    for (const code of ["SANDBOX_TIMEOUT", "SANDBOX_MEMORY"] as const) {
      const out = precedence({ ok: false, code, message: "m", ...common }, [denied], "a cap");
      expect(out).toMatchObject({ ok: false, code, violations: [denied] });
    }
  });

  it("puts a violation before a breached cap, and a breached cap before the skill's own outcome", () => {
    expect(precedence({ ok: true, value: 1, ...common }, [denied], "a cap")).toMatchObject({
      code: "SANDBOX_CAPABILITY_DENIED",
    });
    const limited = precedence({ ok: true, value: 1, ...common, violations: [] }, [], "a cap");
    expect(limited).toMatchObject({ ok: false, code: "SANDBOX_LIMIT", message: "a cap" });
    expect("value" in limited).toBe(false);
  });

  it("reports a call that made a denied db call and then spun as a timeout", async () => {
    const out = await run(`try { await db.from("secrets").select(); } catch (e) {} for (;;) {}`);
    expect(out).toMatchObject({ ok: false, code: "SANDBOX_TIMEOUT", violations: [{ capability: "data.read:secrets" }] });
  });
});

describe("caps without gaps", () => {
  it("fails a call that hit the db-calls cap, even when the skill caught every refusal", async () => {
    const out = await run(
      `let ok = 0; for (let i = 0; i < 8; i++) { try { await db.from("notes").select(); ok++; } catch (e) {} } return ok;`,
    );
    expect(out).toMatchObject({ ok: false, code: "SANDBOX_LIMIT", message: expect.stringMatching(/more than 5 db calls/) });
  });

  it("caps console lines as well as bytes", async () => {
    const out = await run(`for (let i = 0; i < 10000; i++) console.log(""); return "done";`);
    expect(out).toMatchObject({ ok: true, value: "done" });
    expect(out.logs).toHaveLength(11);
    expect(out.logs.at(-1)).toMatch(/truncated/);
  });

  it("fails a call whose writes add up past the per-call budget, though every row is small", async () => {
    const before = (await rows()).length;
    const out = await run(`for (let i = 0; i < 5; i++) await db.from("notes").insert({ s: "x".repeat(290) }); return "ok";`);
    expect(out).toMatchObject({ ok: false, code: "SANDBOX_LIMIT", message: expect.stringMatching(/bytes written/) });
    expect((await rows()).length - before).toBe(3);
  });

  it("refuses a db write made while the result is serialized, and fails the call", async () => {
    const before = (await rows()).length;
    const out = await run(
      `return { toJSON() { db.from("notes").insert({ late: true }).then(() => {}, () => {}); return "fine"; } };`,
    );
    expect(out).toMatchObject({ ok: false, code: "SANDBOX_LIMIT", message: expect.stringMatching(/after the method returned/) });
    expect((await rows()).length).toBe(before);
  });
});
