import { describe, expect, it } from "vitest";
import { main } from "../../src/api/cli/main.js";
import type { CliIo } from "../../src/api/cli/types.js";

async function run(args: string[], stdin: string) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = {
    out: (t) => out.push(t),
    err: (t) => err.push(t),
    readStdin: async () => stdin,
    env: {},
    cwd: process.cwd(),
  };
  const code = await main(["detect", ...args], io);
  return { code, out: out.join("\n"), err: err.join("\n") };
}

describe("skillforge detect", () => {
  it("prints the needs as JSON with --json", async () => {
    const { code, out } = await run(
      ["--json"],
      JSON.stringify([{ id: "1", text: "I want to track how much water I drink", at: "2026-11-01T08:00:00Z" }]),
    );
    expect(code).toBe(0);
    expect(JSON.parse(out)).toEqual({
      needs: [expect.objectContaining({ kind: "request", subject: "water", evidence: ["1"], language: "en" })],
    });
  });

  it("accepts a single message object and prints a human line", async () => {
    const { code, out } = await run([], JSON.stringify({ text: "log my workouts in km" }));
    expect(code).toBe(0);
    expect(out).toMatch(/^request\s+workouts .*unit km/);
  });

  it("exits 0 and says so when no need is found", async () => {
    const { code, out } = await run([], JSON.stringify([{ text: "nice weather" }]));
    expect(code).toBe(0);
    expect(out).toBe("no skill needs found");
  });

  it("leaves out subjects covered by --installed", async () => {
    const messages = [1, 2, 3].map((d) => ({ id: `m${d}`, text: "more coffee", at: `2026-11-0${d}T08:00:00Z` }));
    const without = JSON.parse((await run(["--json"], JSON.stringify(messages))).out);
    const withSkill = JSON.parse(
      (await run(["--json", "--installed", "custom-coffee-tracker,custom-water-tracker"], JSON.stringify(messages))).out,
    );
    expect(without.needs.map((n: { subject: string }) => n.subject)).toEqual(["coffee"]);
    expect(withSkill.needs).toEqual([]);
  });

  it("exits 2 with one clear line on malformed input", async () => {
    for (const [stdin, reason] of [
      ["not json", /not valid JSON/],
      ["", /no input/],
      ["[1]", /malformed input: message 0/],
      ['{"text":""}', /"text" must be a non-empty string/],
      ['[{"text":"x","at":"soon"}]', /"at" must be an ISO 8601/],
      ["42", /expected an array/],
    ] as const) {
      const { code, err, out } = await run([], stdin);
      expect(code).toBe(2);
      expect(err).toMatch(reason);
      expect(err.split("\n")).toHaveLength(1);
      expect(out).toBe("");
    }
  });

  it("exits 2 on an unknown option", async () => {
    expect((await run(["--bogus"], "{}")).code).toBe(2);
  });
});
