import { describe, expect, it } from "vitest";
import { differingCollections, nextVersion, parseVersionArg, schemaCompatible, versionTag } from "./semver.js";

const entries = { type: "object", required: ["amount_ml"], properties: { amount_ml: { type: "number" } } };
const v1 = {
  version: "1.2.3",
  capabilities: ["data.read:water_entries", "data.write:water_entries"],
  collections: { water_entries: entries },
};

describe("version numbers", () => {
  it("starts at 1.0.0 and tags as slug@vX.Y.Z", () => {
    expect(nextVersion(undefined, v1)).toEqual({ version: "1.0.0", bump: "first" });
    expect(versionTag("custom-water-tracker", "1.2.0")).toBe("custom-water-tracker@v1.2.0");
  });

  it("bumps patch for the same capability set, minor for an added capability, major for a dropped collection", () => {
    expect(nextVersion(v1, { capabilities: [...v1.capabilities].reverse(), collections: v1.collections }).version).toBe("1.2.4");
    expect(nextVersion(v1, { capabilities: [...v1.capabilities, "data.read:moods"], collections: v1.collections }).version).toBe(
      "1.3.0",
    );
    expect(nextVersion(v1, { capabilities: ["data.read:moods"], collections: {} }).version).toBe("2.0.0");
  });

  it("bumps major when a collection's schema changes incompatibly, not when it only adds an optional field", () => {
    const added = { ...entries, properties: { ...entries.properties, note: { type: "string" } } };
    expect(schemaCompatible(entries, added)).toBe(true);
    expect(nextVersion(v1, { capabilities: v1.capabilities, collections: { water_entries: added } }).version).toBe("1.2.4");
    const required = { ...added, required: ["amount_ml", "note"] };
    expect(nextVersion(v1, { capabilities: v1.capabilities, collections: { water_entries: required } }).version).toBe("2.0.0");
    const retyped = { ...entries, properties: { amount_ml: { type: "string" } } };
    expect(nextVersion(v1, { capabilities: v1.capabilities, collections: { water_entries: retyped } }).version).toBe("2.0.0");
    expect(differingCollections(v1, { capabilities: v1.capabilities, collections: { water_entries: retyped } })).toEqual([
      "water_entries",
    ]);
  });

  it("reads version arguments in every spelling", () => {
    expect(parseVersionArg("1.0.0")).toBe("1.0.0");
    expect(parseVersionArg("v1.0.0")).toBe("1.0.0");
    expect(parseVersionArg("custom-x@v2.1.0")).toBe("2.1.0");
    expect(parseVersionArg("latest")).toBeNull();
  });
});
