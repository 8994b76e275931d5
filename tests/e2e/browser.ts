import { existsSync } from "node:fs";
import type { LaunchOptions } from "@playwright/test";

// Debian's Chromium where it is installed (CI, this machine); Playwright's own browser elsewhere,
// which `npm test` installs on first use (scripts/ensure-browser.mjs makes the same choice).
const executablePath = process.env.CHROMIUM_PATH ?? (existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined);
const BASE_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"];

/** How every test launches Chromium, plus `extraArgs` for the specs that need them (a fake microphone). */
export function launchOptions(extraArgs: string[] = []): LaunchOptions {
  return { executablePath, args: [...BASE_ARGS, ...extraArgs] };
}
