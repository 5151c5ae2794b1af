import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadPayloads, PayloadError } from "./payloads.js";

function folder(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), "skillforge-payloads-"));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, ".."), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

describe("loadPayloads", () => {
  it("reads every .js and .ts file below the folder, sorted; a payload with no story must be refused by the audit", () => {
    const dir = folder({ "b.ts": "export default {};", "net/a.js": "export default {};", "notes.txt": "x", "x.d.ts": "" });
    const found = loadPayloads(dir, "reviewer");
    expect(found.map((p) => [p.id, p.language, p.category, p.technique, p.auditMustBlock])).toEqual([
      ["b", "ts", "reviewer", "b", true],
      ["net/a", "js", "net", "a", true],
    ]);
    expect(found[0]!.run).toEqual({ method: "getData", collections: [] });
  });

  it("takes the story and the call from the sidecar: an action means executeAction", () => {
    const dir = folder({
      "p.js": "export default {};",
      "p.json": JSON.stringify({ technique: "t", auditMustBlock: false, action: "go", params: { n: 1 }, collections: ["notes"] }),
    });
    expect(loadPayloads(dir, "reviewer")[0]).toMatchObject({
      technique: "t",
      auditMustBlock: false,
      run: { method: "executeAction", action: "go", params: { n: 1 }, collections: ["notes"] },
    });
  });

  it.each([
    ["an unknown field", { approve: true }, /p\.json: unknown field "approve"/],
    ["a capability outside the table", { capabilities: ["net.fetch:evil"] }, /"net\.fetch:evil" is not a capability/],
    ["a collection name outside the pattern", { collections: ["../x"] }, /"\.\.\/x" is not a collection name/],
    ["executeAction without an action", { method: "executeAction" }, /executeAction needs "action"/],
    ["auditMustBlock that is not a boolean", { auditMustBlock: "no" }, /"auditMustBlock" must be true or false/],
  ])("refuses a sidecar with %s, naming the file", (_what, sidecar, message) => {
    const dir = folder({ "p.js": "export default {};", "p.json": JSON.stringify(sidecar) });
    expect(() => loadPayloads(dir, "reviewer")).toThrow(PayloadError);
    expect(() => loadPayloads(dir, "reviewer")).toThrow(message);
  });

  it("refuses a folder that does not exist", () => {
    expect(() => loadPayloads(join(tmpdir(), "no-such-skillforge-folder"), "reviewer")).toThrow(/not a folder/);
  });
});
