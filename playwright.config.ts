import { defineConfig, devices } from "@playwright/test";
import { launchOptions } from "./tests/e2e/browser";

const PORT = Number(process.env.E2E_PORT ?? 4173);

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: 0,
  workers: 2,
  reporter: process.env.CI ? [["list"]] : [["list"]],
  // Generous: the suite runs on shared, busy machines; speed budgets live in `npm run bench`, not here.
  timeout: 60_000,
  expect: { timeout: 15_000 },
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    trace: "off",
    // The service worker precaches the whole export in every new browser context; only the
    // offline tests (tests/e2e/offline.spec.ts) let it, so the others stay quick and independent.
    serviceWorkers: "block",
    launchOptions: launchOptions(),
  },
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"] } }],
  webServer: {
    // Tests run against the built static export, as users get it.
    command: "node scripts/serve.mjs",
    env: { PORT: String(PORT), HOST: "127.0.0.1" },
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: false,
    timeout: 30_000,
  },
});
