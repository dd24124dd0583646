import { defineConfig } from "vitest/config";

// Layers 1–2 (unit and protocol tests): need nothing but Node. Real-editor tests live in test/e2e.
export default defineConfig({
  test: {
    include: ["test/unit/**/*.test.ts", "test/protocol/**/*.test.ts", "test/robustness/**/*.test.ts"],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: "forks",
  },
});
