#!/usr/bin/env node
/*
 * Before the end-to-end tests: make sure a Chromium is there, so `npm test` works on a fresh
 * laptop with the README's two commands. The same choice as playwright.config.ts: CHROMIUM_PATH,
 * else Debian's /usr/bin/chromium (CI, this project's machine), else Playwright's own Chromium,
 * installed here on first use. If that install fails, stop with one sentence saying what to run.
 */
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { pathToFileURL } from "node:url";

export const INSTALL_COMMAND = "npx playwright install chromium";

/**
 * What to do, from the environment and what exists on disk.
 * @returns {{ action: "use", path: string } | { action: "install" } | { action: "fail", message: string }}
 */
export function browserPlan({ chromiumPath, exists, ownBrowserPath }) {
  if (chromiumPath) {
    return exists(chromiumPath)
      ? { action: "use", path: chromiumPath }
      : { action: "fail", message: `CHROMIUM_PATH is set to ${chromiumPath}, which does not exist: point it at a Chromium, or unset it so the tests use Playwright's own (\`${INSTALL_COMMAND}\`).` };
  }
  if (exists("/usr/bin/chromium")) return { action: "use", path: "/usr/bin/chromium" };
  if (ownBrowserPath && exists(ownBrowserPath)) return { action: "use", path: ownBrowserPath };
  return { action: "install" };
}

async function ownBrowserPath() {
  try {
    const { chromium } = await import("playwright-core");
    return chromium.executablePath();
  } catch {
    return null;
  }
}

async function main() {
  const plan = browserPlan({ chromiumPath: process.env.CHROMIUM_PATH, exists: existsSync, ownBrowserPath: await ownBrowserPath() });
  if (plan.action === "use") return;
  if (plan.action === "fail") {
    console.error(plan.message);
    process.exit(1);
  }
  console.log(`No Chromium found for the end-to-end tests: installing Playwright's own (${INSTALL_COMMAND}), once.`);
  const run = spawnSync("npx", ["playwright", "install", "chromium"], { stdio: "inherit", shell: process.platform === "win32" });
  if (run.status !== 0) {
    console.error(`The end-to-end tests need Chromium and installing it failed: run \`${INSTALL_COMMAND}\` (or set CHROMIUM_PATH to a Chromium), then \`npm test\` again.`);
    process.exit(1);
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) await main();
