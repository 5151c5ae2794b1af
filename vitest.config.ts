import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["src/**/*.test.ts", "tests/**/*.test.ts"],
    // Rebuilds dist/ when a source is newer: the sandbox suites run the compiled worker.
    globalSetup: ["tests/support/global-setup.ts"],
    // PGlite databases and isolate child processes are real and take a moment to start.
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Two cores: keep parallelism modest so timing-sensitive sandbox tests are not starved.
    maxWorkers: 2,
    pool: "forks",
  },
});
