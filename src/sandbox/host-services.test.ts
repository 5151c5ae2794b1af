import { describe, expect, it } from "vitest";
import { answerService, SERVICE_MAX_CHARS } from "./host-services.js";

const value = (reply: string) => (reply[0] === "1" ? reply.slice(1) : null);

describe("host services (the standard globals' host half)", () => {
  it("parses URLs to the WHATWG standard and returns their parts as copies", () => {
    const parts = JSON.parse(value(answerService("url.parse", "../b?x=1", "1https://e.com/a/c"))!) as string[];
    expect(parts[0]).toBe("https://e.com/b?x=1");
    expect(value(answerService("url.parse", "not a url", ""))).toBeNull();
  });

  it("sets only the standard's settable parts: a name that would reach the host object's prototype is refused", () => {
    expect(value(answerService("url.set", "https://e.com/", JSON.stringify(["hash", "z"])))).toContain("https://e.com/#z");
    for (const part of ["__proto__", "constructor", "toString", "origin", "searchParams"])
      expect(answerService("url.set", "https://e.com/", JSON.stringify([part, "x"]))).toBe("0refused");
    expect(({} as Record<string, unknown>).x).toBeUndefined();
  });

  it("refuses non-strings, unknown and inherited service names, and oversized arguments before any work", () => {
    expect(answerService("url.parse", { toString: () => "https://e.com" }, "")).toBe("0bad arguments");
    expect(answerService("constructor", "a", "")).toBe("0no such service");
    expect(answerService("hasOwnProperty", "a", "")).toBe("0no such service");
    expect(answerService("url.parse", "h".repeat(SERVICE_MAX_CHARS + 3), "")).toBe("0too long");
  });

  it("draws random bytes only within the quota", () => {
    expect(value(answerService("random", "16", ""))).toHaveLength(16);
    for (const n of ["65537", "-1", "1.5", "NaN", ""]) expect(answerService("random", n, "")).toBe(n === "" ? "1" : "0refused");
  });

  it("formats and parses query pairs, refusing anything but string pairs", () => {
    expect(
      value(
        answerService(
          "query.format",
          JSON.stringify([
            ["a", "x y"],
            ["b", "&"],
          ]),
          "",
        ),
      ),
    ).toBe("a=x+y&b=%26");
    expect(JSON.parse(value(answerService("query.parse", "a=x+y&b=%26", ""))!)).toEqual([
      ["a", "x y"],
      ["b", "&"],
    ]);
    expect(answerService("query.format", JSON.stringify([["a", 1]]), "")).toBe("0refused");
  });
});
