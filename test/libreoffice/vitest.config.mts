import { defineConfig } from "vitest/config";

// The LibreOffice layer (npm run test:e2e runs it; it needs soffice and Debian's python3-uno).
export default defineConfig({
  test: {
    include: ["test/libreoffice/**/*.test.ts"],
    testTimeout: 600_000,
    hookTimeout: 600_000,
    pool: "forks",
    fileParallelism: false,
  },
});
