/**
 * Interaction latency in Chromium (Playwright) against a served static export: from a key press
 * to the next frame painted, on the drill page.
 *
 * How it is measured: a capture `keydown` listener on window (it runs before the app's own) notes
 * the time, then asks for the next animation frame and, from it, posts a MessageChannel message;
 * that message runs right after the frame is painted. Everything the app does synchronously for
 * the key (React's render and commit, the store's save to localStorage) happens before that frame,
 * so "key → painted" includes it. Keys come from Playwright's keyboard (trusted input events).
 */
import { chromium } from "@playwright/test";
import { median, percentile, serveExport } from "./bench-lib.mjs";

export const CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"];

const PROBE = () => {
  window.__lat = [];
  window.addEventListener(
    "keydown",
    (e) => {
      const t0 = performance.now();
      const fromEvent = t0 - e.timeStamp; // input queueing before our listener ran
      requestAnimationFrame(() => {
        const ch = new MessageChannel();
        ch.port1.onmessage = () => window.__lat.push({ key: e.key, ms: performance.now() - t0 + fromEvent });
        ch.port2.postMessage(null);
      });
    },
    true,
  );
};

const r1 = (n) => (n == null ? null : Math.round(n * 10) / 10);

/**
 * Runs `count` flips (Space) and `count` grades ("3") for each scenario; a finished deck is
 * restarted with a new seed. `scenarios`: [{ name, stored: string | null }].
 */
export async function measureInteraction({ exportDir, scenarios, count = 200, executablePath = "/usr/bin/chromium", log = () => {} }) {
  const server = await serveExport(exportDir);
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  const results = [];
  try {
    for (const scenario of scenarios) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
      const page = await context.newPage();
      const errors = [];
      page.on("pageerror", (e) => errors.push(e.message));
      await page.addInitScript(PROBE);
      if (scenario.stored !== null) {
        await page.goto(`${server.url}/404`);
        const stored = await page.evaluate((v) => {
          localStorage.setItem("prepdeck:progress", v);
          return localStorage.getItem("prepdeck:progress")?.length ?? 0;
        }, scenario.stored);
        if (stored !== scenario.stored.length) throw new Error(`${scenario.name}: localStorage kept ${stored} of ${scenario.stored.length} chars`);
      }
      const flips = [];
      const grades = [];
      const loads = [];
      let session = 0;
      const openDeck = async () => {
        session++;
        const t0 = Date.now();
        await page.goto(`${server.url}/drill?topics=all&mode=shuffle&seed=bench${session}`);
        await page.locator('[data-testid="flip-card"]').waitFor({ timeout: 60_000 });
        loads.push(Date.now() - t0);
        // The card shows before stored progress is read, and grades wait for it: measure grading once it is.
        await page.locator('[data-progress="ready"]').waitFor({ timeout: 60_000 });
      };
      await openDeck();
      const press = async (key, into) => {
        const before = await page.evaluate(() => window.__lat.length);
        await page.keyboard.press(key);
        await page.waitForFunction((n) => window.__lat.length > n, before, { timeout: 60_000 });
        into.push(await page.evaluate(() => window.__lat[window.__lat.length - 1].ms));
      };
      while (grades.length < count) {
        const position = await page.getByTestId("position").textContent();
        await press("Space", flips);
        const flipped = await page.locator('[data-testid="flip-card"]').getAttribute("data-flipped");
        if (flipped !== "true") throw new Error(`${scenario.name}: Space did not flip the card (data-flipped=${flipped})`);
        await press("3", grades);
        const finished = (await page.locator('[data-testid="flip-card"]').count()) === 0;
        if (finished) {
          log(`  ${scenario.name}: deck ${session} finished after ${grades.length} grades`);
          await openDeck();
        } else if ((await page.getByTestId("position").textContent()) === position) {
          throw new Error(`${scenario.name}: grading did not move to the next card (still ${position})`);
        }
      }
      // The history and, for a long one, the record of its recent reviews beside it (src/lib/progress/recent.ts).
      const storedAfter = await page.evaluate(() => ["prepdeck:progress", "prepdeck:progress:recent"].reduce((n, k) => n + (localStorage.getItem(k)?.length ?? 0), 0));
      results.push({
        scenario: scenario.name,
        storedChars: scenario.stored?.length ?? 0,
        storedCharsAfter: storedAfter,
        interactions: { flips: flips.length, grades: grades.length },
        flipMs: { median: r1(median(flips)), p95: r1(percentile(flips, 95)), max: r1(Math.max(...flips)) },
        gradeMs: { median: r1(median(grades)), p95: r1(percentile(grades, 95)), max: r1(Math.max(...grades)) },
        loadToFirstCardMs: { median: r1(median(loads)), values: loads },
        pageErrors: errors,
      });
      log(`  ${scenario.name}: flip ${r1(median(flips))}/${r1(percentile(flips, 95))} ms, grade ${r1(median(grades))}/${r1(percentile(grades, 95))} ms (median/p95)`);
      await context.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return results;
}
