import { expect, test } from "./fixtures";

/**
 * Paint before the framework (issue 25): every page's HTML is drawn before Next's chunks are even
 * added to the document (scripts/paint-first.mjs), and the page still comes alive after. The init
 * script notes when the first `/_next/` script element appears and the first animation frame that
 * had the page's <main> (frames wait for the stylesheet, so that frame draws the styled page).
 * Chromium's first-contentful-paint time is when the frame was shown, a little after it was drawn
 * and not always before the next task, so the order checked is against the drawn frame.
 */
const ROUTES = ["/", "/django/models-orm", "/drill?topics=django/models-orm&mode=shuffle&seed=abc", "/settings", "/stats"];

test.describe.configure({ timeout: 60_000 });

for (const route of ROUTES) {
  test(`${route} paints before any framework script is added, then hydrates`, async ({ page }) => {
    await page.addInitScript(() => {
      const w = window as unknown as { __firstChunkAt?: number; __firstPaintAt?: number; __firstFrameAt?: number };
      const frame = (t: number) => {
        if (document.querySelector("main")) w.__firstFrameAt = t;
        else requestAnimationFrame(frame);
      };
      requestAnimationFrame(frame);
      new MutationObserver((records, observer) => {
        for (const r of records) {
          for (const node of r.addedNodes) {
            if (node instanceof HTMLScriptElement && node.src.includes("/_next/static/") && !node.noModule) {
              w.__firstChunkAt = performance.now();
              observer.disconnect();
              return;
            }
          }
        }
      }).observe(document, { childList: true, subtree: true });
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) if (e.name === "first-contentful-paint") w.__firstPaintAt ??= e.startTime;
      }).observe({ type: "paint", buffered: true });
    });
    await page.goto(route);
    // The page comes alive: Next's router is there once the framework has started.
    await page.waitForFunction(() => "next" in window, null, { timeout: 30_000 });
    const { chunk, paint, frame } = await page.evaluate(() => {
      const w = window as unknown as { __firstChunkAt?: number; __firstPaintAt?: number; __firstFrameAt?: number };
      return { chunk: w.__firstChunkAt ?? null, paint: w.__firstPaintAt ?? null, frame: w.__firstFrameAt ?? null };
    });
    expect(paint, "no first contentful paint").not.toBeNull();
    expect(frame, "no animation frame with the page's <main>").not.toBeNull();
    expect(chunk, "no framework script was ever added").not.toBeNull();
    expect(chunk!).toBeGreaterThan(frame!);
  });
}
