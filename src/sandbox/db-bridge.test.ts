import { describe, expect, it } from "vitest";
import { DEFAULT_SANDBOX_LIMITS } from "../contract/index.js";
import { createDbBridge } from "./db-bridge.js";
import { createMemoryRecordStore } from "./memory-store.js";
import type { Violation } from "./types.js";

function setup(capabilities: string[], limits = {}) {
  const store = createMemoryRecordStore();
  const violations: Violation[] = [];
  const bridge = createDbBridge({
    store,
    scope: { tenantId: "00000000-0000-4000-8000-000000000001", skillId: "00000000-0000-4000-8000-000000000008" },
    capabilities: new Set(capabilities),
    limits: { ...DEFAULT_SANDBOX_LIMITS, ...limits },
    onViolation: (v) => violations.push(v),
  });
  const send = async (req: unknown) => JSON.parse(await bridge.handle(JSON.stringify(req)));
  return { store, bridge, violations, send };
}

describe("createDbBridge", () => {
  it("inserts and selects inside the host-built scope", async () => {
    const { send, store } = setup(["data.read:notes", "data.write:notes"]);
    expect(await send({ op: "insert", collection: "notes", row: { note: "x" } })).toMatchObject({
      ok: true,
      value: { note: "x" },
    });
    expect(
      await send({ op: "select", collection: "notes", fields: "note", filters: [["note", "x"]], order: null, limit: null }),
    ).toEqual({ ok: true, value: [{ note: "x" }] });
    expect(
      await store.select(
        {
          tenantId: "00000000-0000-4000-8000-000000000001",
          skillId: "00000000-0000-4000-8000-000000000008",
          collection: "notes",
        },
        { filters: [], limit: 10 },
      ),
    ).toHaveLength(1);
  });

  it("refuses and records a call outside the capability set", async () => {
    const { send, violations } = setup(["data.read:notes"]);
    expect(await send({ op: "insert", collection: "notes", row: {} })).toMatchObject({
      ok: false,
      error: expect.stringMatching(/permission denied/),
    });
    expect(violations).toEqual([{ op: "insert", capability: "data.write:notes", reason: "not in the approved capability set" }]);
  });

  it("records invalid collection names and unknown operations as violations", async () => {
    const { send, violations } = setup(["data.read:notes"]);
    await send({ op: "select", collection: "../etc", filters: [] });
    await send({ op: "delete", collection: "notes" });
    expect(violations.map((v) => v.reason)).toEqual(["not a valid collection name", "not a valid collection name"]);
  });

  it("caps db calls per method call and reports the breach", async () => {
    const { send, bridge } = setup(["data.read:notes"], { dbCallsPerCall: 2 });
    for (let i = 0; i < 2; i++)
      expect(await send({ op: "select", collection: "notes", filters: [] })).toMatchObject({ ok: true });
    expect(await send({ op: "select", collection: "notes", filters: [] })).toMatchObject({ ok: false });
    expect(bridge.breach).toMatch(/more than 2 db calls/);
  });

  it("caps the bytes one call writes in all, inserts and every row a patch changed", async () => {
    const { send, bridge } = setup(["data.write:notes"], { writeBytesPerCall: 1000 });
    const row = { s: "x".repeat(290) }; // 300 bytes of JSON
    for (let i = 0; i < 3; i++) expect(await send({ op: "insert", collection: "notes", row })).toMatchObject({ ok: true });
    expect(bridge.breach).toBeNull();
    expect(await send({ op: "insert", collection: "notes", row })).toMatchObject({ ok: false, error: /bytes written/ });
    expect(bridge.breach).toMatch(/more than 1000 bytes written/);

    const patched = setup(["data.write:notes"], { writeBytesPerCall: 1000 });
    for (let i = 0; i < 3; i++) await patched.send({ op: "insert", collection: "notes", row: { k: 1 } });
    // A 200-byte patch that changes three rows: 600 bytes on top of the 21 inserted…
    const patch = { s: "x".repeat(190) };
    expect(await patched.send({ op: "update", collection: "notes", patch, filters: [["k", 1]] })).toMatchObject({
      ok: true,
      value: 3,
    });
    expect(patched.bridge.breach).toBeNull();
    // …and a second one passes the check on its own 200 bytes but writes 600: the call is over.
    await patched.send({ op: "update", collection: "notes", patch, filters: [["k", 1]] });
    expect(patched.bridge.breach).toMatch(/bytes written/);
  });

  it("caps rows per select whatever limit the skill asks for", async () => {
    const { send } = setup(["data.read:notes", "data.write:notes"], { rowsPerSelect: 3 });
    for (let i = 0; i < 5; i++) await send({ op: "insert", collection: "notes", row: { i } });
    const out = await send({ op: "select", collection: "notes", filters: [], limit: 1000 });
    expect(out.value).toHaveLength(3);
  });

  it("refuses oversized rows, bad field names and updates without filters", async () => {
    const { send } = setup(["data.write:notes", "data.read:notes"], { rowBytes: 100 });
    expect(await send({ op: "insert", collection: "notes", row: { s: "x".repeat(200) } })).toMatchObject({ ok: false });
    expect(await send({ op: "select", collection: "notes", filters: [["a b", 1]] })).toMatchObject({ ok: false });
    expect(await send({ op: "update", collection: "notes", patch: { a: 1 }, filters: [] })).toMatchObject({ ok: false });
  });

  it("hides storage errors from the skill", async () => {
    const failing = createDbBridge({
      store: {
        select: async () => {
          throw new Error("connection string postgres://secret");
        },
        insert: async () => {
          throw new Error();
        },
        update: async () => 0,
        dropSkillData: async () => 0,
      },
      scope: { tenantId: "00000000-0000-4000-8000-000000000003", skillId: "00000000-0000-4000-8000-00000000000b" },
      capabilities: new Set(["data.read:notes"]),
      limits: DEFAULT_SANDBOX_LIMITS,
      onViolation: () => {},
    });
    expect(JSON.parse(await failing.handle(JSON.stringify({ op: "select", collection: "notes", filters: [] })))).toEqual({
      ok: false,
      error: "db: storage error",
    });
    // A storage failure is the host's, not a limit the skill breached.
    expect(failing.breach).toBeNull();
  });
});
