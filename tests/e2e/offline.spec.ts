import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import { appendFileSync, cpSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Page } from "@playwright/test";
import { axeViolations, expect, test } from "./fixtures";
import { flipAndGrade, openDeck, storedReviewCount, untilPickerLive } from "./helpers";

// Precaching the whole export takes a while on a busy machine.
test.use({
  serviceWorkers: "allow",
  // Offline, the browser logs the failure of Next's background prefetches of linked pages' HTML:
  // Chromium sends those past the service worker (their responses online are not
  // fromServiceWorker(), while the router's __next.*.txt prefetches are). Nothing the user does
  // depends on them; every page this test opens is served from the precache.
  allowedConsoleErrors: [/^Failed to load resource: net::ERR_INTERNET_DISCONNECTED$/],
});
test.describe.configure({ timeout: 120_000 });

/** Waits until the service worker has precached the export and controls the page. */
async function untilOfflineReady(page: Page) {
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
}

test("after one visit, every page and a whole drill work with the network off, and grades are saved", async ({ page, context }) => {
  await page.goto("/");
  await untilOfflineReady(page);
  await context.setOffline(true);

  await page.reload();
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await page.getByRole("link", { name: /Admin Interface/ }).first().click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Admin Interface");

  await openDeck(page, "topics=django/admin&mode=shuffle&seed=offline");
  for (let i = 0; i < 3; i++) await flipAndGrade(page, 3);
  await expect(page.getByRole("heading", { name: "Deck finished" })).toBeVisible();
  await expect.poll(() => storedReviewCount(page)).toBe(3);

  // A topic never opened online, and a cross-topic deck (per-topic JSON from the precache).
  await page.goto("/django/async");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await openDeck(page, "topics=django/migrations,django/testing&mode=shuffle&seed=offline2");

  await page.goto("/settings");
  await expect(page.getByTestId("review-count")).toHaveText("3 reviews stored in this browser.");
  expect(await axeViolations(page)).toEqual([]);
  await context.setOffline(false);
});

test("once /add was opened online, a bank pasted offline is read: the reader's code was kept on first use", async ({ page, context }) => {
  await page.goto("/add");
  await untilOfflineReady(page);
  // The precache leaves out the code only the reader's worker loads; the page starts the worker at
  // its first idle moment, and once the service worker controls the page, that code is kept.
  await page.reload();
  await expect.poll(() => page.evaluate(async () => (await (await caches.open("prepdeck-code")).keys()).length), { timeout: 30_000 }).toBeGreaterThan(0);
  await context.setOffline(true);

  await page.reload();
  await untilPickerLive(page);
  await page.getByLabel("Markdown", { exact: true }).fill(readFileSync("tests/fixtures/add-deck/headings.md", "utf8"));
  await page.getByRole("button", { name: "Read it" }).click();
  await expect(page.getByTestId("preview-summary")).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
  await context.setOffline(false);
});

test("while the browser says it is offline, resting a pointer on a drill link prefetches nothing", async ({ page, context }) => {
  // Playwright's offline emulation leaves navigator.onLine true (a device that is really offline
  // says false), and the router's prefetch goes past the service worker: the page's own check is
  // what keeps it from failing with a console error, so this test says offline the way a device does.
  await page.addInitScript(() => Object.defineProperty(Navigator.prototype, "onLine", { get: () => false }));
  await page.goto("/django/admin");
  await untilOfflineReady(page);
  await context.setOffline(true);
  await page.reload();
  const failed: string[] = [];
  page.on("requestfailed", (r) => failed.push(r.url()));
  const drill = page.getByRole("link", { name: "Drill this topic" });
  await drill.hover();
  await drill.focus();
  // The intent listener runs on the event itself; a prefetch would have failed by now.
  await page.waitForTimeout(500);
  expect(failed.filter((u) => u.includes("/drill"))).toEqual([]);
  await drill.click();
  await expect(page.getByTestId("card-prompt")).toBeVisible();
  await context.setOffline(false);
});

test.describe("with the network off as Playwright emulates it (navigator.onLine stays true)", () => {
  test.use({ allowedConsoleErrors: [] });

  test("resting a pointer on a drill link logs no error: the service worker answers the router's check", async ({ page, context }) => {
    await page.goto("/django/admin");
    await untilOfflineReady(page);
    await context.setOffline(true);
    await page.reload();
    const drill = page.getByRole("link", { name: "Drill this topic" });
    await drill.hover();
    await drill.focus();
    await page.getByRole("link", { name: "Due cards" }).hover();
    // The router's HEAD check and segment prefetches run right after the event; any failure would be logged by now.
    await page.waitForTimeout(1000);
    await drill.click();
    await expect(page.getByTestId("card-prompt")).toBeVisible();
    await context.setOffline(false);
  });
});

test.describe("a new deploy", () => {
  // Its own copy of the export on its own port: this test rebuilds the service worker.
  const port = Number(process.env.E2E_PORT ?? 4173) + 500;
  let dir = "";
  let server: ChildProcess | undefined;

  test.beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), "prepdeck-deploy-"));
    cpSync("out", dir, { recursive: true });
    server = spawn(process.execPath, ["scripts/serve.mjs", dir], { env: { ...process.env, PORT: String(port), HOST: "127.0.0.1" }, stdio: "ignore" });
    await expect.poll(async () => (await fetch(`http://127.0.0.1:${port}/`).catch(() => null))?.status ?? 0).toBe(200);
  });

  test.afterAll(() => {
    server?.kill();
    rmSync(dir, { recursive: true, force: true });
  });

  test("is offered with a quiet Reload prompt, and swaps only when asked", async ({ page }) => {
    const base = `http://127.0.0.1:${port}`;
    await page.goto(`${base}/weak`);
    await untilOfflineReady(page);
    await expect(page.getByText("New version available")).toHaveCount(0);

    // Second build: a changed page, and the precache list built again over the changed export.
    appendFileSync(path.join(dir, "weak.html"), "<!-- changed -->");
    execFileSync("npx", ["serwist", "build"], { env: { ...process.env, PREPDECK_DIST_DIR: dir }, stdio: "ignore" });

    await page.reload();
    const prompt = page.getByRole("status").filter({ hasText: "New version available" });
    await expect(prompt).toBeVisible({ timeout: 15_000 });
    // Nothing swapped yet: the old worker still controls the page.
    expect(await axeViolations(page)).toEqual([]);
    const oldScript = await page.evaluate(() => navigator.serviceWorker.controller?.scriptURL);
    expect(oldScript).toBe(`${base}/sw.js`);

    // Waiting for the reload's load event from before the click: a fast reload can fire it before a wait set up after.
    await Promise.all([page.waitForEvent("load"), prompt.getByRole("button", { name: "Reload" }).click()]);
    await expect(page.getByText("New version available")).toHaveCount(0);
    const waiting = await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.waiting ?? null);
    expect(waiting).toBeNull();
  });
});
