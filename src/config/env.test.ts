import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { CONFIG_VARIABLES, ConfigError, loadConfig } from "./env.js";

describe("loadConfig", () => {
  it("needs no variables: embedded database in ./.skillforge on 127.0.0.1:3000", () => {
    const config = loadConfig({}, {}, "/srv/app");
    expect(config).toMatchObject({
      dataDir: "/srv/app/.skillforge",
      databaseUrl: undefined,
      host: "127.0.0.1",
      port: 3000,
      publicUrl: "http://127.0.0.1:3000",
      logLevel: "info",
    });
    expect(Object.isFrozen(config)).toBe(true);
  });

  it("chooses the generator: offline without a key, anthropic with one, the explicit choice otherwise", () => {
    expect(loadConfig({}).generator.provider).toBe("offline");
    expect(loadConfig({ ANTHROPIC_API_KEY: "sk-test" }).generator.provider).toBe("anthropic");
    expect(loadConfig({ ANTHROPIC_API_KEY: "sk-test", SKILLFORGE_GENERATOR: "offline" }).generator.provider).toBe("offline");
    const openai = loadConfig({
      SKILLFORGE_GENERATOR: "openai",
      OPENAI_BASE_URL: "http://127.0.0.1:11434/v1/",
      OPENAI_MODEL: "llama3.1",
    }).generator;
    expect(openai).toMatchObject({ provider: "openai", openai: { baseUrl: "http://127.0.0.1:11434/v1", model: "llama3.1" } });
    expect(() => loadConfig({ SKILLFORGE_GENERATOR: "anthropic" })).toThrow(/^ANTHROPIC_API_KEY:/);
    expect(() => loadConfig({ SKILLFORGE_GENERATOR: "openai", OPENAI_MODEL: "m" })).toThrow(/^OPENAI_BASE_URL:/);
  });

  it("reads per-tenant rate limits as a burst refilled over a time, with bounded defaults", () => {
    expect(loadConfig({}).rateLimits).toEqual({
      generate: { burst: 30, perMs: 3_600_000 },
      confirm: { burst: 30, perMs: 600_000 },
      run: { burst: 600, perMs: 60_000 },
    });
    expect(loadConfig({ SKILLFORGE_RATE_RUN: " 20 / 10s " }).rateLimits.run).toEqual({ burst: 20, perMs: 10_000 });
  });

  it("lets flags override their variables", () => {
    const config = loadConfig({ SKILLFORGE_PORT: "4000", SKILLFORGE_DATA_DIR: "/a" }, { port: "5000", dataDir: "b" }, "/srv");
    expect(config.port).toBe(5000);
    expect(config.dataDir).toBe("/srv/b");
  });

  it.each([
    ["SKILLFORGE_PORT", "3000x"],
    ["SKILLFORGE_PORT", "-1"],
    ["DATABASE_URL", "mysql://x/y"],
    ["DATABASE_URL", "not a url"],
    ["SKILLFORGE_SECRET_KEY", "c2hvcnQ="],
    ["SKILLFORGE_LOG_LEVEL", "LOUD"],
    ["SKILLFORGE_BODY_LIMIT", "10"],
    ["SKILLFORGE_HOST", "bad host"],
    ["SKILLFORGE_PUBLIC_URL", "javascript:alert(1)"],
    ["SKILLFORGE_DATA_DIR", " "],
    ["SKILLFORGE_GENERATOR", "gpt"],
    ["ANTHROPIC_BASE_URL", "file:///etc"],
    ["ANTHROPIC_MODEL", "a model"],
    ["ANTHROPIC_API_KEY", "sk-ant two words"],
    ["OPENAI_BASE_URL", "ftp://x"],
    ["SKILLFORGE_RATE_GENERATE", "30"],
    ["SKILLFORGE_RATE_CONFIRM", "0/1m"],
    ["SKILLFORGE_RATE_RUN", "10/2d"],
  ])("names %s when it is %j", (variable, value) => {
    let caught: unknown;
    try {
      loadConfig({ [variable]: value });
    } catch (err) {
      caught = err;
    }
    expect(caught).toBeInstanceOf(ConfigError);
    expect((caught as ConfigError).variable).toBe(variable);
    expect((caught as Error).message.startsWith(`${variable}:`)).toBe(true);
  });

  it("names the flag, not the variable, when a flag is wrong", () => {
    expect(() => loadConfig({}, { port: "http" })).toThrow(/^--port:/);
  });

  it("documents every variable it reads, in CONFIG_VARIABLES and in the README", () => {
    const source = readFileSync(new URL("./env.ts", import.meta.url), "utf8");
    const readme = readFileSync(new URL("../../README.md", import.meta.url), "utf8");
    const read = new Set([...source.matchAll(/env\.([A-Z][A-Z0-9_]+)/g)].map((m) => m[1]!));
    expect(read.size).toBeGreaterThanOrEqual(8);
    const documented = new Set(CONFIG_VARIABLES.map((v) => v.name));
    for (const name of read) {
      expect(documented, name).toContain(name);
      expect(readme, name).toContain(`| \`${name}\``);
    }
  });
});
