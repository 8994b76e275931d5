import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

// Files that declare `@vitest-environment jsdom` among the unit tests.
const JSDOM_UNIT = "tests/unit/theme/theme.test.ts";

export default defineConfig({
  resolve: {
    alias: {
      "@": fileURLToPath(new URL("./src", import.meta.url)),
      // `server-only` throws outside a React Server Components bundle; tests run the loader directly.
      "server-only": fileURLToPath(new URL("./tests/support/empty.ts", import.meta.url)),
    },
  },
  oxc: { jsx: { runtime: "automatic" } },
  test: {
    globals: true,
    environment: "node",
    setupFiles: ["tests/support/setup.ts"],
    env: { TZ: "UTC" },
    // Correctness tests, not speed tests (budgets live in npm run bench): room for a busy machine.
    testTimeout: 30_000,
    projects: [
      // The domain's tests share a process per worker: starting one per file was most of their time
      // (the code under test keeps no module-level state, and these tests mock no modules).
      { extends: true, test: { name: "unit", include: ["tests/unit/**/*.test.ts"], exclude: [JSDOM_UNIT], isolate: false } },
      // Components, and the one unit test in jsdom, each get a fresh module graph and DOM.
      { extends: true, test: { name: "dom", include: ["tests/components/**/*.test.tsx", JSDOM_UNIT] } },
    ],
  },
});
